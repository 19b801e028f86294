// The similarity key of a text (normalize/comparison-key.ts, numbers masked too) and the pattern of the place words it masks.
import { escapeRegExp } from '../normalize/reverse-vocabulary.js';
import { comparisonKeyText } from '../normalize/comparison-key.js';
import { wordsByKind } from '../lexicon/read-lexicon.js';

/** Generic place words (全市, 县（市、区）), levels of government (市级, 县级) and what bodies' names end in (局, 财政), from place-words.tsv. */
const { generic: GENERIC_PLACES, level: LEVELS, body: BODIES } = wordsByKind('place-words.tsv', ['generic', 'level', 'body']);
/** How far the end of a body's name may stand from its level letter (市经济和信息化局: 8). */
const BODY_NAME = 8;

/** Builds a masker for a set of jurisdiction names (杭州市 → also 杭州). */
export function makeMasker(jurisdictions: Iterable<string>): (text: string) => string {
  const places = placePattern(jurisdictions);
  return (text: string) => comparisonKeyText(text, { places, numbers: true });
}

/**
 * One global regex for the jurisdiction names and the generic place words (全市, 区、县（市）…), longest first; `levels: false`
 * leaves the levels of government (市级, 县级) out, for two texts of one jurisdiction.
 */
export function placePattern(jurisdictions: Iterable<string>, opts: { levels?: boolean } = {}): RegExp {
  const names = new Set<string>();
  for (const j of jurisdictions) {
    if (!j) continue;
    names.add(j);
    const short = j.replace(/(?:市|省|县|区)$/, '');
    if (short.length >= 2) names.add(short);
  }
  const words = [...names, ...GENERIC_PLACES, ...(opts.levels === false ? [] : LEVELS)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(words.join('|'), 'g');
}

/**
 * Between two jurisdictions of different levels, the level letter that opens each one's own bodies (市经信局 / 县经信局, 市财政局 /
 * 县财政局): read in who leads and who is responsible only, where a plan names its own bodies. In the text 市财政 and 县财政 may be
 * the city and the county both (市财政承担60%，县财政承担40%): there the letter stays. Null where the levels are the same.
 */
export function ownBodyPattern(jurisdictions: Iterable<string>): RegExp | null {
  const own = [...new Set([...jurisdictions].map((j) => j.slice(-1)).filter((c) => /^[省市县区]$/.test(c)))];
  if (own.length < 2) return null;
  const bodies = [...BODIES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return new RegExp(`^[${own.join('')}](?!场)(?=[\u4e00-\u9fff]{0,${BODY_NAME}}?(?:${bodies})$)`);
}
