// Fits the link calibration (npm run calibrate): L2-regularized logistic regression of a link being right on its features.
import { FEATURES, calibratedScore } from '../align/calibrate-links.js';

/** L2-regularized logistic regression by Newton's method (a handful of features, thousands of samples). */
export function fitLogistic(samples: Array<{ x: number[]; y: 0 | 1 }>, l2 = 1): number[] {
  const d = samples[0]?.x.length ?? FEATURES.length;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = w.map((wk, k) => (k === 0 ? 0 : l2 * wk));
    const hess = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => (a === b && a > 0 ? l2 : 0)));
    for (const { x, y } of samples) {
      const p = calibratedScore(x, w);
      for (let a = 0; a < d; a++) {
        grad[a]! += (p - y) * x[a]!;
        for (let b = 0; b < d; b++) hess[a]![b]! += p * (1 - p) * x[a]! * x[b]!;
      }
    }
    const step = solve(hess, grad);
    w = w.map((wk, k) => wk - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting (with a small ridge for singular systems). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row.map((v, j) => v + (i === j ? 1e-9 : 0)), b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}
