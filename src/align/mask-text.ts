// The similarity key of a text (normalize/comparison-key.ts, numbers masked too) and the pattern of the place words it masks.
import { escapeRegExp } from '../normalize/reverse-vocabulary.js';
import { comparisonKeyText } from '../normalize/comparison-key.js';
import { wordsByKind } from '../lexicon/read-lexicon.js';

/** Generic place words (全市, 县（市、区）) and levels of government (市级, 县级), from place-words.tsv. */
const { generic: GENERIC_PLACES, level: LEVELS } = wordsByKind('place-words.tsv', ['generic', 'level']);

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
