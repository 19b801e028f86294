// A plan printed as one long paragraph is diffed sentence by sentence, then word by word: the same findings as copy by copy, every
// character kept, and a Dice bound that never hides a pair the real Dice would keep.
import { describe, expect, it } from 'vitest';
import { placePattern } from '../../src/align/mask-text.js';
import { bigramDice, diceBound } from '../../src/diff/bigram-dice.js';
import { diffPassages } from '../../src/diff/diff-passages.js';
import type { DiffSide } from '../../src/diff/diff-side.js';
import { extractFacts } from '../../src/extract/extract-facts.js';
import { loadDocument } from '../../src/pipeline.js';

const places = placePattern(['杭州市']);
const side = (text: string): DiffSide => ({ ids: ['p1'], text, facts: extractFacts(text), units: [], lead: null, title: null, spans: [], clauses: false, places: [] });
const body = (id: string) =>
  loadDocument(id)
    .parsed.clauses.map((c) => c.text.replace(/\n/g, ''))
    .join('');

describe('a long passage', () => {
  it('finds in three copies of the body what it finds in one, three times, and its redline keeps both texts', () => {
    const [draft, final] = [body('hangzhou-2024-draft'), body('hangzhou-2024')];
    const one = diffPassages(side(draft), side(final), { places, crossJurisdiction: false });
    const three = diffPassages(side(draft.repeat(3)), side(final.repeat(3)), { places, crossJurisdiction: false });
    expect(draft.length).toBeGreaterThan(10_000);
    expect(three.changes.length).toBeGreaterThanOrEqual(3 * one.changes.length - 3);
    expect(three.changes.length).toBeLessThanOrEqual(3 * one.changes.length + 3);
    const rebuilt = (op: 'delete' | 'insert') => three.redline.filter((s) => s.op !== op).map((s) => (op === 'insert' ? (s.base ?? s.text) : s.text)).join('');
    expect(rebuilt('insert')).toBe(draft.repeat(3));
    expect(rebuilt('delete')).toBe(final.repeat(3));
  });
});

describe('diceBound', () => {
  it('is never below the Dice of two keys of those lengths', () => {
    const keys = ['对', '对对', '支持企业', '支持企业发展', '企业', '科技创新体系建设工程', '创新', 'ab', 'abab'];
    for (const a of keys) for (const b of keys) expect(diceBound(a.length, b.length), `${a} ${b}`).toBeGreaterThanOrEqual(bigramDice(a, b));
  });
});
