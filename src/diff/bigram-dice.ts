// Dice coefficient of character bigrams: how alike two short keys are, in [0, 1].

export function bigramDice(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * The highest Dice two keys of these lengths can reach (all bigrams of the shorter shared): a cheap test before the real one.
 * Keys of one character have no bigrams but may be equal (Dice 1): no bound then.
 */
export function diceBound(a: number, b: number): number {
  if (a <= 1 || b <= 1) return 1;
  const [x, y] = [a - 1, b - 1];
  return (2 * Math.min(x, y)) / (x + y);
}
