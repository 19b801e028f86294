// Similarity of every base unit to every other unit: 0.6 × word TF-IDF cosine + 0.4 × bigram TF-IDF cosine.
import type { ParsedDocument } from '../model/parsed-document.js';
import { type AlignableUnit, alignableUnits } from './alignable-units.js';
import { makeMasker } from './mask-text.js';
import { type SparseVector, addCosines, countFeatures, dotOutside, type UnitFeatures, weighAll } from './vectorize.js';

export interface SimilarityMatrix {
  base: AlignableUnit[];
  other: AlignableUnit[];
  /** score[i][j]: base unit i against other unit j, in [0, 1]. */
  score: Float64Array[];
  /** The weighted vectors behind the scores, by unit: words and bigrams of each base unit, then of each other unit. */
  vectors: { base: UnitVectors[]; other: UnitVectors[] };
}

export interface UnitVectors {
  words: SparseVector;
  bigrams: SparseVector;
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
  const vectors = words.map((w, k) => ({ words: w, bigrams: bigrams[k]! }));
  return { base: b.units, other: o.units, score, vectors: { base: vectors.slice(0, n), other: vectors.slice(n) } };
}

/**
 * How much of a unit's likeness to a target none of its partners explains: the score of `unit` against `target` counting only the
 * words and bigrams no partner has. A clause that resembles the target only in what the clause already linked to it says (the
 * same boilerplate of a penalty article, the same 负责…管理工作) adds nothing to that link.
 */
export function residualSimilarity(unit: UnitVectors, target: UnitVectors, partners: UnitVectors[]): number {
  const words = dotOutside(unit.words, target.words, partners.map((p) => p.words));
  const bigrams = dotOutside(unit.bigrams, target.bigrams, partners.map((p) => p.bigrams));
  return WORD_WEIGHT * words + (1 - WORD_WEIGHT) * bigrams;
}
