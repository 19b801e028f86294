// The review policy, in one place: an unreviewed link below the line is flagged; a person's decision never is; a split is partial.
import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE, isLowConfidence, isPartialLink } from '../../src/model/review-policy.js';

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
});
