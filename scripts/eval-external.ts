// External part of `npm run eval`: parses every markdown law of ../shared/external/lawrefbook and scores its outline.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeDocument } from '../src/normalize/normalize-document.js';
import { parseDocument } from '../src/parse/parse-document.js';
import { type OutlineScore, scoreOutline } from '../src/eval/score-outline.js';

export const DEFAULT_EXTERNAL = '../shared/external/lawrefbook';

export interface ExternalResult {
  file: string;
  score: OutlineScore | null;
  error: string | null;
  problem: string | null;
}

export interface ExternalEval {
  folder: string;
  documents: number;
  exact: number;
  exactShare: number;
  articlesPrinted: number;
  articlesFound: number;
  titlesRight: number;
  withOutside: number;
  withoutArticles: number;
  failures: number;
  rest: ExternalResult[];
  results: ExternalResult[];
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...markdownFiles(p));
    else if (e.isFile() && e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

const list = (ids: string[]) => ids.slice(0, 6).join(',') + (ids.length > 6 ? ` (+${ids.length - 6} more)` : '');

function describe(s: OutlineScore): string | null {
  const parts: string[] = [];
  if (s.missing.length) parts.push(`missing ${list(s.missing)}`);
  if (s.extra.length) parts.push(`extra ${list(s.extra)}`);
  if (!s.titleRight) parts.push(`title "${s.title}" ≠ "${s.expectedTitle}"`);
  if (s.outside.outsideChars) {
    const f = s.outside.firstOutside;
    parts.push(`outside ${(s.outsideShare * 100).toFixed(1)}%${f ? ` from line ${f.line}: "${f.text}"` : ''}`);
  }
  return parts.length ? parts.join('; ') : null;
}

/** Parses and scores every .md file under the folder; logs the summary and up to 60 documents that are not exactly right. */
export function runExternalEval(folder: string, log: (line: string) => void, progress: (line: string) => void = () => {}): ExternalEval {
  const files = markdownFiles(folder);
  const results: ExternalResult[] = [];
  files.forEach((file, i) => {
    const rel = path.relative(folder, file);
    try {
      const raw = fs.readFileSync(file, 'utf8');
      const normalized = normalizeDocument(path.basename(file, '.md'), raw);
      const parsed = parseDocument(normalized);
      const score = scoreOutline(raw, parsed, normalized);
      results.push({ file: rel, score, error: null, problem: describe(score) });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      results.push({ file: rel, score: null, error: message, problem: `failed: ${message}` });
    }
    if ((i + 1) % 200 === 0) progress(`external: ${i + 1}/${files.length}`);
  });
  const scored = results.flatMap((r) => (r.score ? [r.score] : []));
  const rest = results.filter((r) => r.problem !== null);
  const ev: ExternalEval = {
    folder,
    documents: results.length,
    exact: results.length - rest.length,
    exactShare: results.length ? (results.length - rest.length) / results.length : 0,
    articlesPrinted: scored.reduce((n, s) => n + s.articlesPrinted, 0),
    articlesFound: scored.reduce((n, s) => n + s.articlesFound, 0),
    titlesRight: scored.filter((s) => s.titleRight).length,
    withOutside: scored.filter((s) => s.outside.outsideChars > 0).length,
    withoutArticles: scored.filter((s) => s.articlesPrinted === 0).length,
    failures: results.filter((r) => r.error !== null).length,
    rest,
    results,
  };
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '0.0');
  log(`External documents (${folder}): outline against the articles printed`);
  log(`  documents                 ${ev.documents}`);
  log(`  exactly right             ${ev.exact} (${pct(ev.exact, ev.documents)}%; target ≥ 99%)`);
  log(`  articles printed / found  ${ev.articlesPrinted} / ${ev.articlesFound}`);
  log(`  titles right              ${ev.titlesRight} of ${ev.documents}`);
  log(`  text outside units        ${ev.withOutside} documents (target 0)`);
  log(`  no articles printed       ${ev.withoutArticles} documents (decisions, amendments: not laws in articles)`);
  log(`  failed to parse           ${ev.failures}`);
  if (rest.length) {
    log(`  not exactly right (${rest.length}${rest.length > 60 ? ', first 60' : ''}):`);
    for (const r of rest.slice(0, 60)) log(`    ${r.file}: ${r.problem}`);
  }
  return ev;
}

/** `[folder] [--out FILE]`: runs the external part on the folder (the shared laws by default), or says it is skipped when there is none. */
export function evalExternal(argv: string[]): void {
  let out: string | null = null;
  let folderArg: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i] ?? null;
    else folderArg = argv[i]!;
  }
  const shown = folderArg ?? DEFAULT_EXTERNAL;
  const folder = path.resolve(process.cwd(), shown);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    console.log(`external: ${shown} not found — the external part is skipped (give a folder to run it)`);
    return;
  }
  const started = Date.now();
  const ev = runExternalEval(folder, (l) => console.log(l), (l) => process.stderr.write(`${l}\n`));
  process.stderr.write(`external: ${ev.documents} files in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (out) {
    fs.writeFileSync(out, ev.rest.map((r) => `${r.file}\t${r.problem}\n`).join(''));
    console.log(`  full list of ${ev.rest.length} written to ${out}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) evalExternal(process.argv.slice(2));
