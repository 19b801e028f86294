// Compares the two sides of one aligned pair: a word diff, cleaned up and cut by sentence; edits classified, moves found, figures paired.
import type { Change, NumberChange, Place, Segment, Variant } from '../model/clause-diff.js';
import type { Fact } from '../model/fact.js';
import { type Hunk, classifyHunk } from './classify-hunk.js';
import type { DiffSide } from './diff-side.js';
import { figureRole, isShareOfStandard, judgeEffect, lowerBound } from './judge-effect.js';
import { cleanupSteps, diffTokens, slideToSentences } from './edit-script.js';
import { bigramDice } from './bigram-dice.js';
import { type FigurePair, SURE_PAIRING, compatible, pairNumbers } from './pair-numbers.js';
import { type Edit, type Move, pairMoves, pureSide, span } from './pair-moves.js';
import { appendSegment, charRedline, redline } from './redline.js';
import { describeParty } from '../extract/read-penalty.js';
import { type Range, placeOf } from './clause-places.js';
import { type ChangeSpans, markWholeParts } from './mark-whole-parts.js';
import { itemsWithFigures } from './items-with-figures.js';
import { splitEdit } from './split-edit.js';
import { type Token, tokenizeText } from './tokenize-text.js';


export interface PassageDiff {
  changes: Change[];
  numbers: NumberChange[];
  variants: Variant[];
  /** Word redline of the whole passage (variants shown in the other's wording, not marked). */
  redline: Segment[];
}

export interface PassageContext {
  places: RegExp;
  /** Base and other belong to different jurisdictions: absolute totals are not judged. */
  crossJurisdiction: boolean;
  /** Articles of base renumbered in other (第十八条 → 第十七条): a citation that follows them is a variant. */
  references?: ReadonlyMap<string, string>;
}

/** An edit this short (in tokens per side) is local: a figure replaced inside it is the same quantity. */
const LOCAL_EDIT_TOKENS = 16;
/** Character-level views are given for edits up to this length without numbers. */
const CHAR_VIEW_MAX = 40;

export function diffPassages(base: DiffSide, other: DiffSide, ctx: PassageContext): PassageDiff {
  const bTok = tokenizeText(base.text, base.facts, ctx.places, ctx.references);
  const oTok = tokenizeText(other.text, other.facts, ctx.places);
  const variants = new Map<string, Variant>();
  const anchored: Anchor[] = [];
  const changes = compareTokens(bTok, oTok, base, other, variants, anchored, true);
  if (base.title !== null && other.title !== null && !base.clauses && !other.clauses && base.title !== other.title) {
    changes.unshift({ kind: 'title', before: base.title, after: other.title });
  }
  const figures = followMerge(
    pairNumbers(base.facts, other.facts, { baseText: base.text, otherText: other.text, places: ctx.places, anchored, crossJurisdiction: ctx.crossJurisdiction }),
    base,
    other,
  );
  const numbers = figures.map((f) => placed(describeFigure(f.before, f.after, f.confidence, base.text, other.text, ctx), base, other, f.before, f.after));
  const whole = quietPunctuation(redline(bTok, oTok, { b0: 0, b1: bTok.length, o0: 0, o1: oTok.length }, undefined, { base: base.text, other: other.text }));
  // A whole 款 or 项 added or dropped is said so (第二条增加一款，作为第一款), not as the scattered sentences of it.
  // A target or item gone (or new) with its figure is one finding: the items with their figures.
  const merged = itemsWithFigures(markWholeParts(changes, SPANS, base, other, whole), numbers, SPANS, base, other, whole);
  merged.push(...attributionChanges(base, other));
  return { changes: merged, numbers, variants: [...variants.values()], redline: whole };
}

/**
 * The figures of a clause the other document has no counterpart of, each added (an article only the other text has) or dropped (one
 * only the base has), judged by its role as an added or dropped figure is anywhere: a new article's fine is a new penalty.
 */
export function unpairedFigures(side: DiffSide, which: 'base' | 'other', ctx: PassageContext): NumberChange[] {
  const none: DiffSide = { ids: [], text: '', facts: [], units: [], lead: null, title: null, spans: [], clauses: side.clauses, places: [] };
  const [base, other] = which === 'base' ? [side, none] : [none, side];
  return side.facts.map((f) => {
    const [before, after] = which === 'base' ? [f, null] : [null, f];
    return placed(describeFigure(before, after, 1, base.text, other.text, ctx), base, other, before, after);
  });
}

/**
 * Articles merged into one (第四十三条 and 第四十四条 → 第四十一条) often state the same fine each: the new article's one fine is what
 * both became. A figure of one merged clause, left over, that is the same as a figure of another merged clause paired with a new one
 * (same value, unit, bounds, party, tier and base) is paired with that new figure too, not dropped. An article split in two is the
 * same seen from the other side.
 */
function followMerge(pairs: FigurePair[], base: DiffSide, other: DiffSide): FigurePair[] {
  // The same figure (sameFigure: value, unit, comparator, bounds and their strictness) for the same party, tier and base.
  const same = (a: Fact, b: Fact) => sameFigure(a, b) && a.subject === b.subject && a.tier === b.tier && a.base === b.base;
  const clauseOf = (side: DiffSide, f: Fact) => placeOf(side.places, f.start, f.end)?.at.clause ?? null;
  const paired = pairs.filter((p) => p.before && p.after);
  return pairs.map((p) => {
    if (p.before && !p.after && base.ids.length > 1) {
      const twin = paired.find((q) => same(q.before!, p.before!) && clauseOf(base, q.before!) !== clauseOf(base, p.before!));
      if (twin) return { before: p.before, after: twin.after, confidence: twin.confidence };
    }
    if (p.after && !p.before && other.ids.length > 1) {
      const twin = paired.find((q) => same(q.after!, p.after!) && clauseOf(other, q.after!) !== clauseOf(other, p.after!));
      if (twin) return { before: twin.before, after: p.after, confidence: twin.confidence };
    }
    return p;
  });
}

const PUNCTUATION_ONLY = /^[\p{P}\p{Z}\s]*$/u;

/**
 * A deletion and insertion of punctuation only (（ → 《), or punctuation alone added or dropped, is a variant: unmarked, each side
 * still in its own wording (the base's in `base`).
 */
function quietPunctuation(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  const quiet = (seg: Segment | undefined) => !!seg && seg.op !== 'equal' && PUNCTUATION_ONLY.test(seg.text);
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    const next = segments[k + 1];
    const replaced = s.op === 'delete' && next?.op === 'insert';
    if (replaced && quiet(s) && quiet(next)) {
      appendSegment(out, { op: 'equal', text: next.text, base: s.text });
      k++;
    } else if (quiet(s) && !replaced) {
      appendSegment(out, s.op === 'insert' ? { op: 'equal', text: s.text, base: '' } : { op: 'equal', text: '', base: s.text });
    } else appendSegment(out, s);
  }
  return out;
}

type Anchor = { before: Fact; after: Fact; confidence: number };

/** Word diff of two token lists into changes; text deleted in one place and inserted in another is a move. */
function compareTokens(bTok: Token[], oTok: Token[], base: DiffSide, other: DiffSide, variants: Map<string, Variant>, anchored: Anchor[], findMoves: boolean): Change[] {
  const raw = diffTokens(bTok, oTok);
  for (const st of raw) {
    if (!st.equal) continue;
    for (let k = 0; k < st.b1 - st.b0; k++) {
      const [x, y] = [bTok[st.b0 + k]!, oTok[st.o0 + k]!];
      if (x.display !== y.display) addVariant(variants, variantOf(x, y));
      if (x.fact && y.fact) anchored.push({ before: x.fact, after: y.fact, confidence: 1 });
    }
  }
  const steps = slideToSentences(cleanupSteps(raw, bTok, oTok), bTok, oTok);
  const edits: Edit[] = [];
  for (const st of steps) {
    if (st.equal) continue;
    anchorInside(st, bTok, oTok, anchored);
    for (const h of splitEdit(st, bTok, oTok)) {
      const cls = classifyHunk(h, bTok, oTok);
      if (cls.type === 'punctuation' || cls.type === 'place') addVariant(variants, editVariant(cls.type, h, bTok, oTok));
      else edits.push({ h, cls });
    }
  }
  const changes: Change[] = [];
  const title = titleEdit(edits, bTok, oTok, base, other);
  if (title) changes.push(title.change);
  const moves = findMoves ? pairMoves(edits.filter((e) => !title?.edits.has(e)), bTok, oTok, base.text, other.text) : [];
  const movedDel = new Map(moves.map((m) => [m.from, m]));
  const movedIns = new Map(moves.map((m) => [m.to, m]));
  const emitted = new Set<Move>();
  const emitMove = (m: Move) => {
    if (emitted.has(m)) return;
    emitted.add(m);
    const moved: Change = { kind: 'moved', before: span(base.text, bTok, m.from.h.b0, m.from.h.b1)!, after: span(other.text, oTok, m.to.h.o0, m.to.h.o1)! };
    changes.push(placed(moved, base, other, range(bTok, m.from.h.b0, m.from.h.b1), range(oTok, m.to.h.o0, m.to.h.o1)));
    const inner = compareTokens(bTok.slice(m.from.h.b0, m.from.h.b1), oTok.slice(m.to.h.o0, m.to.h.o1), { ...base, clauses: false }, { ...other, clauses: false }, variants, anchored, false);
    changes.push(...inner);
  };
  for (const e of edits) {
    if (title?.edits.has(e)) continue;
    const del = movedDel.get(e);
    const ins = movedIns.get(e);
    if (!del && !ins) {
      changes.push(describeEdit(e, bTok, oTok, base, other));
      continue;
    }
    // One side of this edit moved elsewhere: the other side stands alone as a drop or an addition.
    if (del) emitMove(del);
    else if (e.h.b1 > e.h.b0) changes.push(describeEdit(pureSide(e.h, 'delete', bTok, oTok), bTok, oTok, base, other));
    if (ins) emitMove(ins);
    else if (e.h.o1 > e.h.o0) changes.push(describeEdit(pureSide(e.h, 'insert', bTok, oTok), bTok, oTok, base, other));
  }
  return changes;
}

/** Edits inside the title sentences of two clauses become one title change. */
function titleEdit(edits: Edit[], bTok: Token[], oTok: Token[], base: DiffSide, other: DiffSide): { change: Change; edits: Set<Edit> } | null {
  // An article has no title: its first sentence is text like any other (a 款 put before it is 增加一款, not a new title).
  if (!base.clauses || !other.clauses || base.title === null || other.title === null || base.articles || other.articles) return null;
  const bEnd = base.text.startsWith(base.title) ? base.title.length : -1;
  const oEnd = other.text.startsWith(other.title) ? other.title.length : -1;
  if (bEnd < 0 || oEnd < 0) return null;
  const inTitle = edits.filter((e) => {
    const bs = e.h.b1 > e.h.b0 ? bTok[e.h.b0]!.start : Infinity;
    const os = e.h.o1 > e.h.o0 ? oTok[e.h.o0]!.start : Infinity;
    return bs < bEnd || os < oEnd;
  });
  if (inTitle.length === 0) return null;
  // An edit that runs past the title is not only a title edit.
  if (inTitle.some((e) => (e.h.b1 > e.h.b0 && bTok[e.h.b1 - 1]!.end > bEnd + 1) || (e.h.o1 > e.h.o0 && oTok[e.h.o1 - 1]!.end > oEnd + 1))) return null;
  const bt = bTok.filter((t) => t.end <= bEnd);
  const ot = oTok.filter((t) => t.end <= oEnd);
  const change: Change = { kind: 'title', before: base.title, after: other.title, words: redline(bt, ot, { b0: 0, b1: bt.length, o0: 0, o1: ot.length }) };
  return { change: placed(change, base, other, { start: 0, end: bEnd }, { start: 0, end: oEnd }), edits: new Set(inTitle) };
}

/**
 * Figures inside one small edit: the same figure on both sides, or one replaced by one, are paired by
 * the diff. In a long rewritten run the figures are left to the phrase pairing.
 */
function anchorInside(h: Hunk, bTok: Token[], oTok: Token[], anchored: Anchor[]): void {
  if (h.b1 - h.b0 > LOCAL_EDIT_TOKENS || h.o1 - h.o0 > LOCAL_EDIT_TOKENS) return;
  const bn = bTok.slice(h.b0, h.b1).filter((t) => t.fact);
  const on = oTok.slice(h.o0, h.o1).filter((t) => t.fact);
  const used = new Set<Token>();
  const restB: Token[] = [];
  for (const x of bn) {
    const y = on.find((t) => !used.has(t) && t.key === x.key);
    if (y) {
      used.add(y);
      anchored.push({ before: x.fact!, after: y.fact!, confidence: 0.95 });
    } else restB.push(x);
  }
  const restO = on.filter((t) => !used.has(t));
  if (restB.length !== 1 || restO.length !== 1) return;
  const [x, y] = [restB[0]!.fact!, restO[0]!.fact!];
  // One figure replaced by one, where the words replaced around them say the same thing (or there are next to none): the same
  // quantity. 担保费率1%以下 → 农业保险覆盖率70% is two quantities, left to the phrase pairing.
  const words = (ts: Token[]) => ts.filter((t) => t.kind === 'word').map((t) => t.key).join('');
  const [wb, wo] = [words(bTok.slice(h.b0, h.b1)), words(oTok.slice(h.o0, h.o1))];
  const sameWords = Math.max(wb.length, wo.length) <= 4 || bigramDice(wb, wo) >= 0.5;
  if (compatible(x, y) && sameWords) anchored.push({ before: x, after: y, confidence: 0.9 });
}



function describeEdit(e: Edit, bTok: Token[], oTok: Token[], base: DiffSide, other: DiffSide): Change {
  const { h, cls } = e;
  const before = span(base.text, bTok, h.b0, h.b1);
  const after = span(other.text, oTok, h.o0, h.o1);
  const words = redline(bTok, oTok, h, 4);
  const [bRange, oRange] = [range(bTok, h.b0, h.b1), range(oTok, h.o0, h.o1)];
  if (cls.type === 'items') return placed({ kind: cls.kind, before, after, items: cls.items, words }, base, other, bRange, oRange);
  const kind: Change['kind'] = cls.type === 'change' ? cls.kind : before === null ? 'text-added' : after === null ? 'text-dropped' : 'reworded';
  const change: Change = { kind, before, after, words };
  if (cls.type === 'change' && cls.minor) change.minor = true;
  const hasNumber = [...bTok.slice(h.b0, h.b1), ...oTok.slice(h.o0, h.o1)].some((t) => t.kind === 'number');
  if (before && after && !hasNumber && !/\d/.test(before + after) && before.length <= CHAR_VIEW_MAX && after.length <= CHAR_VIEW_MAX) change.chars = charRedline(before, after);
  // Where a drop stood in the other text: just after the shared word before it (or before the one after it).
  const oPoint = oRange ? undefined : h.o0 > 0 ? oTok[h.o0 - 1]!.end - 1 : oTok[h.o0]?.start;
  return placed(change, base, other, bRange, oRange, oPoint);
}


/** Where each change's text stands in the two sides' texts, for the pass that finds whole 款 and 项 (mark-whole-parts.ts). */
const SPANS: ChangeSpans = new WeakMap();

/** The text offsets tokens [from, to) cover; null for none. */
function range(tokens: Token[], from: number, to: number): Range | null {
  return to > from ? { start: tokens[from]!.start, end: tokens[to - 1]!.end } : null;
}

/** Gives a change or figure its place: in the base where the base has its text, else in the other; the other's too where it differs. */
function placed<T extends Change | NumberChange>(x: T, base: DiffSide, other: DiffSide, b: Range | Fact | null, o: Range | Fact | null, oPoint?: number): T {
  const bp: Place | null = b ? placeOf(base.places, b.start, b.end) : null;
  // A drop has no text in the other document, but a place there all the same: where the dropped words stood between.
  const op: Place | null = o ? placeOf(other.places, o.start, o.end) : oPoint !== undefined ? placeOf(other.places, oPoint, oPoint) : null;
  const main = bp ?? op;
  const out: T = main ? { ...x, where: main.where, at: main.at } : x;
  if (main && bp && op && op.where !== bp.where) out.whereOther = op.where;
  if (!('quantity' in out)) SPANS.set(out as Change, { b: b && { start: b.start, end: b.end }, o: o && { start: o.start, end: o.end } });
  return out;
}

/** What a cited article's number is made of: a word of nothing else differing between two texts is the citation following a renumbering. */
const CITATION_PART = /^[第零〇一二三四五六七八九十百千条之]+$/;

function variantOf(x: Token, y: Token): Variant {
  const kind: Variant['kind'] =
    x.kind === 'place' ? 'jurisdiction' : x.kind === 'punct' ? 'punctuation' : x.kind === 'number' ? 'number-format' : CITATION_PART.test(x.display) && CITATION_PART.test(y.display) ? 'cross-reference' : 'vocabulary';
  return { kind, before: x.display, after: y.display, count: 1 };
}

function editVariant(type: 'punctuation' | 'place', h: Hunk, bTok: Token[], oTok: Token[]): Variant {
  const join = (ts: Token[]) => ts.map((t) => t.display).join('');
  return { kind: type === 'place' ? 'jurisdiction' : 'punctuation', before: join(bTok.slice(h.b0, h.b1)), after: join(oTok.slice(h.o0, h.o1)), count: 1 };
}

function addVariant(map: Map<string, Variant>, v: Variant): void {
  const k = `${v.kind}\u0000${v.before}\u0000${v.after}`;
  const seen = map.get(k);
  if (seen) seen.count += v.count;
  else map.set(k, { ...v });
}

function describeFigure(before: Fact | null, after: Fact | null, confidence: number, bText: string, oText: string, ctx: PassageContext): NumberChange {
  const role = before ? figureRole(before, bText) : figureRole(after!, oText);
  const change = !before ? 'added' : !after ? 'dropped' : sameFigure(before, after) ? 'unchanged' : 'changed';
  const comparable = before && after && compatible(before, after);
  // A range moves by its upper bound, or by its lower one where the upper stays (五千元以上五万元以下 → 一万元以上五万元以下).
  const [bv, av] = comparable && before.value === after.value && (before.range || after.range) ? [lowerBound(before), lowerBound(after)] : [before?.value ?? 0, after?.value ?? 0];
  const delta = comparable ? round(av - bv) : null;
  const relative = comparable && bv !== 0 ? round((av - bv) / bv) : null;
  const ref = before ?? after!;
  const scaleDependent = ctx.crossJurisdiction && (role === 'target' || role === 'budget') && ref.unit !== '%' && ref.kind !== 'date';
  const share = role === 'fee' && (before ? isShareOfStandard(before, bText) : isShareOfStandard(after!, oText));
  const weak = !!before && !!after && confidence < SURE_PAIRING;
  const effect = change === 'unchanged' || scaleDependent || weak ? 'neutral' : judgeEffect(role, before, after, { share });
  return { quantity: describeParty(ref) + ref.quantity, before, after, change, delta, relative, effect, role, scaleDependent, confidence, ...(weak ? { weak } : {}) };
}



/** The same bound or bounds: value, unit, comparator, and whether each bound is included. */
function sameFigure(a: Fact, b: Fact): boolean {
  const r = (f: Fact) => (f.range ? `${f.range.min}${f.range.minStrict}${f.range.maxStrict}` : '');
  return a.value === b.value && a.unit === b.unit && a.comparator === b.comparator && a.strict === b.strict && r(a) === r(b);
}

function attributionChanges(base: DiffSide, other: DiffSide): Change[] {
  const out: Change[] = [];
  const bu = new Set(base.units);
  const ou = new Set(other.units);
  const dropped = base.units.filter((u) => !ou.has(u));
  const added = other.units.filter((u) => !bu.has(u));
  if (dropped.length || added.length) {
    out.push({
      kind: 'responsible-units',
      before: base.units.length ? base.units.join('、') : null,
      after: other.units.length ? other.units.join('、') : null,
      items: [...added.map((u) => `+${u}`), ...dropped.map((u) => `−${u}`)],
    });
  }
  if ((base.lead ?? '') !== (other.lead ?? '') && (base.lead || other.lead)) out.push({ kind: 'lead', before: base.lead, after: other.lead });
  return out;
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
