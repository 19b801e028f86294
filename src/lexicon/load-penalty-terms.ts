// Loads who a fine applies to and what sets its tier (penalty-terms.tsv): 单位, 直接负责的主管人员和其他直接责任人员 …; 情节严重 …
import { wordsByKind } from './read-lexicon.js';

export interface PenaltyTerms {
  /** Longest first, so 直接负责的主管人员和其他直接责任人员 wins over 直接负责的主管人员. */
  parties: string[];
  tiers: string[];
}

let cache: PenaltyTerms | null = null;

export function loadPenaltyTerms(): PenaltyTerms {
  if (cache) return cache;
  const { party, tier } = wordsByKind('penalty-terms.tsv', ['party', 'tier']);
  cache = { parties: party, tiers: tier };
  return cache;
}
