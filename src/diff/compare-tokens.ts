// The word diff of one pair's two token runs, read in passes: variants and figures lined up, edits classified, the changes they make.
import type { Change, NumberChange, Place, Variant } from '../model/clause-diff.js';
import type { Fact } from '../model/fact.js';
import { type Hunk, classifyHunk } from './classify-hunk.js';
import type { DiffSide } from './diff-side.js';
import { diffTokens, diffWords, joinBrackets } from './edit-script.js';
import { bigramDice } from './bigram-dice.js';
import { pairable } from './pair-numbers.js';
import { type Edit, type Move, pairMoves, pureSide, span } from './pair-moves.js';
import { charRedline, redline } from './redline.js';
import { type Range, paragraphRange, placeOf } from './clause-places.js';
import type { ChangeSpans } from './mark-whole-parts.js';
import { splitEdit } from './split-edit.js';
import type { Token } from './tokenize-text.js';
import { ITEM_NUMBER_MARK } from '../normalize/comparison-key.js';

/** Character-level views are given for edits up to this length without numbers. */
const CHAR_VIEW_MAX = 40;
/** An edit this short (in tokens per side) is local: a figure replaced inside it is the same quantity. */
const LOCAL_EDIT_TOKENS = 16;
export type Anchor = { before: Fact; after: Fact; confidence: number };

/** What the passes of a comparison gather besides its changes: the variants found, and the figures the word diff lined up. */
export interface Findings {
  variants: Map<string, Variant>;
  anchored: Anchor[];
}

/**
 * The changes between two token runs, in three passes over one word diff: what the equal runs share (variants, figures lined up),
 * the edits (punctuation and place swaps set aside as variants, figures inside small edits lined up), and the changes the edits
 * make (a title edit, moves, each edit described). A moved stretch is compared again inside, without looking for moves in it.
 */
export function compareTokens(bTok: Token[], oTok: Token[], base: DiffSide, other: DiffSide, found: Findings, findMoves = true, words = diffWords(bTok, oTok)): Change[] {
  const { raw } = words;
  // The changes join a bracket opened in one edit and closed in the next; the redline keeps them apart (its punctuation is quieted).
  const steps = joinBrackets([...words.cut], bTok, oTok);
  readEqualRuns(raw, steps, bTok, oTok, found);
  const edits = readEdits(steps, bTok, oTok, found);
  const changes = describeEdits(edits, bTok, oTok, base, other, found, findMoves);
  return findMoves && base.articles && other.articles ? [...changes, ...paragraphBreaks(steps, bTok, oTok, base, other)] : changes;
}

/** How many tokens the two sides share on each side of a 款 break for it to be a split or a join. */
const CONTEXT = 4;

/**
 * A 款 split in two or two joined in one where the words run on unchanged (科普工作应当…伪科学。| 任何单位和个人…): the 款 numbers
 * after it change, and every citation of them, so it is a change of its own, never nothing.
 */
function paragraphBreaks(steps: ReturnType<typeof diffTokens>, bTok: Token[], oTok: Token[], base: DiffSide, other: DiffSide): Change[] {
  const paraOf = (side: DiffSide, t: Token) => {
    const at = placeOf(side.places, t.start, t.end)?.at;
    return at ? `${at.clause}:${at.paragraph ?? 1}` : null;
  };
  const out: Change[] = [];
  for (const st of steps) {
    if (!st.equal) continue;
    // A break at a sentence's end, inside a run of words the two share on both sides of it (not a match of a few words in a 款
    // rewritten round them).
    for (let k = CONTEXT - 1; k + CONTEXT < st.b1 - st.b0; k++) {
      const [b1, b2, o1, o2] = [bTok[st.b0 + k]!, bTok[st.b0 + k + 1]!, oTok[st.o0 + k]!, oTok[st.o0 + k + 1]!];
      if (!/[。；：]$/.test(b1.display) || !/[。；：]$/.test(o1.display)) continue;
      const [pb1, pb2, po1, po2] = [paraOf(base, b1), paraOf(base, b2), paraOf(other, o1), paraOf(other, o2)];
      if (!pb1 || !pb2 || !po1 || !po2 || (pb1 === pb2) === (po1 === po2)) continue;
      // Two articles of a merge or a split joined or cut there: the link says so already.
      const clause = (key: string) => key.slice(0, key.lastIndexOf(':'));
      if (clause(pb1) !== clause(pb2) || clause(po1) !== clause(po2)) continue;
      // Split: one 款 of the base is two of the other; joined: the other way. The text of each side's 款 around the break.
      const paraText = (side: DiffSide, text: string, t: Token) => {
        const r = paragraphRange(side.places, t.start, t.end);
        return r ? text.slice(r.start, r.end) : text;
      };
      const split = pb1 === pb2;
      const before = split ? paraText(base, base.text, b1) : `${paraText(base, base.text, b1)}\n${paraText(base, base.text, b2)}`;
      const after = split ? `${paraText(other, other.text, o1)}\n${paraText(other, other.text, o2)}` : paraText(other, other.text, o1);
      // At the base's 款 before the break; the other's 款 after it where a 款 was split off (第二条 → 第二条第二款).
      const change = placed<Change>({ kind: 'paragraphs', before, after }, base, other, b1, split ? o2 : o1);
      out.push(change);
    }
  }
  return out;
}

/**
 * Equal runs: tokens shown differently on the two sides are variants (read from the finer first diff); a figure in both is the same
 * figure where the final cut still pairs the two (a shared run the cut moved pairs other tokens: 新设企业应当在30日内登记。[企业应当在30
 * 日内申报。] pairs the old 30日内 with the last one, not the first).
 */
function readEqualRuns(raw: ReturnType<typeof diffTokens>, steps: ReturnType<typeof diffTokens>, bTok: Token[], oTok: Token[], found: Findings): void {
  const paired = new Map<number, number>();
  for (const st of steps) if (st.equal) for (let k = 0; k < st.b1 - st.b0; k++) paired.set(st.b0 + k, st.o0 + k);
  for (const st of raw) {
    if (!st.equal) continue;
    for (let k = 0; k < st.b1 - st.b0; k++) {
      const [x, y] = [bTok[st.b0 + k]!, oTok[st.o0 + k]!];
      if (x.display !== y.display) addVariant(found.variants, variantOf(x, y));
      if (x.fact && y.fact && (paired.get(st.b0 + k) ?? st.o0 + k) === st.o0 + k) found.anchored.push({ before: x.fact, after: y.fact, confidence: 1 });
    }
  }
  // A figure the final cut pairs that the first diff did not (the run the join moved).
  const anchored = new Set(found.anchored.map((a) => a.before));
  for (const [bi, oi] of paired) {
    const [x, y] = [bTok[bi]!, oTok[oi]!];
    if (x.fact && y.fact && !anchored.has(x.fact)) found.anchored.push({ before: x.fact, after: y.fact, confidence: 1 });
  }
}

/** The edits, cut into hunks and classified; a punctuation or place swap is a variant, not an edit. */
function readEdits(steps: ReturnType<typeof diffTokens>, bTok: Token[], oTok: Token[], found: Findings): Edit[] {
  const edits: Edit[] = [];
  for (const st of steps) {
    if (st.equal) continue;
    anchorInside(st, bTok, oTok, found.anchored);
    for (const h of splitEdit(st, bTok, oTok)) {
      const cls = classifyHunk(h, bTok, oTok);
      if (cls.type === 'punctuation' || cls.type === 'place') {
        const v = editVariant(cls.type, h, bTok, oTok);
        // A piece of a long edit that reads the same on both sides (种植 cut as 种|植 on one) changes nothing: no variant to list.
        if (cls.type === 'place' || v.before !== v.after) addVariant(found.variants, v);
      } else edits.push({ h, cls, resume: h.b1 === st.b1 ? st.o1 : undefined });
    }
  }
  return edits;
}

/** The changes the edits make: the title's, moves (each compared inside), and every other edit described in its place. */
function describeEdits(edits: Edit[], bTok: Token[], oTok: Token[], base: DiffSide, other: DiffSide, found: Findings, findMoves: boolean): Change[] {
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
    const inside = compareTokens(bTok.slice(m.from.h.b0, m.from.h.b1), oTok.slice(m.to.h.o0, m.to.h.o1), { ...base, clauses: false }, { ...other, clauses: false }, found, false);
    changes.push(...inside);
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
  if (pairable(x, y) && sameWords) anchored.push({ before: x, after: y, confidence: 0.9 });
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
  // Where a drop stood in the other text: just after the shared word before it, or before the one after it where the drop begins a
  // 款 of its own (会计法 2017 第八条第三款 中国人民解放军总后勤部… went to 2024 第四十九条, not to the 第八条第二款 it followed).
  const oPoint = oRange ? undefined : dropPoint(e, bTok, oTok, base);
  return placed(change, base, other, bRange, oRange, oPoint);
}

/**
 * The other text's offset a drop of base tokens stood at: after the shared token before it; but where the drop opens a place of its
 * own (a 款) and ends its edit, where the shared text after it resumes — with what followed it, not with what preceded it.
 */
function dropPoint(e: Edit, bTok: Token[], oTok: Token[], base: DiffSide): number | undefined {
  const { h } = e;
  if (h.o0 === 0) return oTok[h.o0]?.start;
  const after = oTok[h.o0 - 1]!.end - 1;
  if (e.resume === undefined || e.resume >= oTok.length || h.b0 === 0 || h.b1 >= bTok.length) return after;
  const whereAt = (t: Token) => placeOf(base.places, t.start, t.end)?.where;
  const opens = whereAt(bTok[h.b0 - 1]!) !== whereAt(bTok[h.b0]!) && whereAt(bTok[h.b1]!) === whereAt(bTok[h.b0]!);
  return opens ? oTok[e.resume]!.start : after;
}

/** Where each change's text stands in the two sides' texts, for the pass that finds whole 款 and 项 (mark-whole-parts.ts). */
export const SPANS: ChangeSpans = new WeakMap();

/** The text offsets tokens [from, to) cover; null for none. */
function range(tokens: Token[], from: number, to: number): Range | null {
  return to > from ? { start: tokens[from]!.start, end: tokens[to - 1]!.end } : null;
}

/** Gives a change or figure its place: in the base where the base has its text, else in the other; the other's too where it differs. */
export function placed<T extends Change | NumberChange>(x: T, base: DiffSide, other: DiffSide, b: Range | Fact | null, o: Range | Fact | null, oPoint?: number): T {
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
    x.kind === 'place' ? 'jurisdiction' : x.kind === 'self' ? 'self-reference' : x.kind === 'punct' && x.key === ITEM_NUMBER_MARK ? 'numbering' : x.kind === 'punct' ? 'punctuation' : x.kind === 'number' ? 'number-format' : CITATION_PART.test(x.display) && CITATION_PART.test(y.display) ? 'cross-reference' : 'vocabulary';
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
