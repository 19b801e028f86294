// Loads who a fine applies to and what sets its tier (penalty-terms.tsv): 单位, 直接负责的主管人员和其他直接责任人员 …; 情节严重 …
import { lexiconRows, readLexiconText } from './read-lexicon.js';

export interface PenaltyTerms {
  /** Longest first, so 直接负责的主管人员和其他直接责任人员 wins over 直接负责的主管人员. */
  parties: string[];
  tiers: string[];
}

let cache: PenaltyTerms | null = null;

export function loadPenaltyTerms(): PenaltyTerms {
  if (cache) return cache;
  const rows = lexiconRows(readLexiconText('penalty-terms.tsv'));
  const of = (role: string) => rows.filter((r) => r[1] === role).map((r) => r[0]!).sort((a, b) => b.length - a.length);
  for (const r of rows) if (r[1] !== 'party' && r[1] !== 'tier') throw new Error(`penalty-terms.tsv: malformed line: ${r.join('\t')}`);
  cache = { parties: of('party'), tiers: of('tier') };
  return cache;
}
