// Loads who a fine applies to, what sets its tier and the sentences measured in time (penalty-terms.tsv): 单位 …; 情节严重 …; 有期徒刑.
import { wordsByKind } from './read-lexicon.js';

export interface PenaltyTerms {
  /** Longest first, so 直接负责的主管人员和其他直接责任人员 wins over 直接负责的主管人员. */
  parties: string[];
  /** What ends the name of a party the table does not list (认证机构, 物业服务企业, 机动车驾驶人): 机构, 企业, 驾驶人 …. */
  partyKinds: string[];
  tiers: string[];
  /** Sentences measured in time (有期徒刑, 拘役): a bound may follow them (十年有期徒刑以上刑罚). */
  sentences: string[];
}

let cache: PenaltyTerms | null = null;

export function loadPenaltyTerms(): PenaltyTerms {
  if (cache) return cache;
  const { party, 'party-kind': partyKinds, tier, sentence } = wordsByKind('penalty-terms.tsv', ['party', 'party-kind', 'tier', 'sentence']);
  cache = { parties: party, partyKinds, tiers: tier, sentences: sentence };
  return cache;
}
