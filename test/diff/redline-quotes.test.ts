// What a reviewer quotes from a redline is what each document says: equal + deleted stretches give back the base text, equal +
// inserted the other text, character for character, on every pair of the four bundled pairs (variants and all).
import { describe, expect, it } from 'vitest';
import type { PairDiff } from '../../src/model/clause-diff.js';
import { diffPair } from '../../src/pipeline.js';

const PAIRS: Array<[string, string]> = [
  ['hangzhou-2024-draft', 'hangzhou-2024'],
  ['hangzhou-2024', 'jiande-2024'],
  ['hangzhou-2024', 'quzhou-2024'],
  ['hangzhou-2024', 'haining-2024-draft'],
];

const sideOf = (p: PairDiff, side: 'base' | 'other') =>
  (p.redline ?? [])
    .map((s) => (s.op === 'equal' ? (side === 'base' ? (s.base ?? s.text) : s.text) : s.op === (side === 'base' ? 'delete' : 'insert') ? s.text : ''))
    .join('');

describe('redlines quote each side in its own words', () => {
  for (const [b, o] of PAIRS) {
    it(`${b} ↔ ${o}: every paired redline gives back both texts exactly`, () => {
      const { diff } = diffPair(b, o);
      const paired = diff.pairs.filter((p) => p.redline && p.text && p.base.length && p.other.length);
      expect(paired.length).toBeGreaterThan(50);
      for (const p of paired) {
        expect(sideOf(p, 'base'), `${p.base} base`).toBe(p.text!.base);
        expect(sideOf(p, 'other'), `${p.other} other`).toBe(p.text!.other);
      }
    });
  }

  it('the Hangzhou draft is quoted as it says 支持, where the final (traditional, republished) says 支援', () => {
    const { diff } = diffPair('hangzhou-2024-draft', 'hangzhou-2024');
    const withVariant = diff.pairs.find((p) => p.redline?.some((s) => s.op === 'equal' && s.base?.includes('支持') && s.text.includes('支援')));
    expect(withVariant).toBeDefined();
  });

});

