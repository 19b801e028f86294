// Finds text deleted in one place and inserted, nearly the same, in another: moves, not drops and additions.
import { bigramDice, diceBound } from './bigram-dice.js';
import { type HunkClass, type Hunk, classifyHunk } from './classify-hunk.js';
import type { Token } from './tokenize-text.js';

/** A deleted and an inserted passage at least this long and this alike are one passage moved. */
const MOVE_MIN_CHARS = 8;
/** …with at least this many characters of words in it, not figures and marks alone. */
const MOVE_MIN_WORDS = 1;
const MOVE_SIMILARITY = 0.5;
/** …and this many characters besides the articles it cites. */
const MOVE_MIN_PROSE = 4;
/** A citation of articles (本细则第十八条, 第十九条第一款, 第（三）项, 第十二条之一) with the word joining it to the next (、 和 或者 及 至). */
const CITATION_WORDS = /(?:本(?:法|条例|细则|规定|办法))?(?:第[（(]?[零〇一二三四五六七八九十百千\d]+[）)]?[条款项目章节](?:之[一二三四五六七八九十]+)?)+(?:、|和|或者|及|至)?/g;
const MOVE_WINDOW = 200;

/** A hunk of an edit, classified; `resume` is the other token where the shared text after the whole edit resumes (where a drop ending it went). */
export type Edit = { h: Hunk; cls: HunkClass; resume?: number };

export interface Move {
  /** The edit whose deleted text moved, and the edit whose inserted text it became. */
  from: Edit;
  to: Edit;
}

/** The deleted (or inserted) half of an edit on its own, classified again. */
export function pureSide(h: Hunk, side: 'delete' | 'insert', bTok: Token[], oTok: Token[]): Edit {
  const part: Hunk = side === 'delete' ? { b0: h.b0, b1: h.b1, o0: h.o0, o1: h.o0 } : { b0: h.b0, b1: h.b0, o0: h.o0, o1: h.o1 };
  return { h: part, cls: classifyHunk(part, bTok, oTok) };
}

/**
 * Text deleted in one place and inserted, nearly the same, in another: a move, not a drop and an
 * addition. Either may be half of a larger edit (a sentence moved where another was rewritten).
 */
export function pairMoves(edits: Edit[], bTok: Token[], oTok: Token[], bText: string, oText: string): Move[] {
  const key = (tokens: Token[], from: number, to: number) =>
    tokens
      .slice(from, to)
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.key)
      .join('');
  // A passage of figures alone is no passage moved: two figures alike in their digits (2万元以上10万元, 10万元以上20万元) are each
  // changed in their place.
  const worded = (tokens: Token[], from: number, to: number) =>
    tokens.slice(from, to).reduce((n, t) => n + (t.kind === 'word' ? t.key.length : 0), 0) >= MOVE_MIN_WORDS;
  // Cited articles are no wording of their own: a list of them (第十八条、第十九条第一款或者本细则第十六条) edited in two 项 is edited
  // in each, not moved from one to the other; what a move is measured on is the words besides.
  const prose = (k: string) => k.replace(CITATION_WORDS, '');
  const dels = edits
    .filter((e) => (span(bText, bTok, e.h.b0, e.h.b1) ?? '').length >= MOVE_MIN_CHARS && worded(bTok, e.h.b0, e.h.b1))
    .map((e) => ({ e, k: prose(key(bTok, e.h.b0, e.h.b1)) }))
    .filter((d) => d.k.length >= MOVE_MIN_PROSE);
  const ins = edits
    .filter((e) => (span(oText, oTok, e.h.o0, e.h.o1) ?? '').length >= MOVE_MIN_CHARS && worded(oTok, e.h.o0, e.h.o1))
    .map((e) => ({ e, k: prose(key(oTok, e.h.o0, e.h.o1)) }))
    .filter((d) => d.k.length >= MOVE_MIN_PROSE);
  const candidates: Array<Move & { sim: number }> = [];
  // In a very long passage a move is looked for among the edits near it (MOVE_WINDOW either way), so the search stays linear.
  const order = new Map(edits.map((e, k) => [e, k]));
  const near = dels.length * ins.length > MOVE_WINDOW * MOVE_WINDOW;
  for (const d of dels) {
    for (const i of ins) {
      if (d.e === i.e || diceBound(d.k.length, i.k.length) < MOVE_SIMILARITY) continue;
      if (near && Math.abs(order.get(d.e)! - order.get(i.e)!) > MOVE_WINDOW) continue;
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

/** The text a token range covers, or null for an empty range. */
export function span(text: string, tokens: Token[], from: number, to: number): string | null {
  return to > from ? text.slice(tokens[from]!.start, tokens[to - 1]!.end) : null;
}
