// Turns a link's raw similarity into a calibrated probability that the link is right (logistic model, fitted by scripts/calibrate.ts).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
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
