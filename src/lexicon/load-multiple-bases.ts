// Loads what a multiple can be a multiple of (multiple-bases.tsv): whole names (违法所得, 货值金额) and the endings of others (…费用, …收入).
import { lexiconRows, readLexiconText } from './read-lexicon.js';

export interface MultipleBases {
  /** Whole names, longest first. */
  names: string[];
  /** Endings of a name whose words before them name it (广告费用, 销售收入), longest first. */
  suffixes: string[];
}

let cache: MultipleBases | null = null;

export function loadMultipleBases(): MultipleBases {
  if (cache) return cache;
  const rows = lexiconRows(readLexiconText('multiple-bases.tsv'));
  const of = (kind: string) => rows.filter((r) => r[1] === kind).map((r) => r[0]!).sort((a, b) => b.length - a.length);
  for (const r of rows) if (r[1] !== 'base' && r[1] !== 'suffix') throw new Error(`multiple-bases.tsv: malformed line: ${r.join('\t')}`);
  cache = { names: of('base'), suffixes: of('suffix') };
  return cache;
}
