// The review policy, in one place: an unreviewed link below the line is flagged; a person's decision never is; a split is partial.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LOW_CONFIDENCE, isLowConfidence, isPartialLink, reviewReason } from '../../src/model/review-policy.js';
import { Alignment } from '../../src/model/alignment.js';

describe('review policy', () => {
  it('flags unreviewed links below the line, and no decision of a person', () => {
    expect(isLowConfidence({ status: 'auto', score: LOW_CONFIDENCE - 0.01 })).toBe(true);
    expect(isLowConfidence({ status: 'auto', score: LOW_CONFIDENCE })).toBe(false);
    expect(isLowConfidence({ status: 'confirmed', score: 0.1 })).toBe(false);
    expect(isLowConfidence({ status: 'manual', score: 0.1 })).toBe(false);
  });
  it('counts a split or merge as carrying an item in part', () => {
    expect(isPartialLink({ status: 'confirmed', score: 1, base: ['c1'], other: ['c1', 'c2'] })).toBe(true);
    expect(isPartialLink({ status: 'auto', score: 0.95, base: ['c1'], other: ['c1'] })).toBe(false);
  });
  it('says why a link needs a look: unsure, or an unreviewed split or merge; a person’s decision needs none', () => {
    expect(reviewReason({ status: 'auto', score: 0.5, base: ['c1'], other: ['c1'] })).toBe('low-confidence');
    expect(reviewReason({ status: 'auto', score: 0.95, base: ['c1'], other: ['c1', 'c2'] })).toBe('split');
    expect(reviewReason({ status: 'auto', score: 0.95, base: ['c1', 'c2'], other: ['c1'] })).toBe('merge');
    expect(reviewReason({ status: 'confirmed', score: 0.5, base: ['c1', 'c2'], other: ['c1'] })).toBeNull();
    expect(reviewReason({ status: 'auto', score: 0.95, base: ['c1'], other: ['c1'] })).toBeNull();
  });
  it('align writes the reason on every link that needs a look, and on no other', () => {
    const r = spawnSync(process.execPath, [path.resolve('dist/bundle/main.js'), 'align', 'hangzhou-2024', 'quzhou-2024', '--json'], { encoding: 'utf8' });
    const a = Alignment.parse(JSON.parse(r.stdout));
    expect(a.links.some((l) => l.needsReview)).toBe(true);
    for (const l of a.links) expect(l.needsReview ?? null).toBe(reviewReason(l));
  });
});
