// Loads what a multiple can be a multiple of (multiple-bases.tsv): whole names (违法所得, 货值金额) and the endings of others (…费用, …收入).
import { wordsByKind } from './read-lexicon.js';

export interface MultipleBases {
  /** Whole names, longest first. */
  names: string[];
  /** Endings of a name whose words before them name it (广告费用, 销售收入), longest first. */
  suffixes: string[];
}

let cache: MultipleBases | null = null;

export function loadMultipleBases(): MultipleBases {
  if (cache) return cache;
  const { base, suffix } = wordsByKind('multiple-bases.tsv', ['base', 'suffix']);
  cache = { names: base, suffixes: suffix };
  return cache;
}
