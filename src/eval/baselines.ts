// Two reference aligners measured beside ours: pairing by ordinal, and plain character-bigram TF-IDF with greedy 1:1.
import type { Alignment, Link } from '../model/alignment.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { alignableUnits } from '../align/alignable-units.js';
import { addCosines, addCount, termCounts, weighAll } from '../align/vectorize.js';

/** c5 ↔ c5, s3 ↔ s3, for every id present in both. */
export function alignByOrdinal(base: ParsedDocument, other: ParsedDocument): Alignment {
  const otherIds = new Set(alignableUnits(other).map((u) => u.id));
  const baseIds = alignableUnits(base).map((u) => u.id);
  const links: Link[] = baseIds.filter((id) => otherIds.has(id)).map((id) => ({ base: [id], other: [id], score: 1, status: 'auto' }));
  const linked = new Set(links.map((l) => l.base[0]!));
  return {
    base: base.id,
    other: other.id,
    links,
    baseOnly: baseIds.filter((id) => !linked.has(id)),
    otherOnly: [...otherIds].filter((id) => !linked.has(id)),
  };
}

/** Character bigrams of the raw clause text, TF-IDF, greedy highest-first 1:1 above a threshold. */
export function alignByBigramsGreedy(base: ParsedDocument, other: ParsedDocument, threshold = 0.1): Alignment {
  const b = alignableUnits(base);
  const o = alignableUnits(other);
  const grams = (t: string) => {
    const m = new Map<number, number>();
    const s = t.replace(/\s/g, '');
    for (let i = 0; i + 1 < s.length; i++) addCount(m, s.slice(i, i + 2));
    return m;
  };
  const bc = b.map((u) => grams(u.title + u.text));
  const oc = o.map((u) => grams(u.title + u.text));
  const vectors = weighAll([...bc, ...oc].map(termCounts));
  const score = b.map(() => new Float64Array(o.length));
  addCosines(vectors.slice(0, b.length), vectors.slice(b.length), 1, score);
  const cand: Array<[number, number, number]> = [];
  for (let i = 0; i < b.length; i++) for (let j = 0; j < o.length; j++) cand.push([score[i]![j]!, i, j]);
  cand.sort((x, y) => y[0] - x[0]);
  const usedB = new Set<number>();
  const usedO = new Set<number>();
  const links: Link[] = [];
  for (const [s, i, j] of cand) {
    if (s < threshold) break;
    if (usedB.has(i) || usedO.has(j)) continue;
    usedB.add(i);
    usedO.add(j);
    links.push({ base: [b[i]!.id], other: [o[j]!.id], score: Math.round(s * 1000) / 1000, status: 'auto' });
  }
  return {
    base: base.id,
    other: other.id,
    links,
    baseOnly: b.filter((_, i) => !usedB.has(i)).map((u) => u.id),
    otherOnly: o.filter((_, j) => !usedO.has(j)).map((u) => u.id),
  };
}
