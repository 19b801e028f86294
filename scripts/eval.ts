// `npm run eval`: scores the aligner (beside two baselines) and the difference engine against the gold files.
import { alignDocuments } from '../src/align/align-documents.js';
import { alignByBigramsGreedy, alignByOrdinal } from '../src/eval/baselines.js';
import { GOLD_PAIRS, loadGoldPairs } from '../src/eval/load-gold.js';
import { type AlignmentScore, expandPairs, scoreAlignment } from '../src/eval/score-alignment.js';
import { loadManifest } from '../src/ingest/load-manifest.js';
import type { Alignment } from '../src/model/alignment.js';
import fs from 'node:fs';
import path from 'node:path';
import { placePattern } from '../src/align/mask-text.js';
import { foldVariants } from '../src/normalize/reverse-vocabulary.js';
import { draftAmendment } from '../src/diff/draft-amendment.js';
import { scoreAmendment } from '../src/eval/score-amendment.js';
import { scoreFigurePairing, scorePairingPrecision, scoreNumericChanges, variantOnlyChanges } from '../src/eval/score-diff.js';
import { projectRoot } from '../src/store/project-paths.js';
import { GoldChanges, GoldNumbers } from '../src/model/gold.js';
import { diffPair, loadDocument } from '../src/pipeline.js';
import { jurisdictionOf } from '../src/document-info.js';
import { evalExternal } from './eval-external.js';

const BUNDLED_PAIRS: Array<[string, string]> = [
  ['hangzhou-2024-draft', 'hangzhou-2024'],
  ['hangzhou-2024', 'jiande-2024'],
  ['hangzhou-2024', 'quzhou-2024'],
  ['hangzhou-2024', 'haining-2024-draft'],
];

const jurisdictions = loadManifest().documents.flatMap((d) => [d.jurisdiction.name, d.jurisdiction.parent ?? '']);
const scored = (a: Alignment) => ({ ...a, links: a.links.filter((l) => !l.base.includes('preamble') && !l.base.includes('closing')) });
const fmt = (s: AlignmentScore) =>
  [s.precision, s.recall, s.f1, s.aer].map((v) => v.toFixed(3).padStart(6)).join('  ') + `  ${String(s.predicted).padStart(4)} pairs`;

console.log('Alignment accuracy against gold (numbered clauses and section intros; preamble and closing not scored)\n');
console.log(`${'pair'.padEnd(38)}${'method'.padEnd(16)} precision  recall      F1     AER`);
for (const g of GOLD_PAIRS) {
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

// ── Difference engine ────────────────────────────────────────────────────────────────────────────
console.log('\nDifference engine against gold\n');
const readGold = <T>(file: string, schema: { parse: (v: unknown) => T }): T =>
  schema.parse(JSON.parse(fs.readFileSync(path.join(projectRoot(), 'alignments', 'gold', file), 'utf8')));
const verbose = process.argv.includes('--verbose');
const list = (title: string, items: string[]) => {
  if (!items.length) return;
  console.log(`    ${title} (${items.length})${verbose ? '' : ' — run with --verbose to list'}`);
  if (verbose) for (const x of items) console.log(`      ${x}`);
};
{
  const { diff } = diffPair('hangzhou-2024-draft', 'hangzhou-2024');
  const s = scoreNumericChanges(diff, readGold('hz-draft-final.changes.json', GoldChanges), true);
  console.log(
    `hangzhou-2024-draft ↔ hangzhou-2024   numeric changes: precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}` +
      `  (${s.predicted} reported, ${s.gold} in gold; targets ≥0.90 / ≥0.95)`,
  );
  list('reported but not in gold', s.unmatched);
  list('in gold but not reported', s.missed);
}
{
  const { diff, base, other } = diffPair('hangzhou-2024', 'jiande-2024');
  const s = scoreFigurePairing(diff, readGold('jiande-hangzhou.numbers.json', GoldNumbers), base.parsed, other.parsed);
  console.log(`hangzhou-2024 ↔ jiande-2024         figure pairing: ${s.correct}/${s.total} = ${s.accuracy.toFixed(3)}  (target ≥0.90)`);
  list('gold pairs not found', s.wrong);
  const q = scorePairingPrecision(diff, readGold('jiande-hangzhou.numbers.json', GoldNumbers), base.parsed, other.parsed);
  console.log(`hangzhou-2024 ↔ jiande-2024         pairs judged loosens/tightens that the gold pairs: ${q.right}/${q.judged} = ${q.precision.toFixed(3)}  (target ≥0.95)`);
  list('judged pairs the gold does not pair', q.wrongPairs);
}
{
  let total = 0;
  const found: string[] = [];
  for (const [b, o] of BUNDLED_PAIRS) {
    const { diff, base, other } = diffPair(b, o);
    // A variant is the swap of the two documents' own jurisdictions (a third one named, 浙江 in a Haining clause, is text), as diff says.
    const own = [jurisdictionOf(base), jurisdictionOf(other)].filter((n): n is string => !!n);
    const places = placePattern(own, { levels: own[0] !== own[1] });
    const key = (t: string) => foldVariants(t).replace(places, '◇');
    const v = variantOnlyChanges(diff, key);
    total += diff.pairs.reduce((n, p) => n + p.changes.length, 0);
    found.push(...v.map((x) => `${b} ↔ ${o} ${x}`));
  }
  console.log(`all ${BUNDLED_PAIRS.length} bundled pairs                variant-only changes reported: ${found.length} of ${total} changes  (target 0)`);
  list('changes that are only variants', found);
}

// The law revision with a gold: 会计法 2017 → 2024 (alignment and numeric changes), read from ../shared/external at run time.
{
  const dir = path.resolve(projectRoot(), '..', 'shared', 'external', 'lawrefbook', '经济法');
  const [old, now] = ['会计法(2017-11-04).md', '会计法(2024-06-28).md'].map((f) => path.join(dir, f));
  console.log('');
  if (!fs.existsSync(old!) || !fs.existsSync(now!)) console.log(`会计法 2017 → 2024: ${dir} not found — skipped`);
  else {
    const { diff, base, other, alignment } = diffPair(old!, now!);
    const { S, P } = loadGoldPairs('kuaiji.align.json', true);
    const bigram = alignByBigramsGreedy(base.parsed, other.parsed);
    // The law gold pairs articles (its unit is the article): chapter links are not scored.
    const articles = (a: Alignment) => ({ ...scored(a), links: scored(a).links.filter((l) => ![...l.base, ...l.other].some((id) => id.startsWith('s'))) });
    console.log(`${'会计法 2017 ↔ 2024'.padEnd(38)}${'policydiff'.padEnd(16)}${fmt(scoreAlignment(expandPairs(articles(alignment).links), S, P))}`);
    console.log(`${''.padEnd(38)}${'bigram-greedy'.padEnd(16)}${fmt(scoreAlignment(expandPairs(articles(bigram).links), S, P))}`);
    const ours = expandPairs(articles(alignment).links);
    list('links not in gold', [...ours].filter((p) => !P.has(p)));
    list('sure links missed', [...S].filter((p) => !ours.has(p)));
    const gold = readGold('kuaiji.changes.json', GoldChanges);
    const numeric = scoreNumericChanges(diff, gold, true);
    console.log(`${'会计法 2017 ↔ 2024'.padEnd(38)}numeric changes: precision ${numeric.precision.toFixed(3)}  recall ${numeric.recall.toFixed(3)}  (${numeric.predicted} reported, ${numeric.gold} in gold; targets ≥0.90 / ≥0.95)`);
    list('in gold but not reported', numeric.missed);
    list('reported but not in gold', numeric.unmatched);
    const renumbered = new Set(diff.pairs.filter((p) => p.renumbered).map((p) => `${p.base[0]}|${p.other[0]}`));
    const unchanged = (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'alignments', 'gold', 'kuaiji.changes.json'), 'utf8')) as { unchangedRenumbered: Array<[number, number]> }).unchangedRenumbered;
    const found = unchanged.filter(([b, o]) => renumbered.has(`c${b}|c${o}`)).length;
    console.log(`${''.padEnd(38)}unchanged renumbered articles reported identical + renumbered: ${found} of ${unchanged.length}  (target all)`);
    const amendment = scoreAmendment(draftAmendment(diff, base.parsed, other.parsed), gold, base.parsed, other.parsed);
    console.log(`${''.padEnd(38)}amendment (--format amendment): ${amendment.covered} of ${amendment.changed} changed articles drafted, ${amendment.invented.length} items on unchanged articles  (target all, 0)`);
    list('changed articles with no item', amendment.missed);
    list('items on articles the gold leaves unchanged', amendment.invented);
  }
}

// The external part: the outline of every law in a folder of real texts (../shared/external/lawrefbook, or `npm run eval -- --external DIR`).
{
  const at = process.argv.indexOf('--external');
  console.log('');
  evalExternal(at >= 0 && process.argv[at + 1] ? [process.argv[at + 1]!] : []);
}
