// Similarity of every base unit to every other unit: 0.6 × word TF-IDF cosine + 0.4 × bigram TF-IDF cosine.
import type { ParsedDocument } from '../model/parsed-document.js';
import { type AlignableUnit, alignableUnits } from './alignable-units.js';
import { makeMasker } from './mask-text.js';
import { type SparseVector, addCosines, countFeatures, dot, dotOutside, type UnitFeatures, weighAgainst, weighAll } from './vectorize.js';

export interface SimilarityMatrix {
  base: AlignableUnit[];
  other: AlignableUnit[];
  /** score[i][j]: base unit i against other unit j, in [0, 1]. */
  score: Float64Array[];
  /** The weighted vectors behind the scores, by unit: words and bigrams of each base unit, then of each other unit. */
  vectors: { base: UnitVectors[]; other: UnitVectors[] };
  /** The vectors of the 款 of each article that has two or more, by unit index (computed when first asked for). */
  paragraphs: { base: () => Map<number, UnitVectors[]>; other: () => Map<number, UnitVectors[]> };
}

export interface UnitVectors {
  words: SparseVector;
  bigrams: SparseVector;
}

const WORD_WEIGHT = 0.6;

interface DocumentFeatures {
  units: AlignableUnit[];
  features: UnitFeatures[];
  mask: (t: string) => string;
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
    found = { units, features: units.map((u) => countFeatures(u, mask)), mask };
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
  const reference = [...b.features, ...o.features];
  // The 款 of each article with more than one, weighed as the units are, when a pass asks for them.
  const paragraphs = (doc: ParsedDocument, f: DocumentFeatures) => () => paragraphVectors(doc, f, reference);
  return {
    base: b.units,
    other: o.units,
    score,
    vectors: { base: vectors.slice(0, n), other: vectors.slice(n) },
    paragraphs: { base: once(paragraphs(base, b)), other: once(paragraphs(other, o)) },
  };
}

/** The vectors of the 款 of each clause with two or more, by unit index; weighed with the IDF of the units compared. */
function paragraphVectors(doc: ParsedDocument, f: DocumentFeatures, reference: UnitFeatures[]): Map<number, UnitVectors[]> {
  const clauses = new Map(doc.clauses.map((c) => [c.id, c]));
  const at: Array<{ unit: number; counts: UnitFeatures }> = [];
  f.units.forEach((u, i) => {
    const paras = clauses.get(u.id)?.paragraphs;
    if (u.kind !== 'clause' || !paras || paras.length < 2) return;
    for (const p of paras) at.push({ unit: i, counts: countFeatures({ ...u, title: '', text: p.text }, f.mask) });
  });
  if (!at.length) return new Map();
  const words = weighAgainst(reference.map((r) => r.words), at.map((a) => a.counts.words));
  const bigrams = weighAgainst(reference.map((r) => r.bigrams), at.map((a) => a.counts.bigrams));
  const out = new Map<number, UnitVectors[]>();
  at.forEach((a, k) => out.set(a.unit, [...(out.get(a.unit) ?? []), { words: words[k]!, bigrams: bigrams[k]! }]));
  return out;
}

function once<T>(f: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= f());
}

/** The likeness of two vectors as the matrix scores units: 0.6 × words + 0.4 × bigrams. */
export function vectorSimilarity(x: UnitVectors, y: UnitVectors): number {
  return WORD_WEIGHT * dot(x.words, y.words) + (1 - WORD_WEIGHT) * dot(x.bigrams, y.bigrams);
}

/** vectorSimilarity of every row against every column at once (through an inverted index: linear in the terms they share). */
export function similarities(rows: UnitVectors[], columns: UnitVectors[]): Float64Array[] {
  const into = rows.map(() => new Float64Array(columns.length));
  addCosines(rows.map((r) => r.words), columns.map((c) => c.words), WORD_WEIGHT, into);
  addCosines(rows.map((r) => r.bigrams), columns.map((c) => c.bigrams), 1 - WORD_WEIGHT, into);
  return into;
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
