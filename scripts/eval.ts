// `npm run eval`: scores the aligner against the gold alignments beside two baselines, and summarizes the other pairs.
import { alignDocuments } from '../src/align/align-documents.js';
import { alignByBigramsGreedy, alignByOrdinal } from '../src/align/baselines.js';
import { loadGoldPairs } from '../src/align/load-gold.js';
import { type AlignmentScore, expandPairs, scoreAlignment } from '../src/align/score-alignment.js';
import { loadManifest } from '../src/ingest/load-manifest.js';
import type { Alignment } from '../src/model/alignment.js';
import { loadDocument } from '../src/pipeline.js';

interface GoldPair {
  file: string;
  base: string;
  other: string;
  /** true when the gold's source is our base side. */
  sourceIsBase: boolean;
}

const GOLD: GoldPair[] = [
  { file: 'hz-draft-final.align.json', base: 'hangzhou-2024-draft', other: 'hangzhou-2024', sourceIsBase: true },
  { file: 'jiande-hangzhou.align.json', base: 'hangzhou-2024', other: 'jiande-2024', sourceIsBase: false },
];

const jurisdictions = loadManifest().documents.flatMap((d) => [d.jurisdiction.name, d.jurisdiction.parent ?? '']);
const scored = (a: Alignment) => ({ ...a, links: a.links.filter((l) => !l.base.includes('preamble') && !l.base.includes('closing')) });
const fmt = (s: AlignmentScore) =>
  [s.precision, s.recall, s.f1, s.aer].map((v) => v.toFixed(3).padStart(6)).join('  ') + `  ${String(s.predicted).padStart(4)} pairs`;

console.log('Alignment accuracy against gold (numbered clauses and section intros; preamble and closing not scored)\n');
console.log(`${'pair'.padEnd(38)}${'method'.padEnd(16)} precision  recall      F1     AER`);
for (const g of GOLD) {
  const { S, P } = loadGoldPairs(g.file, g.sourceIsBase);
  const base = loadDocument(g.base).parsed;
  const other = loadDocument(g.other).parsed;
  const methods: Array<[string, Alignment]> = [
    ['policydiff', alignDocuments(base, other, jurisdictions)],
    ['ordinal', alignByOrdinal(base, other)],
    ['bigram-greedy', alignByBigramsGreedy(base, other)],
  ];
  for (const [name, a] of methods) {
    console.log(`${`${g.base} ↔ ${g.other}`.padEnd(38)}${name.padEnd(16)}${fmt(scoreAlignment(expandPairs(scored(a).links), S, P))}`);
  }
  const ours = expandPairs(scored(methods[0]![1]).links);
  const wrong = [...ours].filter((p) => !P.has(p));
  const missed = [...S].filter((p) => !ours.has(p));
  if (wrong.length) console.log(`    links not in gold: ${wrong.join(', ')}`);
  if (missed.length) console.log(`    sure links missed: ${missed.join(', ')}`);
}

console.log('\nPairs without gold (read the links with `policydiff align`):\n');
for (const other of ['quzhou-2024', 'haining-2024-draft']) {
  const base = loadDocument('hangzhou-2024').parsed;
  const o = loadDocument(other).parsed;
  const a = alignDocuments(base, o, jurisdictions);
  const b = alignByBigramsGreedy(base, o);
  const ours = expandPairs(scored(a).links);
  const theirs = expandPairs(scored(b).links);
  const agree = [...ours].filter((p) => theirs.has(p)).length;
  const splits = a.links.filter((l) => l.base.length > 1 || l.other.length > 1).length;
  console.log(
    `hangzhou-2024 ↔ ${other}: ${a.links.length} links (${splits} split/merge), ${a.baseOnly.length} base-only, ${a.otherOnly.length} other-only; ` +
      `${agree}/${ours.size} pairs shared with the bigram baseline (${theirs.size} pairs)`,
  );
}
