// Comparison key for similarity: variants folded, numbers and jurisdiction names masked.
import { escapeRegExp, foldVariants } from '../normalize/reverse-vocabulary.js';

const GENERIC_PLACES = [
  '区、县（市）', '区县（市）', '县（市、区）', '县（市）', '乡镇（街道）', '镇（街道）', '镇、乡',
  '全市', '我市', '本市', '全省', '我省', '全县', '我县', '全区',
];
/** Levels of government: a county plan says 县级 where its city says 市级, but within one jurisdiction (县级以上 → 市级以上) they differ. */
const LEVELS = ['市本级', '市级', '县级', '区级'];

/** Builds a masker for a set of jurisdiction names (杭州市 → also 杭州). */
export function makeMasker(jurisdictions: Iterable<string>): (text: string) => string {
  const places = placePattern(jurisdictions);
  return (text: string) =>
    foldVariants(text)
      .replace(places, '◇')
      .replace(/\d+(?:\.\d+)?/g, '#');
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
