// Scores predicted links against gold sure/possible links: precision, recall, F1 and AER.
export type Pair = string; // "baseId|otherId"

export interface AlignmentScore {
  predicted: number;
  sure: number;
  possible: number;
  precision: number;
  recall: number;
  f1: number;
  aer: number;
}

/** Every (base, other) pair a link joins. */
export function expandPairs(links: Array<{ base: string[]; other: string[] }>): Set<Pair> {
  const out = new Set<Pair>();
  for (const l of links) for (const b of l.base) for (const o of l.other) out.add(`${b}|${o}`);
  return out;
}

/** A = predicted, S = sure, P = sure ∪ possible. */
export function scoreAlignment(A: Set<Pair>, S: Set<Pair>, P: Set<Pair>): AlignmentScore {
  let aS = 0;
  let aP = 0;
  for (const p of A) {
    if (S.has(p)) aS++;
    if (P.has(p)) aP++;
  }
  const precision = A.size ? aP / A.size : 1;
  const recall = S.size ? aS / S.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const aer = A.size + S.size ? 1 - (aS + aP) / (A.size + S.size) : 0;
  return { predicted: A.size, sure: S.size, possible: P.size, precision, recall, f1, aer };
}
