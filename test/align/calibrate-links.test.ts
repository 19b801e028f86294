// The calibrated link score: the committed model is valid, rises with similarity and margin, and matches the gold pairs.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { calibratedScore } from '../../src/align/calibrate-links.js';
import { fitLogistic } from '../../src/eval/fit-logistic.js';
import { LOW_CONFIDENCE } from '../../src/model/review-policy.js';
import { jurisdictionNames } from '../../src/document-info.js';
import { load } from '../helpers/corpus.js';

describe('calibratedScore', () => {
  it('rises with similarity and with the margin over the best rival, and is lower for moved and split links', () => {
    const at = (s: number, margin: number, moved = 0, split = 0) => calibratedScore([1, s, margin, moved, split]);
    expect(at(0.6, 0.3)).toBeGreaterThan(at(0.3, 0.3));
    expect(at(0.4, 0.3)).toBeGreaterThan(at(0.4, 0));
    expect(at(0.4, 0.1, 1)).toBeLessThan(at(0.4, 0.1));
    expect(at(0.4, 0.1, 0, 1)).toBeLessThan(at(0.4, 0.1));
  });
  it('fits a logistic model that separates what it is shown', () => {
    const samples = Array.from({ length: 200 }, (_, k) => ({ x: [1, k / 200], y: (k >= 100 ? 1 : 0) as 0 | 1 }));
    const w = fitLogistic(samples, 0.01);
    expect(calibratedScore([1, 0.9], w)).toBeGreaterThan(0.9);
    expect(calibratedScore([1, 0.1], w)).toBeLessThan(0.1);
  });
});

describe('link scores on the bundled pairs', () => {
  it('gives every link of the draft ↔ final pair (all right, by the gold) a confident score', () => {
    const base = load('hangzhou-2024-draft');
    const other = load('hangzhou-2024');
    const a = alignDocuments(base.parsed, other.parsed, jurisdictionNames(base, other));
    for (const l of a.links) {
      expect(l.score).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
      expect(l.similarity).toBeGreaterThan(0);
    }
  });
  it('flags the partial overlap of Hangzhou (十四) with Quzhou (十八) for review', () => {
    const base = load('hangzhou-2024');
    const other = load('quzhou-2024');
    const a = alignDocuments(base.parsed, other.parsed, jurisdictionNames(base, other));
    const link = a.links.find((l) => l.base.includes('c14'))!;
    expect(link.other).toEqual(['c18']);
    expect(link.score).toBeLessThan(LOW_CONFIDENCE);
  });
});
