// Loads what a multiple can be a multiple of (multiple-bases.tsv): 违法所得, 货值金额, 营业额 …, longest first.
import { lexiconRows, readLexiconText } from './read-lexicon.js';

let cache: string[] | null = null;

export function loadMultipleBases(): string[] {
  if (cache) return cache;
  cache = lexiconRows(readLexiconText('multiple-bases.tsv'))
    .map(([word]) => word!)
    .sort((a, b) => b.length - a.length);
  return cache;
}
