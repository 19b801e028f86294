// TF-IDF vectors of alignable units: jieba words (title weighted above body) and character bigrams, as sorted sparse arrays.
import { segmentText } from '../segment/segment-text.js';
import type { AlignableUnit } from './alignable-units.js';

/** Term ids ascending, with their weights; unit length. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface UnitFeatures {
  words: Map<number, number>;
  bigrams: Map<number, number>;
}

const TITLE_WEIGHT = 2;
const HAN = /\p{Script=Han}/u;
const vocabulary = new Map<string, number>();

/** A process-wide integer id for a term, so vectors compare by integer merge instead of string lookups. */
export function termId(term: string): number {
  let id = vocabulary.get(term);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(term, id);
  }
  return id;
}

/** Counts a term in a count map. */
export function addCount(map: Map<number, number>, term: string, w = 1): void {
  const id = termId(term);
  map.set(id, (map.get(id) ?? 0) + w);
}

/** Raw term counts of a unit, before IDF weighting. */
export function countFeatures(unit: AlignableUnit, mask: (t: string) => string): UnitFeatures {
  const words = new Map<number, number>();
  const bigrams = new Map<number, number>();
  const title = mask(unit.title);
  const body = mask(unit.text);
  for (const [text, weight] of [[title, TITLE_WEIGHT], [body, 1]] as const) {
    for (const w of segmentText(text)) if (w.length >= 2 && HAN.test(w)) addCount(words, w, weight);
    const han = [...text].filter((c) => HAN.test(c) || c === '#' || c === '◇').join('');
    for (let i = 0; i + 1 < han.length; i++) addCount(bigrams, han.slice(i, i + 2), weight);
  }
  return { words, bigrams };
}

/** Inverse document frequencies over a set of count maps. */
export function inverseFrequencies(maps: Array<Map<number, number>>): Map<number, number> {
  const df = new Map<number, number>();
  for (const m of maps) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = maps.length;
  const idf = new Map<number, number>();
  for (const [k, d] of df) idf.set(k, Math.log((n + 1) / (d + 0.5)));
  return idf;
}

/** Unit-length TF-IDF vector (sublinear term frequency). */
export function weigh(counts: Map<number, number>, idf: Map<number, number>): SparseVector {
  const entries: Array<[number, number]> = [];
  let norm = 0;
  for (const [k, c] of counts) {
    const w = (1 + Math.log(c)) * (idf.get(k) ?? 0);
    if (w <= 0) continue;
    entries.push([k, w]);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  entries.sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(entries.length);
  const weights = new Float64Array(entries.length);
  entries.forEach(([k, w], i) => {
    ids[i] = k;
    weights[i] = w / norm;
  });
  return { ids, weights };
}

/** Dot product of two unit vectors by a merge over their sorted ids. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
