// Loads the words written with a numeral that are no quantity (not-quantities.tsv): 一次性, 三次采油, 三轮汽车.
import { escapeRegExp } from '../normalize/reverse-vocabulary.js';
import { lexiconRows, readLexiconText } from './read-lexicon.js';

let cache: RegExp | null = null;

/** The words of not-quantities.tsv at the start of a text, longest first. */
export function notQuantityWords(): RegExp {
  if (cache) return cache;
  const words = lexiconRows(readLexiconText('not-quantities.tsv')).map((r) => r[0]!);
  if (words.some((w) => !w)) throw new Error('not-quantities.tsv: malformed line');
  cache = new RegExp(`^(?:${words.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`);
  return cache;
}
