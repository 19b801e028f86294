// `npm run bench`: aligns a seeded synthetic corpus of county documents with hangzhou-2024, then builds families over all of them.
import { alignDocuments } from '../src/align/align-documents.js';
import { makeMasker } from '../src/align/mask-text.js';
import { expandPairs, scoreAlignment } from '../src/align/score-alignment.js';
import { DEFAULT_PERTURBATION, seededRandom, synthesizeDocument } from '../src/bench/synthesize-document.js';
import { extractDocumentFacts } from '../src/extract/extract-document-facts.js';
import { buildFamilies, type FamilyMember, familyMember } from '../src/families/build-families.js';
import type { Alignment } from '../src/model/alignment.js';
import { normalizeDocument } from '../src/normalize/normalize-document.js';
import { parseDocument } from '../src/parse/parse-document.js';
import { alignLoaded, jurisdictionNames, jurisdictionOf, type LoadedDocument, loadDocument } from '../src/pipeline.js';
import { segmentText } from '../src/segment/segment-text.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const COUNT = option('--docs', 1000);
const SEED = option('--seed', 20240214);
const ANCHOR = 'hangzhou-2024';
const SOURCES = ['jiande-2024', 'quzhou-2024', 'haining-2024-draft', 'hangzhou-2024-draft', 'hangzhou-2024'];
/** County-level names of Zhejiang, given to the synthetic documents in turn. */
const COUNTIES = `淳安县 桐庐县 临安区 富阳区 萧山区 余杭区 临平区 钱塘区 象山县 宁海县 余姚市 慈溪市 永嘉县 平阳县 苍南县 文成县 泰顺县 瑞安市 乐清市 龙港市
德清县 长兴县 安吉县 嘉善县 海盐县 桐乡市 平湖市 新昌县 诸暨市 嵊州市 武义县 浦江县 磐安县 兰溪市 义乌市 东阳市 永康市 常山县 开化县 龙游县
江山市 岱山县 嵊泗县 三门县 天台县 仙居县 温岭市 临海市 玉环市 青田县 缙云县 遂昌县 松阳县 云和县 庆元县 景宁县 龙泉市`.split(/\s+/);

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

const [, startMs] = time(() => segmentText('预热'));
const anchor = loadDocument(ANCHOR);
const sources = SOURCES.map((id) => {
  const doc = id === ANCHOR ? anchor : loadDocument(id);
  const truth: Alignment =
    id === ANCHOR
      ? { base: ANCHOR, other: ANCHOR, links: [...anchor.parsed.sections.map((s) => s.id), ...anchor.parsed.clauses.map((c) => c.id)].map((u) => ({ base: [u], other: [u], score: 1, status: 'auto' as const })), baseOnly: [], otherOnly: [] }
      : alignLoaded(anchor, doc).alignment;
  return { doc, jurisdiction: jurisdictionOf(doc) ?? '', truth };
});
const names = [...jurisdictionNames(anchor), ...COUNTIES];
const mask = makeMasker(names);

console.log(`PolicyDiff benchmark: ${COUNT} synthetic county documents (seed ${SEED}) aligned with ${ANCHOR}, then families over all.`);
console.log(`Perturbation per clause: ${Object.entries(DEFAULT_PERTURBATION).map(([k, v]) => `${k} ${v}`).join(', ')}.\n`);

const random = seededRandom(SEED);
let generateMs = 0;
let parseMs = 0;
let alignMs = 0;
let clauses = 0;
let A = 0;
let S = 0;
let hitS = 0;
const members: FamilyMember[] = [];
for (let n = 0; n < COUNT; n++) {
  const source = sources[n % sources.length]!;
  const county = COUNTIES[n % COUNTIES.length]!;
  const [synthetic, g] = time(() => synthesizeDocument(source.doc.parsed, source.jurisdiction, county, random));
  generateMs += g;
  const id = `synthetic-${String(n + 1).padStart(4, '0')}`;
  const [doc, p] = time((): LoadedDocument => {
    const normalized = normalizeDocument(id, synthetic.text);
    return { source: { id, file: `<synthetic ${id}>`, entry: null, format: 'txt', encoding: 'utf-8', raw: synthetic.text }, normalized, parsed: extractDocumentFacts(parseDocument(normalized)) };
  });
  parseMs += p;
  clauses += doc.parsed.clauses.length;
  const [alignment, a] = time(() => {
    const { matrix: _m, ...result } = alignDocuments(anchor.parsed, doc.parsed, names);
    return result;
  });
  alignMs += a;
  // The truth: the source's links to the anchor, carried through the perturbation.
  const expected = new Set<string>();
  for (const [unit, origins] of synthetic.origin) {
    for (const l of source.truth.links) if (l.status !== 'rejected' && l.other.some((o) => origins.includes(o))) for (const b of l.base) expected.add(`${b}|${unit}`);
  }
  const predicted = expandPairs(alignment.links.filter((l) => !l.base.includes('preamble') && !l.base.includes('closing')));
  const score = scoreAlignment(predicted, expected, expected);
  A += score.predicted;
  S += score.sure;
  hitS += Math.round(score.recall * score.sure);
  members.push(familyMember(doc, alignment, mask));
  if (process.stderr.isTTY && (n + 1) % 50 === 0) process.stderr.write(`\r${n + 1}/${COUNT}`);
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
const [table, familyMs] = time(() => buildFamilies(anchor, members));
const shared = table.families.filter((f) => f.id.includes(':') && Object.values(f.members).filter((m) => m.ids.length).length > 1).length;
const peak = process.resourceUsage().maxRSS * 1024;

const precision = A ? hitS / A : 1;
const recall = S ? hitS / S : 1;
const rows: Array<[string, string]> = [
  ['jieba dictionary load', seconds(startMs)],
  [`generate ${COUNT} documents`, seconds(generateMs)],
  [`normalize, parse, extract (${clauses} clauses)`, seconds(parseMs)],
  [`align ${COUNT} documents with ${ANCHOR}`, `${seconds(alignMs)}  (${(alignMs / COUNT).toFixed(1)} ms each; target ≤ 20 s)`],
  ['families over all documents', `${seconds(familyMs)}  (${table.families.length} families, ${shared} shared by several documents without an anchor clause)`],
  ['total', seconds(startMs + generateMs + parseMs + alignMs + familyMs)],
  ['peak RSS', `${mb(peak)}  (target ≤ 1 GB)`],
  ['alignment against the perturbation truth', `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, AER ${(1 - (2 * hitS) / (A + S)).toFixed(3)}`],
];
for (const [k, v] of rows) console.log(`${k.padEnd(48)}${v}`);
