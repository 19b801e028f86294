// The aligner on the real documents: AER against both gold pairs, better than the baselines, sane on pairs without gold.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { alignByBigramsGreedy, alignByOrdinal } from '../../src/eval/baselines.js';
import { expandPairs, scoreAlignment } from '../../src/eval/score-alignment.js';
import { loadGoldPairs } from '../../src/eval/load-gold.js';
import { goldRefToId } from '../../src/model/gold.js';
import { jurisdictionNames } from '../../src/document-info.js';
import { load } from '../helpers/corpus.js';

const gold = loadGoldPairs;

const scoredLinks = (links: Array<{ base: string[]; other: string[] }>) =>
  links.filter((l) => !l.base.includes('preamble') && !l.base.includes('closing'));

describe('alignDocuments', () => {
  it('reaches AER 0 on the Hangzhou draft/final gold', () => {
    const { S, P } = gold('hz-draft-final.align.json', true);
    const a = alignDocuments(load('hangzhou-2024-draft').parsed, load('hangzhou-2024').parsed, jurisdictionNames());
    const score = scoreAlignment(expandPairs(scoredLinks(a.links)), S, P);
    expect(score.aer).toBe(0);
    expect(a.baseOnly).toEqual([]);
    expect(a.otherOnly).toEqual([]);
  });

  it('reaches AER 0 on the Jiande/Hangzhou gold, with the city-only clauses listed as base-only', () => {
    const { S, P, gold: g } = gold('jiande-hangzhou.align.json', false);
    const base = load('hangzhou-2024').parsed;
    const other = load('jiande-2024').parsed;
    const a = alignDocuments(base, other, jurisdictionNames());
    const ours = scoreAlignment(expandPairs(scoredLinks(a.links)), S, P);
    expect(ours.aer).toBe(0);
    for (const t of g.targetOnly) expect(a.baseOnly).toContain(goldRefToId((t.clause ?? t.ref)!));
    const ordinal = scoreAlignment(expandPairs(scoredLinks(alignByOrdinal(base, other).links)), S, P);
    expect(ordinal.aer).toBeGreaterThan(0.5);
  });

  it('on Quzhou and Haining (no gold) links most clauses in order, with no more links than clauses', () => {
    for (const id of ['quzhou-2024', 'haining-2024-draft']) {
      const base = load('hangzhou-2024').parsed;
      const other = load(id).parsed;
      const a = alignDocuments(base, other, jurisdictionNames());
      const linkedOther = new Set(a.links.flatMap((l) => l.other));
      expect(linkedOther.size, id).toBeGreaterThan(other.clauses.length * 0.75);
      const baseline = expandPairs(scoredLinks(alignByBigramsGreedy(base, other).links));
      const shared = [...expandPairs(scoredLinks(a.links))].filter((p) => baseline.has(p)).length;
      expect(shared / baseline.size, id).toBeGreaterThan(0.85);
      for (const l of a.links) expect(l.score).toBeGreaterThan(0);
    }
  });

  it('a document against itself is all identical 1:1 links', () => {
    const doc = load('jiande-2024').parsed;
    const a = alignDocuments(doc, doc, jurisdictionNames());
    expect(a.baseOnly).toEqual([]);
    for (const l of a.links) expect(l.base).toEqual(l.other);
  });
});
