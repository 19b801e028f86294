// Pairs the figures of two passages by what they measure: the word diff's line-up first, then phrase and unit.
import type { Fact } from '../model/fact.js';
import { foldVariants } from '../normalize/reverse-vocabulary.js';
import { bigramDice } from './bigram-dice.js';

export interface FigurePair {
  before: Fact | null;
  after: Fact | null;
  confidence: number;
}

export interface PairingContext {
  baseText: string;
  otherText: string;
  places: RegExp;
  /** Facts the word diff already lined up (the same figure, or one replaced by one in the same place). */
  anchored: Array<{ before: Fact; after: Fact; confidence: number }>;
}

const THRESHOLD = 0.35;

/** Pairs base facts with other facts; the unpaired come back as dropped (after null) or added (before null). */
export function pairNumbers(baseFacts: Fact[], otherFacts: Fact[], ctx: PairingContext): FigurePair[] {
  const pairs: FigurePair[] = [];
  const usedB = new Set<Fact>();
  const usedO = new Set<Fact>();
  for (const a of ctx.anchored) {
    if (usedB.has(a.before) || usedO.has(a.after)) continue;
    usedB.add(a.before);
    usedO.add(a.after);
    pairs.push({ ...a });
  }
  const freeB = baseFacts.filter((f) => !usedB.has(f));
  const freeO = otherFacts.filter((f) => !usedO.has(f));
  const bFeat = freeB.map((f) => features(f, ctx.baseText, baseFacts, ctx.places));
  const oFeat = freeO.map((f) => features(f, ctx.otherText, otherFacts, ctx.places));
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  freeB.forEach((b, i) => {
    freeO.forEach((o, j) => {
      if (!compatible(b, o)) return;
      const fb = bFeat[i]!;
      const fo = oFeat[j]!;
      let score = 0.6 * bigramDice(fb.phrase, fo.phrase) + 0.25 * bigramDice(fb.after, fo.after);
      if (b.value === o.value) score += 0.2;
      if (b.item && o.item) score += 0.3 * bigramDice(fb.item, fo.item) - 0.1;
      else if (fb.rank === fo.rank && fb.runLength > 1 && fo.runLength > 1) score += 0.1;
      if (score >= THRESHOLD) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const c of candidates) {
    const b = freeB[c.i]!;
    const o = freeO[c.j]!;
    if (usedB.has(b) || usedO.has(o)) continue;
    usedB.add(b);
    usedO.add(o);
    pairs.push({ before: b, after: o, confidence: Math.min(1, Math.round(c.score * 100) / 100) });
  }
  for (const b of baseFacts) if (!usedB.has(b)) pairs.push({ before: b, after: null, confidence: 1 });
  for (const o of otherFacts) if (!usedO.has(o)) pairs.push({ before: null, after: o, confidence: 1 });
  const pos = (p: FigurePair) => (p.after ? p.after.start : p.before!.start) + (p.after ? 0 : 0.5);
  return pairs.sort((x, y) => pos(x) - pos(y));
}

/** Same dimension: the same canonical unit, or two counts (家 and 个 both count things). */
export function compatible(a: Fact, b: Fact): boolean {
  if (a.kind === 'date' || b.kind === 'date') return a.kind === b.kind;
  if (a.unit === b.unit) return true;
  return a.kind === 'count' && b.kind === 'count';
}

interface Features {
  phrase: string;
  after: string;
  item: string;
  rank: number;
  runLength: number;
}

function features(f: Fact, text: string, all: Fact[], places: RegExp): Features {
  const key = (s: string) =>
    foldVariants(s)
      .replace(new RegExp(places.source, 'g'), '◇')
      .replace(/\d+(?:\.\d+)?/g, '#')
      .replace(/[\s，、。；：“”（）]/g, '');
  const run = all.filter((g) => g.quantity === f.quantity && g.unit === f.unit);
  return {
    phrase: key(f.quantity),
    after: key(text.slice(f.end, f.end + 8).split(/[，。；]/)[0] ?? ''),
    item: key(f.item ?? ''),
    rank: run.indexOf(f),
    runLength: run.length,
  };
}
