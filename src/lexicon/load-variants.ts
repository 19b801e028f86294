// Loads the reviewed variant table (variants.tsv) used for display reversal and comparison keys.
import { lexiconRows, readLexiconText } from './read-lexicon.js';

export interface VariantEntry {
  variant: string;
  mainland: string;
  /** Rewrite in the display text (true) or only fold in the comparison key (false). */
  reverse: boolean;
  note: string;
}

let cache: VariantEntry[] | null = null;

/** The variant table, longest variant first so phrases win over their words. */
export function loadVariants(): VariantEntry[] {
  if (cache) return cache;
  cache = parseVariantTable(readLexiconText('variants.tsv'));
  return cache;
}

export function parseVariantTable(tsv: string): VariantEntry[] {
  const entries: VariantEntry[] = [];
  for (const row of lexiconRows(tsv)) {
    const [variant, mainland, reverse, note = ''] = row;
    if (!variant || !mainland || (reverse !== 'yes' && reverse !== 'no')) {
      throw new Error(`variants.tsv: malformed line: ${row.join('\t')}`);
    }
    entries.push({ variant, mainland, reverse: reverse === 'yes', note });
  }
  return entries.sort((a, b) => b.variant.length - a.variant.length);
}
