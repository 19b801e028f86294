// Cold start of `policydiff diff hangzhou-2024-draft hangzhou-2024 --json`, against its floor: Node's own start plus the jieba dictionary load.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve('dist/bundle/main.js');
const ARGS = ['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--json'];
const JIEBA = "const t=performance.now();const {Jieba}=require('@node-rs/jieba');const {dict}=require('@node-rs/jieba/dict');Jieba.withDict(dict);process.stdout.write(String(performance.now()-t))";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall time of one process, in ms. */
function wall(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return performance.now() - t;
}

/** Lines for the bench report; `runs` processes of each kind. */
export function measureColdStart(runs = 9): string[] {
  if (!fs.existsSync(BIN)) return ['(dist/bundle/main.js missing: run npm run build first)'];
  const node = median(Array.from({ length: runs }, () => wall(['-e', '0'])));
  const jieba = median(Array.from({ length: runs }, () => Number(spawnSync(process.execPath, ['-e', JIEBA], { encoding: 'utf8' }).stdout)));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-bench-cache-'));
  const empty = median(
    Array.from({ length: Math.max(3, Math.floor(runs / 2)) }, (_, i) => wall([BIN, ...ARGS], { ...process.env, POLICYDIFF_CACHE: path.join(cacheDir, `empty-${i}`) })),
  );
  // A law's revision, cold (公司法 2018 → 2023, 218 ↔ 266 articles), where the shared laws are here: per article against the Hangzhou pair per clause.
  const law = (year: string) => path.resolve('..', 'shared', 'external', 'lawrefbook', '民法商法', `公司法(${year}).md`);
  const laws = [law('2018-10-26'), law('2023-12-29')];
  const lawCold = laws.every((f) => fs.existsSync(f))
    ? median(Array.from({ length: 3 }, (_, i) => wall([BIN, 'diff', ...laws, '--json'], { ...process.env, POLICYDIFF_CACHE: path.join(cacheDir, `law-${i}`) })))
    : null;
  const warmEnv = { ...process.env, POLICYDIFF_CACHE: path.join(cacheDir, 'warm') };
  wall([BIN, ...ARGS], warmEnv);
  const warm = median(Array.from({ length: runs }, () => wall([BIN, ...ARGS], warmEnv)));
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const floor = node + jieba;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows: Array<[string, string]> = [
    ['node start (node -e 0)', s(node)],
    ['jieba dictionary load, in process', s(jieba)],
    ['floor: the two together', s(floor)],
    ['diff --json, cache already holding the pair', `${s(warm)}  = ${(warm / floor).toFixed(1)}× the floor (target ≤ 0.60 s and ≤ 2×)`],
    ['diff --json, empty cache (first run on a pair)', `${s(empty)}  = ${(empty / floor).toFixed(1)}× the floor`],
  ];
  if (lawCold !== null) {
    // Per unit compared: the Hangzhou pair has 76 clauses a side, 公司法 218 and 266 articles.
    const perHangzhou = (empty - floor) / 76;
    const perLaw = (lawCold - floor) / ((218 + 266) / 2);
    rows.push(['diff --json 公司法 2018 ↔ 2023, empty cache', `${s(lawCold)}  = ${(perLaw / perHangzhou).toFixed(1)}× the Hangzhou pair's time per unit, above the floor (target ≤ 2×)`]);
  }
  return rows.map(([k, v]) => `${k.padEnd(48)}${v}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Cold start of policydiff ${ARGS.join(' ')} (median of 9 processes):`);
  for (const l of measureColdStart()) console.log(l);
}
