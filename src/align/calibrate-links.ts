// Turns a link's raw similarity into a calibrated probability that the link is right (logistic model, fitted by scripts/calibrate.ts).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SimilarityMatrix } from './similarity-matrix.js';


export const FEATURES = ['bias', 'similarity', 'margin', 'moved', 'split'] as const;

export const CalibrationModel = z.object({
  features: z.array(z.enum(FEATURES)),
  weights: z.array(z.number()),
  fittedOn: z.string(),
});
export type CalibrationModel = z.infer<typeof CalibrationModel>;

export interface LinkEvidence {
  base: number[];
  other: number[];
  kind: 'ordered' | 'moved' | 'split';
}

export const MODEL_FILE = fileURLToPath(new URL('../../src/align/calibration.json', import.meta.url));
let model: CalibrationModel | null = null;

function loadModel(): CalibrationModel {
  model ??= CalibrationModel.parse(JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')));
  return model;
}

/** The link's best similarity, and its margin over the best competing pair of any of its units. */
export function linkFeatures(link: LinkEvidence, m: SimilarityMatrix): number[] {
  const inB = new Set(link.base);
  const inO = new Set(link.other);
  let best = 0;
  let rival = 0;
  for (const i of link.base) {
    const row = m.score[i]!;
    for (let j = 0; j < row.length; j++) {
      if (inO.has(j)) best = Math.max(best, row[j]!);
      else rival = Math.max(rival, row[j]!);
    }
  }
  for (const j of link.other) for (let i = 0; i < m.base.length; i++) if (!inB.has(i)) rival = Math.max(rival, m.score[i]![j]!);
  return [1, best, best - rival, link.kind === 'moved' ? 1 : 0, link.kind === 'split' ? 1 : 0];
}

/** P(link right | features) under a model (the committed one by default). */
export function calibratedScore(features: number[], weights: number[] = loadModel().weights): number {
  let z = 0;
  for (let k = 0; k < features.length; k++) z += features[k]! * weights[k]!;
  return 1 / (1 + Math.exp(-z));
}

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
