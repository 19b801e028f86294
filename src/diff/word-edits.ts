// The few short edits that turn one 款 into another, as a drafter quotes them: 中的“A”修改为“B”, 删去…中的“A”, 在“A”后增加“B”.
import { extractFacts } from '../extract/extract-facts.js';
import { segmentText } from '../segment/segment-text.js';
import { charRedline } from './redline.js';

/** One edit: the old words replaced or dropped (`quote`), or those it follows (`anchor`, an insertion); the new words. */
export type WordEdit = { op: 'replace'; quote: string; text: string } | { op: 'drop'; quote: string } | { op: 'add'; anchor: string; text: string };

/** More edits than this in one 款, or an edit longer than MAX_CHARS on a side: the 款 is restated, not quoted. */
const MAX_EDITS = 2;
const MAX_CHARS = 30;
/** How many words a quote may be widened by to be found once in its 款. */
const MAX_WIDEN = 4;
/** The words an insertion follows are at least this long (报 alone says little, 评审结果报 more). */
const MIN_ANCHOR = 4;
/** The words a replacement or drop quotes are at least this long (a lone 和 or ， says nothing of where it is). */
const MIN_QUOTE = 2;
/** A cited article, 款 or 项, quoted whole where an edit falls in it (第一百二十九条, 第十三条第（二）项, 第（三）项). */
const CITATION = /第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?(?:第[零〇一二三四五六七八九十]+款)?(?:第（[零〇一二三四五六七八九十]+）项)?|第（[零〇一二三四五六七八九十]+）项/g;
/** Text a quote may not hold: a line break (the next 项 of a list) or a bracket it does not close. */
const ACROSS_LINES = /\n/;

interface Hunk {
  b0: number;
  b1: number;
  o0: number;
  o1: number;
}

/**
 * The edits from `before` to `after` (one 款 each), each widened to whole words (a figure or a cited 条/款/项 whole) and until the
 * words it quotes stand once in the old 款, those `isVariant` calls no change of meaning left out; null where there are more than a
 * few, one is long or runs across a line, or read in order they would not find their words once (the 款 is then restated whole).
 */
export function wordEdits(before: string, after: string, isVariant: (a: string, b: string) => boolean = () => false): WordEdit[] | null {
  const hunks = hunksOf(before, after);
  if (hunks.length === 0 || hunks.length > MAX_EDITS * 2) return null;
  const bounds = wordBounds(before);
  // A figure is quoted whole (处二万元以上十万元以下, not 处二 → 处三), as a cited article is.
  const whole = [...[...before.matchAll(CITATION)].map((m) => [m.index, m.index + m[0].length] as const), ...extractFacts(before).map((f) => [f.start, f.end] as const)];
  const out: WordEdit[] = [];
  // The old text each edit quotes: two quoting the same words cannot both be applied to it.
  const taken: Array<[number, number]> = [];
  // Whole words, and a cited article or a figure whole: the shared text around an edit is the same on both sides, so both widen
  // alike; two edits widened into the same words are one (五千元以上五万元以下 → 一万元以上十万元以下).
  const spans: Hunk[] = [];
  for (const raw of hunks) {
    const h = slideToSeparator(raw, before, after);
    let [left, right] = [h.b0 - floorOf(bounds, h.b0), ceilOf(bounds, h.b1) - h.b1];
    for (const [from, to] of whole) {
      if (from < h.b1 + right && to > h.b0 - left) [left, right] = [Math.max(left, h.b0 - from), Math.max(right, to - h.b1)];
    }
    const span = { b0: h.b0 - left, b1: h.b1 + right, o0: h.o0 - left, o1: h.o1 + right };
    const last = spans[spans.length - 1];
    if (last && span.b0 < last.b1) Object.assign(last, { b1: Math.max(last.b1, span.b1), o1: Math.max(last.o1, span.o1) });
    else spans.push(span);
  }
  // Edits that change no meaning (帐簿 → 账簿, a citation following a renumbering), read whole, are none of the drafter's: left out.
  const meant = spans.filter((h) => !isVariant(before.slice(h.b0, h.b1), after.slice(h.o0, h.o1)));
  if (meant.length === 0 || meant.length > MAX_EDITS) return null;
  for (const span of meant) {
    const text = after.slice(span.o0, span.o1);
    if (span.b1 === span.b0) {
      // An insertion: after the words before it, as many as make them found once (at least MIN_ANCHOR characters).
      let from = span.b0;
      for (let k = 0; k <= MAX_WIDEN && from > 0; k++) {
        from = floorOf(bounds, from - 1);
        const anchor = before.slice(from, span.b0);
        if (anchor.length >= MIN_ANCHOR && once(before, anchor)) break;
      }
      const anchor = before.slice(from, span.b0);
      if (!anchor || !once(before, anchor) || text.length > MAX_CHARS) return null;
      if (overlaps(taken, from, span.b0)) return null;
      out.push({ op: 'add', anchor, text });
      continue;
    }
    // A replacement or a drop: its words, widened by the words before them until found once.
    let b0 = span.b0;
    for (let k = 0; !once(before, before.slice(b0, span.b1)) || span.b1 - b0 < MIN_QUOTE; k++) {
      if (k === MAX_WIDEN || b0 === 0) return null;
      b0 = floorOf(bounds, b0 - 1);
    }
    const quote = before.slice(b0, span.b1);
    const now = after.slice(span.o0 - (span.b0 - b0), span.o1);
    if (quote.length > MAX_CHARS || now.length > MAX_CHARS || overlaps(taken, b0, span.b1)) return null;
    out.push(now ? { op: 'replace', quote, text: now } : { op: 'drop', quote });
  }
  return out.every(readsWhole) && appliesInOrder(before, out) ? out : null;
}

/** An edit that quotes and writes within one line, its brackets closed: never the end of one 项 and the label of the next. */
function readsWhole(e: WordEdit): boolean {
  const parts = e.op === 'replace' ? [e.quote, e.text] : e.op === 'drop' ? [e.quote] : [e.anchor, e.text];
  return parts.every((t) => !ACROSS_LINES.test(t) && balanced(t));
}

function balanced(t: string): boolean {
  let depth = 0;
  for (const c of t) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && --depth < 0) return false;
  }
  return depth === 0;
}

/** Read in order, as a decision is, each edit finds its words once in the text the edits before it left. */
function appliesInOrder(before: string, edits: WordEdit[]): boolean {
  let text = before;
  for (const e of edits) {
    const q = e.op === 'add' ? e.anchor : e.quote;
    const at = text.indexOf(q);
    if (at < 0 || text.indexOf(q, at + 1) >= 0) return false;
    text = e.op === 'replace' ? text.slice(0, at) + e.text + text.slice(at + q.length) : e.op === 'drop' ? text.slice(0, at) + text.slice(at + q.length) : text.slice(0, at + q.length) + e.text + text.slice(at + q.length);
  }
  return true;
}

/**
 * A drop or an insertion moved to where it says the same and reads as drafters quote it: its separator first (删去“、保安培训许可证”,
 * not “许可证、保安培训”); where none is, as far left as it goes.
 */
function slideToSeparator(h: Hunk, before: string, after: string): Hunk {
  const pure = h.b1 > h.b0 && h.o1 === h.o0 ? before : h.o1 > h.o0 && h.b1 === h.b0 ? after : null;
  if (!pure) return h;
  const [s0, s1] = pure === before ? [h.b0, h.b1] : [h.o0, h.o1];
  let lo = 0;
  while (s0 - lo > 0 && pure[s0 - lo - 1] === pure[s1 - lo - 1]) lo++;
  let hi = 0;
  while (s1 + hi < pure.length && pure[s0 + hi] === pure[s1 + hi]) hi++;
  let shift = -lo;
  for (let d = -lo; d <= hi; d++) {
    if (SEPARATOR.test(pure[s0 + d] ?? '')) {
      shift = d;
      break;
    }
  }
  return { b0: h.b0 + shift, b1: h.b1 + shift, o0: h.o0 + shift, o1: h.o1 + shift };
}

const SEPARATOR = /^[、，；]$/;

/** The changed stretches of a character diff, merged where only marks or a character or two stand between them. */
function hunksOf(before: string, after: string): Hunk[] {
  const hunks: Hunk[] = [];
  let [b, o] = [0, 0];
  let open: Hunk | null = null;
  for (const s of charRedline(before, after)) {
    if (s.op === 'equal') {
      if (open && (s.text.length > 2 || !/^[\p{P}\p{Script=Han}]{1,2}$/u.test(s.text))) {
        hunks.push(open);
        open = null;
      }
      b += s.text.length;
      o += s.text.length;
      continue;
    }
    open ??= { b0: b, b1: b, o0: o, o1: o };
    if (s.op === 'delete') b += s.text.length;
    else o += s.text.length;
    open.b1 = b;
    open.o1 = o;
  }
  if (open) hunks.push(open);
  return hunks;
}

/** Offsets where a word of the text begins or ends. */
function wordBounds(text: string): number[] {
  const out = [0];
  let at = 0;
  for (const w of segmentText(text)) out.push((at += w.length));
  return out;
}

/** The nearest word bound at or before n. */
function floorOf(bounds: number[], n: number): number {
  let best = 0;
  for (const b of bounds) if (b <= n) best = b;
  return best;
}

/** The nearest word bound at or after n. */
function ceilOf(bounds: number[], n: number): number {
  for (const b of bounds) if (b >= n) return b;
  return bounds[bounds.length - 1]!;
}

/** Whether [from, to) overlaps a range already quoted; if not, it is taken. */
function overlaps(taken: Array<[number, number]>, from: number, to: number): boolean {
  if (taken.some(([a, b]) => from < b && a < to)) return true;
  taken.push([from, to]);
  return false;
}

function once(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && text.indexOf(part, at + 1) < 0;
}
