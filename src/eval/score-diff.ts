// Scores the difference engine against gold: numeric-change precision and recall, figure pairing, variant-only changes.
import type { DocumentDiff, NumberChange, PairDiff } from '../model/clause-diff.js';
import type { Fact } from '../model/fact.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { type GoldChanges, type GoldNumbers, goldRefToId } from '../model/gold.js';
import { collectSide } from '../diff/diff-side.js';
import { coreText } from '../diff/tokenize-text.js';

export interface NumericScore {
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  /** Reported figure changes no gold entry covers, and gold entries nothing reported matched. */
  unmatched: string[];
  missed: string[];
}

/** Folds what a hand-typed gold phrase and the display text may differ in: spaces, widths of ( ) , : ;. */
export function foldPhrase(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/＆/g, '&');
}

/**
 * A reported figure change matches a gold numeric change of the same clause pair when each figure it
 * names stands in the gold phrase of its side (a figure reported dropped matches a gold entry whose
 * "after" no longer states it). Precision: reported changes matching some gold entry. Recall: gold
 * entries matched one to one.
 */
export function scoreNumericChanges(diff: DocumentDiff, gold: GoldChanges, sourceIsBase: boolean): NumericScore {
  const entries = gold.changes.filter((c) => c.kind === 'numeric');
  const reported: Array<{ pair: PairDiff; n: NumberChange }> = [];
  for (const pair of diff.pairs) for (const n of pair.numbers) if (n.change !== 'unchanged') reported.push({ pair, n });
  const matches = (r: { pair: PairDiff; n: NumberChange }, g: (typeof entries)[number]): boolean => {
    const [b, o] = sourceIsBase ? [g.source, g.target] : [g.target, g.source];
    if (b === null || o === null || !r.pair.base.includes(goldRefToId(b)) || !r.pair.other.includes(goldRefToId(o))) return false;
    const before = g.before === null ? null : foldPhrase(g.before);
    const after = g.after === null ? null : foldPhrase(g.after);
    const { before: fb, after: fa } = r.n;
    // A reported change always names at least one figure.
    const okBefore = fb ? before !== null && before.includes(coreText(fb)) : before === null || !before.includes(coreText(fa!));
    const okAfter = fa ? after !== null && after.includes(coreText(fa)) : after === null || !after.includes(coreText(fb!));
    return okBefore && okAfter;
  };
  const hits = reported.map((r) => entries.map((g, i) => (matches(r, g) ? i : -1)).filter((i) => i >= 0));
  const unmatched = reported.filter((_, k) => hits[k]!.length === 0).map((r) => describe(r.pair, r.n));
  const correct = reported.length - unmatched.length;
  const matchedGold = new Set(maximumMatching(hits).values());
  const missed = entries.filter((_, i) => !matchedGold.has(i)).map((g) => `${g.source}: ${g.before ?? '∅'} → ${g.after ?? '∅'}`);
  return {
    predicted: reported.length,
    gold: entries.length,
    precision: reported.length ? correct / reported.length : 1,
    recall: entries.length ? matchedGold.size / entries.length : 1,
    unmatched,
    missed,
  };
}

/** Maximum bipartite matching (augmenting paths): reported index → gold index. */
function maximumMatching(hits: number[][]): Map<number, number> {
  const owner = new Map<number, number>();
  const tryAssign = (r: number, seen: Set<number>): boolean => {
    for (const g of hits[r]!) {
      if (seen.has(g)) continue;
      seen.add(g);
      const current = owner.get(g);
      if (current === undefined || tryAssign(current, seen)) {
        owner.set(g, r);
        return true;
      }
    }
    return false;
  };
  hits.forEach((_, r) => tryAssign(r, new Set()));
  return new Map([...owner].map(([g, r]) => [r, g]));
}

export interface PairingScore {
  total: number;
  correct: number;
  accuracy: number;
  wrong: string[];
}

/**
 * A gold pair of figures (county phrase, city phrase) is right when the diff pairs a figure stated in
 * the city phrase with one stated in the county phrase, in the linked clauses.
 */
export function scoreFigurePairing(diff: DocumentDiff, gold: GoldNumbers, base: ParsedDocument, other: ParsedDocument): PairingScore {
  let correct = 0;
  const wrong: string[] = [];
  for (const g of gold.pairs) {
    const cityId = goldRefToId(g.target);
    const countyId = goldRefToId(g.source);
    const pair = diff.pairs.find((p) => p.base.includes(cityId) && p.other.includes(countyId));
    const cityFacts = pair ? factsInPhrase(base, pair.base, g.city) : [];
    const countyFacts = pair ? factsInPhrase(other, pair.other, g.county) : [];
    const ok = pair?.numbers.some((n) => n.before && n.after && cityFacts.some((f) => same(f, n.before!)) && countyFacts.some((f) => same(f, n.after!)));
    if (ok) correct++;
    else wrong.push(`${g.target}↔${g.source} ${g.quantity}: ${g.city} | ${g.county}`);
  }
  return { total: gold.pairs.length, correct, accuracy: gold.pairs.length ? correct / gold.pairs.length : 1, wrong };
}

export interface PairingPrecision {
  /** Figure pairs the diff reports as changed with a verdict (loosens or tightens). */
  judged: number;
  right: number;
  precision: number;
  wrongPairs: string[];
}

/**
 * Of the figure pairs the diff reports as changed with a loosens/tightens verdict, those the gold pairs too (the same two figures,
 * in linked clauses). A verdict on two figures that measure different things is a confident wrong answer.
 */
export function scorePairingPrecision(diff: DocumentDiff, gold: GoldNumbers, base: ParsedDocument, other: ParsedDocument): PairingPrecision {
  let judged = 0;
  let right = 0;
  const wrongPairs: string[] = [];
  for (const pair of diff.pairs) {
    for (const n of pair.numbers) {
      if (n.change !== 'changed' || n.effect === 'neutral' || !n.before || !n.after) continue;
      judged++;
      const ok = gold.pairs.some((g) => {
        if (!pair.base.includes(goldRefToId(g.target)) || !pair.other.includes(goldRefToId(g.source))) return false;
        return factsInPhrase(base, pair.base, g.city).some((f) => same(f, n.before!)) && factsInPhrase(other, pair.other, g.county).some((f) => same(f, n.after!));
      });
      if (ok) right++;
      else wrongPairs.push(`${describe(pair, n)} ${n.effect} @${n.confidence}`);
    }
  }
  return { judged, right, precision: judged ? right / judged : 1, wrongPairs };
}

/** The facts of a side that stand inside a phrase of its text (by position when the phrase is found, else by their text). */
function factsInPhrase(doc: ParsedDocument, ids: string[], phrase: string): Fact[] {
  const side = collectSide(doc, ids);
  const p = foldPhrase(phrase);
  const text = foldPhrase(side.text);
  // Positions in the folded text differ from the side's only by removed spaces; map them back.
  const back: number[] = [];
  for (let i = 0; i < side.text.length; i++) if (!/\s/.test(side.text[i]!)) back.push(i);
  const parts = p.split('…').filter(Boolean);
  const found: Fact[] = [];
  for (const part of parts) {
    let at = text.indexOf(part);
    while (at >= 0) {
      const from = back[at]!;
      const to = back[Math.min(back.length - 1, at + part.length - 1)]! + 1;
      for (const f of side.facts) if (f.start < to && f.end > from) found.push(f);
      at = text.indexOf(part, at + 1);
    }
  }
  if (found.length) return found;
  return side.facts.filter((f) => p.includes(coreText(f)));
}

function same(a: Fact, b: Fact): boolean {
  return a.start === b.start && a.text === b.text;
}

/**
 * Changes whose two sides say the same once variants are folded: they should have been variants.
 * `key` is the comparison key (variants folded, places masked); punctuation and spaces are ignored.
 */
export function variantOnlyChanges(diff: DocumentDiff, key: (s: string) => string): string[] {
  const bare = (s: string | null) => key(s ?? '').replace(/[\p{P}\p{S}\s]/gu, '');
  const out: string[] = [];
  for (const p of diff.pairs) {
    for (const c of p.changes) {
      if (c.kind === 'moved' || c.kind === 'responsible-units' || c.kind === 'lead') continue;
      if (bare(c.before) === bare(c.after)) out.push(`${p.base.join('+')}↔${p.other.join('+')} ${c.kind}: ${c.before} → ${c.after}`);
    }
  }
  return out;
}

function describe(pair: PairDiff, n: NumberChange): string {
  return `${pair.base.join('+')}↔${pair.other.join('+')} ${n.change}: ${n.before?.text ?? '∅'} → ${n.after?.text ?? '∅'} (${n.quantity})`;
}
