// The word diff of two token lists (jsdiff), with small shared runs between edits folded into them.
import { diffArrays } from 'diff';
import type { Hunk } from './classify-hunk.js';
import type { Token } from './tokenize-text.js';

export type Step = { equal: true; b0: number; b1: number; o0: number; o1: number } | ({ equal: false } & Hunk);

/**
 * jsdiff over token keys, as alternating equal runs and edits (an edit may delete, insert or both).
 * Where several line-ups are equally short, jsdiff's choice depends on which side comes first; the diff is
 * therefore always run in one order of the two sides (the smaller key sequence first) and turned round when
 * needed, so that swapping base and other gives exactly the mirrored line-up.
 */
export function diffTokens(bTok: Token[], oTok: Token[]): Step[] {
  const bKeys = bTok.map((t) => t.key);
  const oKeys = oTok.map((t) => t.key);
  const swap = compareKeys(bKeys, oKeys) > 0;
  const ops = swap ? diffArrays(oKeys, bKeys) : diffArrays(bKeys, oKeys);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    const last = steps[steps.length - 1];
    if (!op.added && !op.removed) {
      steps.push({ equal: true, b0: i, b1: i + op.count, o0: j, o1: j + op.count });
      i += op.count;
      j += op.count;
      continue;
    }
    const edit = last && !last.equal ? last : null;
    const h = edit ?? { equal: false as const, b0: i, b1: i, o0: j, o1: j };
    if (op.removed !== swap) h.b1 = i += op.count;
    else h.o1 = j += op.count;
    if (!edit) steps.push(h);
  }
  return steps;
}

/** Lexicographic order of two key sequences. */
function compareKeys(a: string[], b: string[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! < b[k]! ? -1 : 1;
  return a.length - b.length;
}

/**
 * Semantic cleanup at word level (after diff-match-patch): a shared run no longer than the edits on
 * both sides of it, and not ending a sentence, becomes part of one larger edit. "的" between two
 * rewordings then reads as one rewording instead of three scraps.
 */
export function cleanupSteps(steps: Step[], bTok: Token[], oTok: Token[]): Step[] {
  const size = (s: Step) => Math.max(chars(bTok, s.b0, s.b1), chars(oTok, s.o0, s.o1));
  let out = steps.slice();
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 1; k + 1 < out.length; k++) {
      const [prev, mid, next] = [out[k - 1]!, out[k]!, out[k + 1]!];
      if (!mid.equal || prev.equal || next.equal) continue;
      const shared = chars(bTok, mid.b0, mid.b1);
      if (bTok.slice(mid.b0, mid.b1).some((t) => /[。！？]/.test(t.display))) continue;
      if (shared > Math.min(size(prev), size(next))) continue;
      const merged: Step = { equal: false, b0: prev.b0, b1: next.b1, o0: prev.o0, o1: next.o1 };
      out = [...out.slice(0, k - 1), merged, ...out.slice(k + 2)];
      changed = true;
      break;
    }
  }
  return out;
}

function chars(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += tokens[i]!.display.length;
  return n;
}
