// Similarity of every base unit to every other unit: 0.6 × word TF-IDF cosine + 0.4 × bigram TF-IDF cosine.
import type { ParsedDocument } from '../model/parsed-document.js';
import { type AlignableUnit, alignableUnits } from './alignable-units.js';
import { makeMasker } from './mask-text.js';
import { addCosines, countFeatures, type UnitFeatures, weighAll } from './vectorize.js';

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
  const words = weighAll([...b.features.map((f) => f.words), ...o.features.map((f) => f.words)]);
  const bigrams = weighAll([...b.features.map((f) => f.bigrams), ...o.features.map((f) => f.bigrams)]);
  const n = b.units.length;
  const score = b.units.map(() => new Float64Array(o.units.length));
  addCosines(words.slice(0, n), words.slice(n), WORD_WEIGHT, score);
  addCosines(bigrams.slice(0, n), bigrams.slice(n), 1 - WORD_WEIGHT, score);
  return { base: b.units, other: o.units, score };
}
