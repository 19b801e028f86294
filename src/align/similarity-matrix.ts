// Similarity of every base unit to every other unit: 0.6 × word TF-IDF cosine + 0.4 × bigram TF-IDF cosine.
import type { ParsedDocument } from '../model/parsed-document.js';
import { type AlignableUnit, alignableUnits } from './alignable-units.js';
import { makeMasker } from './mask-text.js';
import { cosine, countFeatures, inverseFrequencies, weigh } from './vectorize.js';

export interface SimilarityMatrix {
  base: AlignableUnit[];
  other: AlignableUnit[];
  /** score[i][j]: base unit i against other unit j, in [0, 1]. */
  score: Float64Array[];
}

const WORD_WEIGHT = 0.6;

export function similarityMatrix(base: ParsedDocument, other: ParsedDocument, jurisdictions: string[]): SimilarityMatrix {
  const mask = makeMasker(jurisdictions);
  const b = alignableUnits(base);
  const o = alignableUnits(other);
  const bf = b.map((u) => countFeatures(u, mask));
  const of = o.map((u) => countFeatures(u, mask));
  const all = [...bf, ...of];
  const wordIdf = inverseFrequencies(all.map((f) => f.words));
  const bigramIdf = inverseFrequencies(all.map((f) => f.bigrams));
  const bw = bf.map((f) => weigh(f.words, wordIdf));
  const bb = bf.map((f) => weigh(f.bigrams, bigramIdf));
  const ow = of.map((f) => weigh(f.words, wordIdf));
  const ob = of.map((f) => weigh(f.bigrams, bigramIdf));
  const score = b.map((_, i) => {
    const row = new Float64Array(o.length);
    for (let j = 0; j < o.length; j++) row[j] = WORD_WEIGHT * cosine(bw[i]!, ow[j]!) + (1 - WORD_WEIGHT) * cosine(bb[i]!, ob[j]!);
    return row;
  });
  return { base: b, other: o, score };
}
