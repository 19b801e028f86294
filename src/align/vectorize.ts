// TF-IDF vectors of alignable units: jieba words (title weighted above body) and character bigrams.
import { segmentText } from '../segment/segment-text.js';
import type { AlignableUnit } from './alignable-units.js';

export type SparseVector = Map<string, number>;

export interface UnitFeatures {
  words: Map<string, number>;
  bigrams: Map<string, number>;
}

const TITLE_WEIGHT = 2;
const HAN = /\p{Script=Han}/u;

/** Raw term counts of a unit, before IDF weighting. */
export function countFeatures(unit: AlignableUnit, mask: (t: string) => string): UnitFeatures {
  const words = new Map<string, number>();
  const bigrams = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, w: number) => map.set(key, (map.get(key) ?? 0) + w);
  const title = mask(unit.title);
  const body = mask(unit.text);
  for (const [text, weight] of [[title, TITLE_WEIGHT], [body, 1]] as const) {
    for (const w of segmentText(text)) if (w.length >= 2 && HAN.test(w)) add(words, w, weight);
    const han = [...text].filter((c) => HAN.test(c) || c === '#' || c === '◇').join('');
    for (let i = 0; i + 1 < han.length; i++) add(bigrams, han.slice(i, i + 2), weight);
  }
  return { words, bigrams };
}

/** Inverse document frequencies over a set of count maps. */
export function inverseFrequencies(maps: Array<Map<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of maps) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = maps.length;
  const idf = new Map<string, number>();
  for (const [k, d] of df) idf.set(k, Math.log((n + 1) / (d + 0.5)));
  return idf;
}

/** Unit-length TF-IDF vector (sublinear term frequency). */
export function weigh(counts: Map<string, number>, idf: Map<string, number>): SparseVector {
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [k, c] of counts) {
    const w = (1 + Math.log(c)) * (idf.get(k) ?? 0);
    if (w <= 0) continue;
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let dot = 0;
  for (const [k, w] of a) {
    const o = b.get(k);
    if (o) dot += w * o;
  }
  return dot;
}
