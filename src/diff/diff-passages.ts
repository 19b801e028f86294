// Compares the two sides of one aligned pair: sentences paired, a word diff per pair, edits classified, figures paired.
import { createRequire } from 'node:module';
import type { Change, NumberChange, Segment, Variant } from '../model/clause-diff.js';
import type { Fact } from '../model/fact.js';
import { type Hunk, classifyHunk } from './classify-hunk.js';
import type { DiffSide } from './diff-side.js';
import { figureRole, judgeEffect } from './judge-effect.js';
import { bigramDice } from './bigram-dice.js';
import { cleanupSteps, diffTokens } from './edit-script.js';
import { compatible, pairNumbers } from './pair-numbers.js';
import { type Token, tokenizeText } from './tokenize-text.js';

const require = createRequire(import.meta.url);
const DiffMatchPatch = require('diff-match-patch') as typeof import('diff-match-patch');

export interface PassageDiff {
  changes: Change[];
  numbers: NumberChange[];
  variants: Variant[];
}

export interface PassageContext {
  places: RegExp;
  /** Base and other belong to different jurisdictions: absolute totals are not judged. */
  crossJurisdiction: boolean;
}

/** A deleted and an inserted passage at least this long and this alike are one passage moved. */
const MOVE_MIN_CHARS = 8;
const MOVE_SIMILARITY = 0.5;
/** An edit this short (in tokens per side) is local: a figure replaced inside it is the same quantity. */
const LOCAL_EDIT_TOKENS = 16;
/** Sentences of a rewritten run at least this alike are paired as a rewording. */
const PIECE_SIMILARITY = 0.4;
/** Character-level views are given for edits up to this length without numbers. */
const CHAR_VIEW_MAX = 40;

export function diffPassages(base: DiffSide, other: DiffSide, ctx: PassageContext): PassageDiff {
  const bTok = tokenizeText(base.text, base.facts, ctx.places);
  const oTok = tokenizeText(other.text, other.facts, ctx.places);
  const variants = new Map<string, Variant>();
  const anchored: Anchor[] = [];
  const changes = compareTokens(bTok, oTok, base, other, variants, anchored, true);
  if (base.title !== null && other.title !== null && !base.clauses && !other.clauses && base.title !== other.title) {
    changes.unshift({ kind: 'title', before: base.title, after: other.title });
  }
  const figures = pairNumbers(base.facts, other.facts, { baseText: base.text, otherText: other.text, places: ctx.places, anchored, crossJurisdiction: ctx.crossJurisdiction });
  const numbers = figures.map((f) => describeFigure(f.before, f.after, f.confidence, base.text, other.text, ctx));
  changes.push(...attributionChanges(base, other));
  return { changes, numbers, variants: [...variants.values()] };
}

type Anchor = { before: Fact; after: Fact; confidence: number };

/** Word diff of two token lists into changes; moved passages are found among whole deletions and insertions. */
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
  const steps = cleanupSteps(raw, bTok, oTok);
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
    changes.push({ kind: 'moved', before: span(base.text, bTok, m.from.h.b0, m.from.h.b1)!, after: span(other.text, oTok, m.to.h.o0, m.to.h.o1)! });
    const inner = compareTokens(bTok.slice(m.from.h.b0, m.from.h.b1), oTok.slice(m.to.h.o0, m.to.h.o1), { ...base, clauses: false }, { ...other, clauses: false }, variants, anchored, false);
    changes.push(...inner);
  };
  for (const e of edits) {
    if (title?.edits.has(e)) continue;
    const del = movedDel.get(e);
    const ins = movedIns.get(e);
    if (!del && !ins) {
      changes.push(describeEdit(e, bTok, oTok, base.text, other.text));
      continue;
    }
    // One side of this edit moved elsewhere: the other side stands alone as a drop or an addition.
    if (del) emitMove(del);
    else if (e.h.b1 > e.h.b0) changes.push(describeEdit(pureSide(e.h, 'delete', bTok, oTok), bTok, oTok, base.text, other.text));
    if (ins) emitMove(ins);
    else if (e.h.o1 > e.h.o0) changes.push(describeEdit(pureSide(e.h, 'insert', bTok, oTok), bTok, oTok, base.text, other.text));
  }
  return changes;
}

/** Edits inside the title sentences of two clauses become one title change. */
function titleEdit(edits: Edit[], bTok: Token[], oTok: Token[], base: DiffSide, other: DiffSide): { change: Change; edits: Set<Edit> } | null {
  if (!base.clauses || !other.clauses || base.title === null || other.title === null) return null;
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
  return { change: { kind: 'title', before: base.title, after: other.title, words: redline(bt, ot, { b0: 0, b1: bt.length, o0: 0, o1: ot.length }) }, edits: new Set(inTitle) };
}

/**
 * An edit spanning several sentences reads better as one change per sentence: whole sentences added
 * or dropped stand alone, and of a rewritten run the most alike sentences are paired as rewordings.
 */
function splitEdit(h: Hunk, bTok: Token[], oTok: Token[]): Hunk[] {
  const bp = sentencePieces(bTok, h.b0, h.b1);
  const op = sentencePieces(oTok, h.o0, h.o1);
  if (bp.length <= 1 && op.length <= 1) return [h];
  const key = (tokens: Token[], [from, to]: [number, number]) =>
    tokens
      .slice(from, to)
      .filter((t) => t.kind !== 'punct')
      .map((t) => (t.kind === 'number' ? '#' : t.key))
      .join('');
  const bk = bp.map((r) => key(bTok, r));
  const ok = op.map((r) => key(oTok, r));
  // Ordered pairing of the pieces maximizing similarity (small dynamic programme).
  const n = bp.length;
  const m = op.length;
  const sim = bk.map((b) => ok.map((o) => bigramDice(b, o)));
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const take = sim[i]![j]! >= PIECE_SIMILARITY ? sim[i]![j]! + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(take, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const out: Hunk[] = [];
  let i = 0;
  let j = 0;
  const drop = (k: number) => out.push({ b0: bp[k]![0], b1: bp[k]![1], o0: h.o0, o1: h.o0 });
  const add = (k: number) => out.push({ b0: h.b0, b1: h.b0, o0: op[k]![0], o1: op[k]![1] });
  while (i < n && j < m) {
    if (sim[i]![j]! >= PIECE_SIMILARITY && best[i]![j] === sim[i]![j]! + best[i + 1]![j + 1]!) {
      out.push({ b0: bp[i]![0], b1: bp[i]![1], o0: op[j]![0], o1: op[j]![1] });
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) drop(i++);
    else add(j++);
  }
  while (i < n) drop(i++);
  while (j < m) add(j++);
  return out;
}

/** Token ranges of [from, to) cut after each sentence end (。；！？). */
function sentencePieces(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (/[。；！？]$/.test(tokens[k]!.display) || k === to - 1) {
      if (tokens.slice(start, k + 1).some((t) => t.kind !== 'punct')) out.push([start, k + 1]);
      else if (out.length) out[out.length - 1]![1] = k + 1;
      start = k + 1;
    }
  }
  return out;
}

interface Move {
  /** The edit whose deleted text moved, and the edit whose inserted text it became. */
  from: Edit;
  to: Edit;
}

/** The deleted (or inserted) half of an edit on its own, classified again. */
function pureSide(h: Hunk, side: 'delete' | 'insert', bTok: Token[], oTok: Token[]): Edit {
  const part: Hunk = side === 'delete' ? { b0: h.b0, b1: h.b1, o0: h.o0, o1: h.o0 } : { b0: h.b0, b1: h.b0, o0: h.o0, o1: h.o1 };
  return { h: part, cls: classifyHunk(part, bTok, oTok) };
}

/**
 * Text deleted in one place and inserted, nearly the same, in another: a move, not a drop and an
 * addition. Either may be half of a larger edit (a sentence moved where another was rewritten).
 */
function pairMoves(edits: Edit[], bTok: Token[], oTok: Token[], bText: string, oText: string): Move[] {
  const key = (tokens: Token[], from: number, to: number) =>
    tokens
      .slice(from, to)
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.key)
      .join('');
  const dels = edits.filter((e) => (span(bText, bTok, e.h.b0, e.h.b1) ?? '').length >= MOVE_MIN_CHARS).map((e) => ({ e, k: key(bTok, e.h.b0, e.h.b1) }));
  const ins = edits.filter((e) => (span(oText, oTok, e.h.o0, e.h.o1) ?? '').length >= MOVE_MIN_CHARS).map((e) => ({ e, k: key(oTok, e.h.o0, e.h.o1) }));
  const candidates: Array<Move & { sim: number }> = [];
  for (const d of dels) {
    for (const i of ins) {
      if (d.e === i.e) continue;
      const sim = bigramDice(d.k, i.k);
      if (sim >= MOVE_SIMILARITY) candidates.push({ from: d.e, to: i.e, sim });
    }
  }
  candidates.sort((x, y) => y.sim - x.sim);
  const usedFrom = new Set<Edit>();
  const usedTo = new Set<Edit>();
  const out: Move[] = [];
  for (const c of candidates) {
    if (usedFrom.has(c.from) || usedTo.has(c.to)) continue;
    usedFrom.add(c.from);
    usedTo.add(c.to);
    out.push({ from: c.from, to: c.to });
  }
  return out;
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
  if (compatible(x, y)) anchored.push({ before: x, after: y, confidence: 0.9 });
}

type Edit = { h: Hunk; cls: ReturnType<typeof classifyHunk> };


function describeEdit(e: Edit, bTok: Token[], oTok: Token[], bText: string, oText: string): Change {
  const { h, cls } = e;
  const before = span(bText, bTok, h.b0, h.b1);
  const after = span(oText, oTok, h.o0, h.o1);
  const words = redline(bTok, oTok, h, 4);
  if (cls.type === 'items') return { kind: cls.kind, before, after, items: cls.items, words };
  const kind: Change['kind'] = cls.type === 'change' ? cls.kind : before === null ? 'text-added' : after === null ? 'text-dropped' : 'reworded';
  const change: Change = { kind, before, after, words };
  if (cls.type === 'change' && cls.minor) change.minor = true;
  const hasNumber = [...bTok.slice(h.b0, h.b1), ...oTok.slice(h.o0, h.o1)].some((t) => t.kind === 'number');
  if (before && after && !hasNumber && !/\d/.test(before + after) && before.length <= CHAR_VIEW_MAX && after.length <= CHAR_VIEW_MAX) change.chars = charRedline(before, after);
  return change;
}

/** Word-level redline of a hunk with `context` shared tokens either side (all of the range when omitted). */
function redline(bTok: Token[], oTok: Token[], h: Hunk, context?: number): Segment[] {
  // Context stays inside the sentence: it stops after a sentence end before the edit and at one after it.
  const ends = (t: Token | undefined) => !!t && /[。；！？\n]$/.test(t.display);
  const back = (tokens: Token[], from: number) => {
    let k = from;
    while (context !== undefined && k > 0 && from - k < context && !ends(tokens[k - 1])) k--;
    return context === undefined ? from : k;
  };
  const ahead = (tokens: Token[], to: number) => {
    let k = to;
    while (context !== undefined && k < tokens.length && k - to < context && !ends(tokens[k - 1])) k++;
    return context === undefined ? to : k;
  };
  const b0 = back(bTok, h.b0);
  const o0 = back(oTok, h.o0);
  const b1 = ahead(bTok, h.b1);
  const o1 = ahead(oTok, h.o1);
  const bs = bTok.slice(b0, b1);
  const os = oTok.slice(o0, o1);
  const out: Segment[] = [];
  const push = (op: Segment['op'], tokens: Token[]) => {
    const text = tokens.map((t) => t.display).join('');
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) out.push({ op, text });
  };
  for (const st of diffTokens(bs, os)) {
    if (st.equal) push('equal', os.slice(st.o0, st.o1));
    else {
      push('delete', bs.slice(st.b0, st.b1));
      push('insert', os.slice(st.o0, st.o1));
    }
  }
  return out;
}

function charRedline(before: string, after: string): Segment[] {
  const dmp = new DiffMatchPatch();
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({ op: op === DiffMatchPatch.DIFF_DELETE ? 'delete' : op === DiffMatchPatch.DIFF_INSERT ? 'insert' : 'equal', text }));
}

/** The text a token range covers, or null for an empty range. */
function span(text: string, tokens: Token[], from: number, to: number): string | null {
  return to > from ? text.slice(tokens[from]!.start, tokens[to - 1]!.end) : null;
}

function variantOf(x: Token, y: Token): Variant {
  const kind: Variant['kind'] = x.kind === 'place' ? 'jurisdiction' : x.kind === 'punct' ? 'punctuation' : x.kind === 'number' ? 'number-format' : 'vocabulary';
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
  const same = before && after && before.value === after.value && before.unit === after.unit && before.comparator === after.comparator && before.upper === after.upper;
  const change = !before ? 'added' : !after ? 'dropped' : same ? 'unchanged' : 'changed';
  const comparable = before && after && (before.unit === after.unit || (before.kind === 'count' && after.kind === 'count'));
  const delta = comparable ? round(after.value - before.value) : null;
  const relative = comparable && before.value !== 0 ? round((after.value - before.value) / before.value) : null;
  const ref = before ?? after!;
  const scaleDependent = ctx.crossJurisdiction && (role === 'target' || role === 'budget') && ref.unit !== '%' && ref.kind !== 'date';
  const effect = change === 'unchanged' || scaleDependent ? 'neutral' : judgeEffect(role, before, after);
  return { quantity: (before ?? after)!.quantity, before, after, change, delta, relative, effect, role, scaleDependent, confidence };
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
