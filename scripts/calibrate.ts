// `npm run calibrate`: fits the link-score model (src/align/calibration.json) on synthetic documents with known truth, and checks it on held-out ones and the gold pairs.
import fs from 'node:fs';
import { alignDocuments } from '../src/align/align-documents.js';
import { calibratedScore, CalibrationModel, FEATURES, linkFeatures, MODEL_FILE } from '../src/align/calibrate-links.js';
import { fitLogistic } from '../src/eval/fit-logistic.js';
import { GOLD_PAIRS, loadGoldPairs } from '../src/eval/load-gold.js';
import { loadSynthetic, syntheticCorpus } from '../src/bench/synthetic-corpus.js';
import { writeFileAtomic } from '../src/store/write-file-atomic.js';
import type { Link } from '../src/model/alignment.js';
import type { ParsedDocument } from '../src/model/parsed-document.js';
import { loadDocument } from '../src/pipeline.js';

type Sample = { x: number[]; y: 0 | 1 };
const TRAIN = { seed: 1, count: 400 };
const TEST = { seed: 2, count: 200 };

/** One sample per auto link: its features, and whether every pair it joins is in the truth. */
function samples(base: ParsedDocument, other: ParsedDocument, names: string[], truth: Set<string>): Sample[] {
  const { matrix, links } = alignDocuments(base, other, names);
  const index = (units: Array<{ id: string }>, id: string) => units.findIndex((u) => u.id === id);
  return links
    .filter((l: Link) => !l.base.includes('preamble') && !l.base.includes('closing'))
    .map((l) => {
      const evidence = { base: l.base.map((id) => index(matrix.base, id)), other: l.other.map((id) => index(matrix.other, id)), kind: l.kind === 'moved' || l.kind === 'split' ? l.kind : ('ordered' as const) };
      const right = l.base.every((b) => l.other.every((o) => truth.has(`${b}|${o}`)));
      return { x: linkFeatures(evidence, matrix), y: right ? 1 : 0 };
    });
}

function report(name: string, set: Sample[], weights: number[]): void {
  let brier = 0;
  const edges = [0, 0.5, 0.8, 0.95, 1.0001];
  const bins = edges.slice(1).map((hi, k) => ({ lo: edges[k]!, hi, n: 0, p: 0, right: 0 }));
  for (const s of set) {
    const p = calibratedScore(s.x, weights);
    brier += (p - s.y) ** 2;
    const bin = bins.find((b) => p >= b.lo && p < b.hi)!;
    bin.n++;
    bin.p += p;
    bin.right += s.y;
  }
  console.log(`${name}: ${set.length} links, ${set.filter((s) => s.y).length} right, Brier score ${(brier / set.length).toFixed(4)}`);
  for (const b of bins) if (b.n) console.log(`    score ${b.lo.toFixed(2)}–${Math.min(1, b.hi).toFixed(2)}: ${String(b.n).padStart(6)} links, mean score ${(b.p / b.n).toFixed(3)}, share right ${(b.right / b.n).toFixed(3)}`);
}

const corpus = syntheticCorpus();
const collect = ({ seed, count }: { seed: number; count: number }) =>
  [...corpus.entries(count, seed)].flatMap((e) => samples(corpus.anchor.parsed, loadSynthetic(e).parsed, corpus.names, e.truth));
const train = collect(TRAIN);
const test = collect(TEST);
const gold = GOLD_PAIRS.flatMap((g) => samples(loadDocument(g.base).parsed, loadDocument(g.other).parsed, corpus.names, loadGoldPairs(g.file, g.sourceIsBase).P));

const weights = fitLogistic(train).map((w) => Math.round(w * 1e4) / 1e4);
const model: CalibrationModel = {
  features: [...FEATURES],
  weights,
  fittedOn: `npm run calibrate: ${TRAIN.count} synthetic documents (seed ${TRAIN.seed}), ${train.length} links`,
};
const committed = CalibrationModel.parse(JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')));
const show = (w: number[]) => FEATURES.map((f, k) => `${f} ${w[k]}`).join(', ');
// What users get is the committed model: its reliability on documents it was not fitted on comes first.
console.log(`committed model (${committed.fittedOn}): ${show(committed.weights)}\n`);
report('held out: synthetic (seed 2)', test, committed.weights);
report('held out: the two gold pairs', gold, committed.weights);
console.log(`\na fresh fit on today's code: ${show(weights)}\n`);
report('fitted on: synthetic (seed 1)', train, weights);
report('held out: synthetic (seed 2)', test, weights);
if (process.argv.includes('--write')) {
  writeFileAtomic(MODEL_FILE, `${JSON.stringify(CalibrationModel.parse(model), null, 2)}\n`);
  console.log(`\nwrote ${MODEL_FILE}`);
} else if (JSON.stringify(committed.weights) !== JSON.stringify(weights)) {
  console.log('\nthe fresh fit differs from the committed model; `npm run calibrate -- --write` replaces it (then check the tests and refresh alignments/)');
}
