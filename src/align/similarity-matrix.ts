// Similarity of every base unit to every other unit: 0.6 × word TF-IDF cosine + 0.4 × bigram TF-IDF cosine.
import type { ParsedDocument } from '../model/parsed-document.js';
import { type AlignableUnit, alignableUnits } from './alignable-units.js';
import { makeMasker } from './mask-text.js';
import { cosine, countFeatures, inverseFrequencies, type UnitFeatures, weigh } from './vectorize.js';

export interface SimilarityMatrix {
  base: AlignableUnit[];
  other: AlignableUnit[];
  /** score[i][j]: base unit i against other unit j, in [0, 1]. */
  score: Float64Array[];
}

const WORD_WEIGHT = 0.6;

interface DocumentFeatures {
  units: AlignableUnit[];
  features: UnitFeatures[];
}

/** Segmented units per document and masker, so an anchor aligned with many documents is cut once. */
const cache = new WeakMap<ParsedDocument, Map<string, DocumentFeatures>>();

function documentFeatures(doc: ParsedDocument, jurisdictions: string[]): DocumentFeatures {
  const key = [...new Set(jurisdictions)].sort().join('|');
  let byMask = cache.get(doc);
  if (!byMask) cache.set(doc, (byMask = new Map()));
  let found = byMask.get(key);
  if (!found) {
    const mask = makeMasker(jurisdictions);
    const units = alignableUnits(doc);
    found = { units, features: units.map((u) => countFeatures(u, mask)) };
    byMask.set(key, found);
  }
  return found;
}

export function similarityMatrix(base: ParsedDocument, other: ParsedDocument, jurisdictions: string[]): SimilarityMatrix {
  const b = documentFeatures(base, jurisdictions);
  const o = documentFeatures(other, jurisdictions);
  const all = [...b.features, ...o.features];
  const wordIdf = inverseFrequencies(all.map((f) => f.words));
  const bigramIdf = inverseFrequencies(all.map((f) => f.bigrams));
  const bw = b.features.map((f) => weigh(f.words, wordIdf));
  const bb = b.features.map((f) => weigh(f.bigrams, bigramIdf));
  const ow = o.features.map((f) => weigh(f.words, wordIdf));
  const ob = o.features.map((f) => weigh(f.bigrams, bigramIdf));
  const score = bw.map((_, i) => {
    const row = new Float64Array(ow.length);
    for (let j = 0; j < ow.length; j++) row[j] = WORD_WEIGHT * cosine(bw[i]!, ow[j]!) + (1 - WORD_WEIGHT) * cosine(bb[i]!, ob[j]!);
    return row;
  });
  return { base: b.units, other: o.units, score };
}
