// The word diff of two token lists (jsdiff), with small shared runs between edits folded into them.
import { diffArrays } from 'diff';
import type { Hunk } from './classify-hunk.js';
import type { Token } from './tokenize-text.js';
import { oweClosingMarks } from '../lexicon/load-brackets.js';

export type Step = { equal: true; b0: number; b1: number; o0: number; o1: number } | ({ equal: false } & Hunk);

/** Up to this many tokens on both sides together, one word diff of the whole passage (jsdiff, O(N·D)). */
const DIRECT_TOKENS = 4000;
/** Sentences diffed at a time in a long passage: the diff moves on window by window, so its time grows with the length. */
const WINDOW = 300;

/**
 * The word diff as alternating equal runs and edits (an edit may delete, insert or both). A passage of up to DIRECT_TOKENS tokens is
 * diffed word by word in one go. A longer one (a whole plan printed as one paragraph) is diffed sentence by sentence first, and the
 * sentences that differ word by word, so the time grows with the length, not with its square.
 */
export function diffTokens(bTok: Token[], oTok: Token[]): Step[] {
  const bKeys = bTok.map((t) => t.key);
  const oKeys = oTok.map((t) => t.key);
  const out: Step[] = [];
  diffRange(bTok, oTok, bKeys, oKeys, 0, bKeys.length, 0, oKeys.length, out);
  return out;
}

/** A token that ends a sentence or a clause of one: where an edit reads best beginning or ending. */
const ENDS = (t: Token | undefined) => !t || /[。；！？：\n]$/.test(t.display);

/**
 * An insertion or a deletion between two shared runs can often stand a few tokens earlier or later with the same effect
 * (支持[海铁…业务。支持]海河 = [支持海铁…业务。]支持海河): it is moved where it then begins and ends at a sentence's bounds (both
 * ends, or it stays), so a sentence dropped whole reads as one, not as its tail and the next sentence's first word. Run after the
 * cleanup, so the short shared runs a move leaves are never merged into the edits around them.
 */
export function slideToSentences(steps: Step[], bTok: Token[], oTok: Token[]): Step[] {
  for (let k = 1; k + 1 < steps.length; k++) {
    const [prev, edit, next] = [steps[k - 1]!, steps[k]!, steps[k + 1]!];
    if (!prev.equal || edit.equal || !next.equal) continue;
    const del = edit.o0 === edit.o1;
    if (!del && edit.b0 !== edit.b1) continue;
    const tok = del ? bTok : oTok;
    const [x0, x1] = del ? [edit.b0, edit.b1] : [edit.o0, edit.o1];
    const prevLen = prev.b1 - prev.b0;
    const nextLen = next.b1 - next.b0;
    // How far it may go: left while the token before it is the one it ends with, right while the one after it is the one it starts with.
    // (Each shared run between two edits keeps a token, so edits stay apart; the text's first or last run may give all of its.)
    const [leftRoom, rightRoom] = [k - 1 === 0 ? prevLen : prevLen - 1, k + 1 === steps.length - 1 ? nextLen : nextLen - 1];
    let left = 0;
    while (left < leftRoom && tok[x0 - left - 1]!.key === tok[x1 - left - 1]!.key) left++;
    let right = 0;
    while (right < rightRoom && tok[x0 + right]!.key === tok[x1 + right]?.key) right++;
    if (!left && !right) continue;
    const score = (d: number) => (ENDS(tok[x1 + d - 1]) ? 2 : 0) + (ENDS(tok[x0 + d - 1]) ? 1 : 0);
    let best = 0;
    for (let d = -left; d <= right; d++) if (score(d) > score(best)) best = d;
    if (!best || score(best) < 3) continue;
    // The edit and its point on the other side move together; the shared runs give and take the tokens.
    prev.b1 += best;
    prev.o1 += best;
    edit.b0 += best;
    edit.b1 += best;
    edit.o0 += best;
    edit.o1 += best;
    next.b0 += best;
    next.o0 += best;
  }
  // A shared run the slide emptied (the text's first or last) is no step.
  return steps.filter((st) => st.b1 > st.b0 || st.o1 > st.o0);
}

/** The most tokens between a bracket opened in an edit and its closing mark in the next edit for the two to be one edit. */
const BRACKET_GAP = 24;

/**
 * A bracket opened inside an edit and closed by the next edit alone (资产、负债、{+净资产（+}所有者权益{+）+}) is one edit, the words
 * between them included: the closing mark is part of what was added (or dropped), not a punctuation variant of its own.
 */
export function joinBrackets(steps: Step[], bTok: Token[], oTok: Token[]): Step[] {
  const text = (tok: Token[], a: number, b: number) => tok.slice(a, b).map((t) => t.display).join('');
  // The closing marks a side of an edit leaves open, innermost first (（国家“ leaves ”）).
  const open = (t: string): string => oweClosingMarks([], t).reverse().join('');
  for (let k = 0; k + 2 < steps.length; k++) {
    const [first, shared, second] = [steps[k]!, steps[k + 1]!, steps[k + 2]!];
    if (first.equal || !shared.equal || second.equal || shared.b1 - shared.b0 > BRACKET_GAP) continue;
    if (/[。；！？\n]/.test(text(bTok, shared.b0, shared.b1))) continue;
    // The next edit closes what this one left open (all of it, or the innermost marks first).
    const side = (tok: Token[], a0: number, a1: number, c0: number, c1: number) => {
      const [needed, closing] = [open(text(tok, a0, a1)), text(tok, c0, c1)];
      return closing.length > 0 && needed.startsWith(closing);
    };
    // The closing edit adds (or drops) the marks alone; the opening one may also replace words (or be an earlier join).
    const added = second.b0 === second.b1 && side(oTok, first.o0, first.o1, second.o0, second.o1);
    const dropped = second.o0 === second.o1 && side(bTok, first.b0, first.b1, second.b0, second.b1);
    if (!added && !dropped) continue;
    steps.splice(k, 3, { equal: false, b0: first.b0, b1: second.b1, o0: first.o0, o1: second.o1 });
    // The joined edit may leave an outer bracket open for the edit after it ({+（甲“+}乙{+”+}丙{+）+}): look at it again.
    k--;
  }
  return steps;
}

/**
 * Two insertions (or deletions) around a shared run can be one, beside that run, when the second ends with it (因[违反本法规定]受到处罚的，
 * …记入信用记录。违反本法规定， = [因违反本法规定受到处罚的，…记入信用记录。]违反本法规定，): they are made one where it then begins
 * and ends at a sentence's bounds — a 款 added before an article's old text reads as one, not as pieces around its first words.
 */
export function joinSplitEdits(steps: Step[], bTok: Token[], oTok: Token[]): Step[] {
  for (let k = 0; k + 2 < steps.length; k++) {
    const [first, shared, second] = [steps[k]!, steps[k + 1]!, steps[k + 2]!];
    if (first.equal || !shared.equal || second.equal) continue;
    // An insertion, then the shared run, then an edit whose new text ends with that run and the old text the edit replaced (or the
    // same with base and other swapped: a deletion).
    const ins = first.b0 === first.b1;
    if (!ins && first.o0 !== first.o1) continue;
    const [tok, otherTok] = ins ? [oTok, bTok] : [bTok, oTok];
    const n = shared.b1 - shared.b0;
    const [x0, s0, s1, r0, r1] = ins ? [shared.o0, second.o0, second.o1, second.b0, second.b1] : [shared.b0, second.b0, second.b1, second.o0, second.o1];
    const m = r1 - r0;
    if (s1 - s0 < n + m) continue;
    let same = true;
    for (let i = 0; i < n && same; i++) same = tok[x0 + i]!.key === tok[s1 - n - m + i]!.key;
    for (let i = 0; i < m && same; i++) same = otherTok[r0 + i]!.key === tok[s1 - m + i]!.key;
    // The one edit must stand at a sentence's bounds: before it the start (or a sentence's end), at its end a sentence's end.
    const [e0, e1] = [ins ? first.o0 : first.b0, s1 - n - m];
    if (!same || !ENDS(tok[e0 - 1]) || !ENDS(tok[e1 - 1])) continue;
    const joined: Step = ins ? { equal: false, b0: first.b0, b1: first.b0, o0: first.o0, o1: e1 } : { equal: false, b0: first.b0, b1: e1, o0: first.o0, o1: first.o0 };
    const run: Step = ins ? { equal: true, b0: shared.b0, b1: second.b1, o0: e1, o1: s1 } : { equal: true, b0: e1, b1: s1, o0: shared.o0, o1: second.o1 };
    steps.splice(k, 3, joined, run);
    // The shared run now meets the one after it: one run.
    const after = steps[k + 2];
    if (after?.equal) steps.splice(k + 1, 2, { equal: true, b0: run.b0, b1: after.b1, o0: run.o0, o1: after.o1 });
  }
  return steps;
}

function diffRange(bTok: Token[], oTok: Token[], bKeys: string[], oKeys: string[], b0: number, b1: number, o0: number, o1: number, out: Step[]): void {
  if (b1 - b0 + (o1 - o0) <= DIRECT_TOKENS) {
    for (const op of keyDiff(bKeys.slice(b0, b1), oKeys.slice(o0, o1))) push(out, op.equal, b0 + op.b0, b0 + op.b1, o0 + op.o0, o0 + op.o1);
    return;
  }
  const bs = sentences(bTok, b0, b1);
  const os = sentences(oTok, o0, o1);
  const key = (tok: string[], [from, to]: [number, number]) => tok.slice(from, to).join('\u0001');
  const ops = windowedDiff(
    bs.map((r) => key(bKeys, r)),
    os.map((r) => key(oKeys, r)),
  );
  for (const op of ops) {
    // Sentences tile the range: sentence k starts where k − 1 ends, and the range ends after the last.
    const [from, to] = [bs[op.b0]?.[0] ?? b1, bs[op.b1]?.[0] ?? b1];
    const [oFrom, oTo] = [os[op.o0]?.[0] ?? o1, os[op.o1]?.[0] ?? o1];
    if (op.equal) push(out, true, from, to, oFrom, oTo);
    else if (from === to || oFrom === oTo || to - from + (oTo - oFrom) >= b1 - b0 + (o1 - o0)) push(out, false, from, to, oFrom, oTo);
    // The sentences that differ, word by word (a region as long as the whole would not get shorter: it is one edit).
    else diffRange(bTok, oTok, bKeys, oKeys, from, to, oFrom, oTo, out);
  }
}

/**
 * The diff of two long key sequences, a window at a time: each window's diff is kept up to its last equal run (the rest is diffed
 * again with what follows), so a long passage costs its length times the window, not its length squared. Sequences that fit in one
 * window get the plain diff.
 */
function windowedDiff(b: string[], o: string[]): KeyOp[] {
  const out: KeyOp[] = [];
  let [i, j] = [0, 0];
  while (i < b.length || j < o.length) {
    const [bEnd, oEnd] = [Math.min(b.length, i + WINDOW), Math.min(o.length, j + WINDOW)];
    const ops = keyDiff(b.slice(i, bEnd), o.slice(j, oEnd));
    const last = bEnd === b.length && oEnd === o.length;
    // Keep everything up to the end of the window's last equal run (an edit after it may match what follows the window); with no
    // equal run, the first half of each side as one edit.
    let keep = ops.length;
    if (!last) while (keep > 0 && !ops[keep - 1]!.equal) keep--;
    if (keep === 0) {
      const [db, dO] = [Math.ceil((bEnd - i) / 2), Math.ceil((oEnd - j) / 2)];
      appendRun(out, { equal: false, b0: i, b1: i + db, o0: j, o1: j + dO });
      [i, j] = [i + db, j + dO];
      continue;
    }
    // Adjacent runs of one kind (a window boundary inside an edit) become one run as they are appended.
    for (const op of ops.slice(0, keep)) appendRun(out, { equal: op.equal, b0: i + op.b0, b1: i + op.b1, o0: j + op.o0, o1: j + op.o1 });
    const end = ops[keep - 1]!;
    [i, j] = [i + end.b1, j + end.o1];
  }
  return out;
}

/** The sentences of a token range, as [from, to) token ranges: each ends with 。；！？ or a line break. */
function sentences(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (/[。；！？\n]/.test(tokens[i]!.display)) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < to) out.push([start, to]);
  return out;
}

type KeyOp = { equal: boolean; b0: number; b1: number; o0: number; o1: number };

/** Appends a run (an empty one is nothing), joining it to the last one when both are equal runs or both edits. */
function appendRun<T extends KeyOp>(out: T[], run: T): void {
  if (run.b0 === run.b1 && run.o0 === run.o1) return;
  const last = out[out.length - 1];
  if (last && last.equal === run.equal) {
    last.b1 = run.b1;
    last.o1 = run.o1;
    return;
  }
  out.push(run);
}

function push(out: Step[], equal: boolean, b0: number, b1: number, o0: number, o1: number): void {
  appendRun<Step>(out, equal ? { equal: true, b0, b1, o0, o1 } : { equal: false, b0, b1, o0, o1 });
}

/**
 * jsdiff over two key sequences, as runs. Where several line-ups are equally short, jsdiff's choice depends on which side comes
 * first; the diff is therefore always run in one order of the two sides (the smaller key sequence first) and turned round when
 * needed, so that swapping base and other gives exactly the mirrored line-up.
 */
function keyDiff(bKeys: string[], oKeys: string[]): KeyOp[] {
  const swap = compareKeys(bKeys, oKeys) > 0;
  const ops = swap ? diffArrays(oKeys, bKeys) : diffArrays(bKeys, oKeys);
  const runs: KeyOp[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    const last = runs[runs.length - 1];
    if (!op.added && !op.removed) {
      runs.push({ equal: true, b0: i, b1: i + op.count, o0: j, o1: j + op.count });
      i += op.count;
      j += op.count;
      continue;
    }
    const edit = last && !last.equal ? last : null;
    const h = edit ?? { equal: false, b0: i, b1: i, o0: j, o1: j };
    if (op.removed !== swap) h.b1 = i += op.count;
    else h.o1 = j += op.count;
    if (!edit) runs.push(h);
  }
  return runs;
}

/** Lexicographic order of two key sequences. */
function compareKeys(a: string[], b: string[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! < b[k]! ? -1 : 1;
  return a.length - b.length;
}

/**
 * Semantic cleanup at word level (after diff-match-patch): a shared run no longer than the edits on
 * both sides of it, and not ending a sentence, becomes part of one larger edit. "的" between two
 * rewordings then reads as one rewording instead of three scraps. One pass with a stack: a merge is
 * made as soon as its three runs are there, and may let the edit before it merge in turn.
 */
export function cleanupSteps(steps: Step[], bTok: Token[], oTok: Token[]): Step[] {
  const bLen = prefixLengths(bTok);
  const oLen = prefixLengths(oTok);
  const size = (s: Step) => Math.max(bLen[s.b1]! - bLen[s.b0]!, oLen[s.o1]! - oLen[s.o0]!);
  const out: Step[] = [];
  for (const st of steps) {
    out.push({ ...st });
    while (out.length >= 3) {
      const [prev, mid, next] = out.slice(-3) as [Step, Step, Step];
      if (!mid.equal || prev.equal || next.equal) break;
      if (bTok.slice(mid.b0, mid.b1).some((t) => /[。！？]/.test(t.display))) break;
      if (bLen[mid.b1]! - bLen[mid.b0]! > Math.min(size(prev), size(next))) break;
      out.splice(-3, 3, { equal: false, b0: prev.b0, b1: next.b1, o0: prev.o0, o1: next.o1 });
    }
  }
  return out;
}

/** lengths[i] = characters of tokens[0..i). */
function prefixLengths(tokens: Token[]): number[] {
  const out = [0];
  for (const t of tokens) out.push(out[out.length - 1]! + t.display.length);
  return out;
}

/** One word diff of two token runs: its raw steps, and the cut every reader shares (short shared runs merged, split edits joined, slid to sentences). */
export interface WordDiff {
  raw: Step[];
  cut: Step[];
}

/** The word diff of two token runs, made once for a pair: its changes and its whole redline are both read from it. */
export function diffWords(bTok: Token[], oTok: Token[]): WordDiff {
  const raw = diffTokens(bTok, oTok);
  return { raw, cut: slideToSentences(joinSplitEdits(cleanupSteps(raw, bTok, oTok), bTok, oTok), bTok, oTok) };
}
