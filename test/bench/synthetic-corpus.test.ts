// The benchmark's synthetic documents: reproducible from the seed, parse into the clauses they were made of, and carry their truth.
import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../src/bench/synthesize-document.js';
import { loadSynthetic, syntheticCorpus } from '../../src/bench/synthetic-corpus.js';
import { alignDocuments } from '../../src/align/align-documents.js';
import { expandPairs, scoreAlignment } from '../../src/eval/score-alignment.js';

describe('synthetic corpus', () => {
  const corpus = syntheticCorpus();
  const first = [...corpus.entries(10, 7)];

  it('is the same for the same seed and differs for another', () => {
    expect([...corpus.entries(10, 7)].map((e) => e.text)).toEqual(first.map((e) => e.text));
    expect([...corpus.entries(10, 8)].map((e) => e.text)).not.toEqual(first.map((e) => e.text));
  });

  it('parses back into the clauses it was written with, under the county it was given', () => {
    for (const e of first) {
      const doc = loadSynthetic(e);
      const written = [...e.text.matchAll(/^\d+\./gm)].length;
      expect(doc.parsed.clauses).toHaveLength(written);
      expect(doc.parsed.sections.length).toBeGreaterThan(5);
    }
  });

  it('is aligned with the anchor close to its truth', () => {
    let found = 0;
    let predicted = 0;
    let truth = 0;
    for (const e of first) {
      const a = alignDocuments(corpus.anchor.parsed, loadSynthetic(e).parsed, corpus.names);
      const s = scoreAlignment(expandPairs(a.links.filter((l) => !l.base.includes('preamble') && !l.base.includes('closing'))), e.truth, e.truth);
      found += s.recall * s.sure;
      predicted += s.predicted;
      truth += s.sure;
    }
    expect(found / predicted).toBeGreaterThan(0.97);
    expect(found / truth).toBeGreaterThan(0.95);
  });

  it('numbers sections as printed', () => {
    expect([1, 9, 10, 12, 20, 35].map(chineseNumber)).toEqual(['一', '九', '十', '十二', '二十', '三十五']);
  });
});
