// Reads a reviewed table of src/lexicon/ (sorted TSV, `#` comments): its path, its text, and its rows split into cells.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The path of a table in src/lexicon/ (the bundle and the sources both find it from the project root). */
export function lexiconPath(name: string): string {
  return fileURLToPath(new URL(`../../src/lexicon/${name}`, import.meta.url));
}

export function readLexiconText(name: string): string {
  return fs.readFileSync(lexiconPath(name), 'utf8');
}

/** The rows of a table: every line that is not blank or a `#` comment, split on tabs. */
export function lexiconRows(tsv: string): string[][] {
  return tsv
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/**
 * The words of a two-column table (word, kind) grouped by kind, each group longest first (so 直接负责的主管人员和其他直接责任人员 wins
 * over 直接负责的主管人员); a row of any other kind is a malformed line.
 */
export function wordsByKind<K extends string>(name: string, kinds: readonly K[]): Record<K, string[]> {
  const rows = lexiconRows(readLexiconText(name));
  for (const r of rows) if (!kinds.includes(r[1] as K)) throw new Error(`${name}: malformed line: ${r.join('\t')}`);
  const out = {} as Record<K, string[]>;
  for (const k of kinds) out[k] = rows.filter((r) => r[1] === k).map((r) => r[0]!).sort((a, b) => b.length - a.length);
  return out;
}
