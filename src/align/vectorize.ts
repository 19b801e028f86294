// TF-IDF vectors of alignable units: jieba words (title weighted above body) and character bigrams, as sorted sparse arrays.
import { segmentText } from '../segment/segment-text.js';
import type { AlignableUnit } from './alignable-units.js';
import { hasHan } from '../normalize/is-han.js';

/** Term ids ascending with their sublinear term frequencies (1 + ln count), before IDF. */
export interface TermCounts {
  ids: Int32Array;
  tf: Float64Array;
}

/** Term ids ascending with their weights; unit length. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface UnitFeatures {
  words: TermCounts;
  bigrams: TermCounts;
}

const TITLE_WEIGHT = 2;
const vocabulary = new Map<string, number>();
/** Character bigrams by their two UTF-16 codes, so counting them builds no strings. */
const bigramVocabulary = new Map<number, number>();
/** Document frequencies by term id, zeroed again after each use. */
let scratch = new Int32Array(1 << 16);

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

/** A count map as sorted ids with sublinear term frequencies. */
export function termCounts(counts: Map<number, number>): TermCounts {
  const ids = new Int32Array(counts.size);
  let k = 0;
  for (const id of counts.keys()) ids[k++] = id;
  ids.sort();
  const tf = new Float64Array(ids.length);
  for (let q = 0; q < ids.length; q++) tf[q] = 1 + Math.log(counts.get(ids[q]!)!);
  return { ids, tf };
}

/**
 * The term counts of one unit as they are gathered: a weight per term id in a scratch array, and the ids touched, so counting
 * allocates nothing per term.
 */
class Counter {
  private acc = new Float64Array(1 << 16);
  private touched = new Int32Array(1 << 12);
  private count = 0;

  add(id: number, w: number): void {
    if (id >= this.acc.length) {
      const grown = new Float64Array(Math.max(id + 1, this.acc.length * 2));
      grown.set(this.acc);
      this.acc = grown;
    }
    if (this.acc[id] === 0) {
      if (this.count === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.count++] = id;
    }
    this.acc[id]! += w;
  }

  /** The terms counted since the last call, as sorted ids with sublinear term frequencies; the scratch is cleared. */
  take(): TermCounts {
    const ids = this.touched.slice(0, this.count).sort();
    const tf = new Float64Array(ids.length);
    for (let q = 0; q < ids.length; q++) {
      tf[q] = 1 + Math.log(this.acc[ids[q]!]!);
      this.acc[ids[q]!] = 0;
    }
    this.count = 0;
    return { ids, tf };
  }
}

const wordCounter = new Counter();
const bigramCounter = new Counter();

/** Han characters (BMP), and the # and ◇ that masking puts for numbers and places. */
function isBigramChar(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code === 0x23 || code === 0x25c7;
}

function countBigrams(text: string, weight: number): void {
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isBigramChar(code)) continue;
    if (prev >= 0) {
      const key = prev * 65536 + code;
      let id = bigramVocabulary.get(key);
      if (id === undefined) {
        id = termId(String.fromCharCode(prev, code));
        bigramVocabulary.set(key, id);
      }
      bigramCounter.add(id, weight);
    }
    prev = code;
  }
}

/** Term counts of a unit, before IDF weighting. */
export function countFeatures(unit: AlignableUnit, mask: (t: string) => string): UnitFeatures {
  const title = mask(unit.title);
  const body = mask(unit.text);
  for (const [text, weight] of [[title, TITLE_WEIGHT], [body, 1]] as const) {
    for (const w of segmentText(text)) if (w.length >= 2 && hasHan(w)) wordCounter.add(termId(w), weight);
    countBigrams(text, weight);
  }
  return { words: wordCounter.take(), bigrams: bigramCounter.take() };
}

/** Unit-length TF-IDF vectors, with inverse document frequencies taken over the given units. */
export function weighAll(units: TermCounts[]): SparseVector[] {
  return weighAgainst(units, units);
}

/** Unit-length TF-IDF vectors of `units`, with inverse document frequencies taken over `reference` (parts of a unit weighed as the units are). */
export function weighAgainst(reference: TermCounts[], units: TermCounts[]): SparseVector[] {
  if (scratch.length < vocabulary.size) scratch = new Int32Array(vocabulary.size * 2);
  for (const u of reference) for (const id of u.ids) scratch[id]!++;
  const n = reference.length;
  const vectors = units.map(({ ids, tf }) => {
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const w = tf[k]! * Math.log((n + 1) / (scratch[ids[k]!]! + 0.5));
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids, weights };
  });
  for (const u of reference) for (const id of u.ids) scratch[id] = 0;
  return vectors;
}

/** Posting lists of the other side, chained through typed arrays by term id (head, then next), reset after each use. */
let head = new Int32Array(1 << 16).fill(-1);

/** Every base vector against every other vector (dot products), added into `into` with a weight, via an inverted index of the other side. */
export function addCosines(base: SparseVector[], other: SparseVector[], weight: number, into: Float64Array[]): void {
  if (head.length < vocabulary.size) head = new Int32Array(vocabulary.size * 2).fill(-1);
  const total = other.reduce((n, v) => n + v.ids.length, 0);
  const next = new Int32Array(total);
  const column = new Int32Array(total);
  const value = new Float64Array(total);
  let e = 0;
  other.forEach((v, j) => {
    for (let k = 0; k < v.ids.length; k++, e++) {
      const id = v.ids[k]!;
      column[e] = j;
      value[e] = v.weights[k]!;
      next[e] = head[id]!;
      head[id] = e;
    }
  });
  base.forEach((v, i) => {
    const row = into[i]!;
    for (let k = 0; k < v.ids.length; k++) {
      const w = weight * v.weights[k]!;
      for (let q = head[v.ids[k]!]!; q >= 0; q = next[q]!) row[column[q]!]! += w * value[q]!;
    }
  });
  for (const v of other) for (const id of v.ids) head[id] = -1;
}

/** The dot product of two vectors over the terms none of `outside` has (ids are ascending in every vector). */
export function dotOutside(x: SparseVector, y: SparseVector, outside: SparseVector[]): number {
  const cursors = outside.map(() => 0);
  const excluded = (id: number): boolean => {
    let found = false;
    outside.forEach((v, k) => {
      let c = cursors[k]!;
      while (c < v.ids.length && v.ids[c]! < id) c++;
      cursors[k] = c;
      if (c < v.ids.length && v.ids[c] === id) found = true;
    });
    return found;
  };
  let sum = 0;
  for (let a = 0, b = 0; a < x.ids.length && b < y.ids.length; ) {
    const [i, j] = [x.ids[a]!, y.ids[b]!];
    if (i < j) a++;
    else if (j < i) b++;
    else {
      if (!excluded(i)) sum += x.weights[a]! * y.weights[b]!;
      a++;
      b++;
    }
  }
  return sum;
}

/** The dot product of two unit vectors (their cosine). */
export function dot(x: SparseVector, y: SparseVector): number {
  let sum = 0;
  for (let a = 0, b = 0; a < x.ids.length && b < y.ids.length; ) {
    if (x.ids[a]! < y.ids[b]!) a++;
    else if (y.ids[b]! < x.ids[a]!) b++;
    else sum += x.weights[a++]! * y.weights[b++]!;
  }
  return sum;
}
