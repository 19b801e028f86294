// Loads the marks that open and close (brackets.tsv): the closing mark of each opening one.
import { lexiconRows, readLexiconText } from './read-lexicon.js';

let cache: ReadonlyMap<string, string> | null = null;

export function loadBrackets(): ReadonlyMap<string, string> {
  if (cache) return cache;
  const out = new Map<string, string>();
  for (const row of lexiconRows(readLexiconText('brackets.tsv'))) {
    const [open, close] = row;
    if (!open || !close || [...open].length !== 1 || [...close].length !== 1) throw new Error(`brackets.tsv: malformed line: ${row.join('\t')}`);
    out.set(open, close);
  }
  cache = out;
  return out;
}
