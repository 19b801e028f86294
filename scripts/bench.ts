// `npm run bench`: aligns a seeded synthetic corpus of county documents with hangzhou-2024, then builds families over all of them.
import { alignDocuments } from '../src/align/align-documents.js';
import { makeMasker } from '../src/align/mask-text.js';
import { expandPairs, scoreAlignment } from '../src/align/score-alignment.js';
import { BENCH_ANCHOR, loadSynthetic, syntheticCorpus } from '../src/bench/synthetic-corpus.js';
import { DEFAULT_PERTURBATION } from '../src/bench/synthesize-document.js';
import { buildFamilies, type FamilyMember, familyMember } from '../src/families/build-families.js';
import { segmentText } from '../src/segment/segment-text.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const COUNT = option('--docs', 1000);
const SEED = option('--seed', 20240214);

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

const [, startMs] = time(() => segmentText('预热'));
const [corpus, setupMs] = time(() => syntheticCorpus());
const { anchor, names } = corpus;
const mask = makeMasker(names);

console.log(`PolicyDiff benchmark: ${COUNT} synthetic county documents (seed ${SEED}) aligned with ${BENCH_ANCHOR}, then families over all.`);
console.log(`Perturbation per clause: ${Object.entries(DEFAULT_PERTURBATION).map(([k, v]) => `${k} ${v}`).join(', ')}.\n`);

let generateMs = 0;
let parseMs = 0;
let alignMs = 0;
let clauses = 0;
let predictedPairs = 0;
let truePairs = 0;
let found = 0;
const members: FamilyMember[] = [];
const entries = corpus.entries(COUNT, SEED);
for (let n = 0; n < COUNT; n++) {
  const [entry, g] = time(() => entries.next().value!);
  generateMs += g;
  const [doc, p] = time(() => loadSynthetic(entry));
  parseMs += p;
  clauses += doc.parsed.clauses.length;
  const [alignment, a] = time(() => {
    const { matrix: _m, ...result } = alignDocuments(anchor.parsed, doc.parsed, names);
    return result;
  });
  alignMs += a;
  const predicted = expandPairs(alignment.links.filter((l) => !l.base.includes('preamble') && !l.base.includes('closing')));
  const score = scoreAlignment(predicted, entry.truth, entry.truth);
  predictedPairs += score.predicted;
  truePairs += score.sure;
  found += Math.round(score.recall * score.sure);
  members.push(familyMember(doc, alignment, mask));
  if (process.stderr.isTTY && (n + 1) % 50 === 0) process.stderr.write(`\r${n + 1}/${COUNT}`);
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
const [table, familyMs] = time(() => buildFamilies(anchor, members));
const shared = table.families.filter((f) => f.id.includes(':') && Object.values(f.members).filter((m) => m.ids.length).length > 1).length;
const peak = process.resourceUsage().maxRSS * 1024;

const rows: Array<[string, string]> = [
  ['jieba dictionary load', seconds(startMs)],
  ['load the anchor and the 5 source documents', seconds(setupMs)],
  [`generate ${COUNT} documents`, seconds(generateMs)],
  [`normalize, parse, extract (${clauses} clauses)`, seconds(parseMs)],
  [`align ${COUNT} documents with ${BENCH_ANCHOR}`, `${seconds(alignMs)}  (${(alignMs / COUNT).toFixed(1)} ms each; target ≤ 20 s)`],
  ['families over all documents', `${seconds(familyMs)}  (${table.families.length} families, ${shared} shared by several documents without an anchor clause)`],
  ['total', seconds(startMs + setupMs + generateMs + parseMs + alignMs + familyMs)],
  ['peak RSS', `${mb(peak)}  (target ≤ 1 GB)`],
  [
    'alignment against the perturbation truth',
    `precision ${(found / predictedPairs).toFixed(3)}, recall ${(found / truePairs).toFixed(3)}, AER ${(1 - (2 * found) / (predictedPairs + truePairs)).toFixed(3)}`,
  ],
];
for (const [k, v] of rows) console.log(`${k.padEnd(48)}${v}`);
