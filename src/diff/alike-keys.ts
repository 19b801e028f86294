// Every pair of keys, one from each list, whose bigram Dice reaches a line, counted through an index of bigrams (no pair compared whole).
/**
 * For each key of `left`, the keys of `right` at least `line` alike as [index, dice], in index order: the same Dice as bigramDice
 * (shared bigrams counted with their repeats, over all bigrams of both), counted through an index of each bigram's k-th occurrence,
 * so the work is the pairs of shared bigrams, not the pairs of keys. `skip` leaves a pair out.
 */
export function alikeKeys(left: string[], right: string[], line: number, skip: (l: number, r: number) => boolean = () => false): Array<Array<[number, number]>> {
  const ids = new Map<string, number>();
  const tokensOf = (key: string, add: boolean): number[] => {
    const seen = new Map<string, number>();
    const out: number[] = [];
    for (let i = 0; i + 1 < key.length; i++) {
      const g = key.slice(i, i + 2);
      const k = (seen.get(g) ?? 0) + 1;
      seen.set(g, k);
      const token = `${g}${k}`;
      let id = ids.get(token);
      if (id === undefined && add) ids.set(token, (id = ids.size));
      if (id !== undefined) out.push(id);
    }
    return out;
  };
  const postings: number[][] = [];
  const size = right.map((key, r) => {
    const ts = tokensOf(key, true);
    for (const t of ts) (postings[t] ??= []).push(r);
    return ts.length;
  });
  // Keys without bigrams (one character, or none) are alike only when equal (Dice 1 for one character, as bigramDice says).
  const short = new Map<string, number[]>();
  right.forEach((key, r) => {
    if (key.length === 1) short.set(key, [...(short.get(key) ?? []), r]);
  });
  const shared = new Int32Array(right.length);
  return left.map((key, l) => {
    const found: Array<[number, number]> = [];
    if (key.length <= 1) {
      for (const r of key.length === 1 ? (short.get(key) ?? []) : []) if (!skip(l, r) && line <= 1) found.push([r, 1]);
      return found;
    }
    const total = key.length - 1;
    const touched: number[] = [];
    for (const t of tokensOf(key, false)) {
      for (const r of postings[t]!) if (shared[r]++ === 0) touched.push(r);
    }
    touched.sort((a, b) => a - b);
    for (const r of touched) {
      const dice = (2 * shared[r]!) / (total + size[r]!);
      shared[r] = 0;
      if (dice >= line && !skip(l, r)) found.push([r, dice]);
    }
    return found;
  });
}
