// Cuts an edit spanning several sentences into one edit per sentence, pairing the most alike as rewordings.
import { bigramDice, diceBound } from './bigram-dice.js';
import type { Hunk } from './classify-hunk.js';
import type { Token } from './tokenize-text.js';

/** Sentences of a rewritten run at least this alike are paired as a rewording. */
const PIECE_SIMILARITY = 0.4;
const MAX_CELLS = 250_000;
const BAND = 100;

/**
 * An edit spanning several sentences reads better as one change per sentence: whole sentences added
 * or dropped stand alone, and of a rewritten run the most alike sentences are paired as rewordings.
 */
export function splitEdit(h: Hunk, bTok: Token[], oTok: Token[]): Hunk[] {
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
  // A rewritten run of thousands of sentences on each side: only sentences near the same place are compared (a band), so the
  // pairing stays linear; below that every pair is compared.
  const band = n * m > MAX_CELLS ? BAND : Infinity;
  const sim = bk.map((b, i) =>
    ok.map((o, j) => (Math.abs(j - (i * m) / n) > band || diceBound(b.length, o.length) < PIECE_SIMILARITY ? 0 : bigramDice(b, o))),
  );
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
