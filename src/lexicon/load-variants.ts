// Loads the reviewed variant table (variants.tsv) used for display reversal and comparison keys.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

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
  const file = fileURLToPath(new URL('../../src/lexicon/variants.tsv', import.meta.url));
  cache = parseVariantTable(fs.readFileSync(file, 'utf8'));
  return cache;
}

export function parseVariantTable(tsv: string): VariantEntry[] {
  const entries: VariantEntry[] = [];
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [variant, mainland, reverse, note = ''] = line.split('\t');
    if (!variant || !mainland || (reverse !== 'yes' && reverse !== 'no')) {
      throw new Error(`variants.tsv: malformed line: ${line}`);
    }
    entries.push({ variant, mainland, reverse: reverse === 'yes', note });
  }
  return entries.sort((a, b) => b.variant.length - a.variant.length);
}
