// Loads the marks that open and close (brackets.tsv): the closing mark of each opening one, and the marks a text leaves owed.
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

/**
 * Reads a text's brackets onto a stack of the closing marks still owed, innermost last (（国家“ leaves ）” on it): an opening mark
 * pushes its closing one, the closing mark owed last pops it. Returns the stack.
 */
export function oweClosingMarks(stack: string[], text: string): string[] {
  const closeOf = loadBrackets();
  for (const ch of text) {
    const close = closeOf.get(ch);
    if (close) stack.push(close);
    else if (stack[stack.length - 1] === ch) stack.pop();
  }
  return stack;
}
