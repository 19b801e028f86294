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
