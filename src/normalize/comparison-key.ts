// How a text becomes its comparison key — the one home of it: variants folded, place names masked, and what else each stage masks.
//
// Two texts whose keys are equal differ by variants alone. The stages ask for what they need:
// - align (similarity of clauses, align/mask-text.ts) and figure pairing (diff/pair-numbers.ts) mask numbers too: two clauses alike
//   but for their figures carry the same item;
// - diff (diff/tokenize-text.ts, through `comparisonKey`, with a map back to the display text) and the amendment's test of an unchanged
//   款 (diff/draft-amendment.ts) keep numbers, unify quote marks, mask the numbers of items at the start of a line and read a
//   citation of a renumbered article by its new number.
// What the key cannot say is kept out of changes where the diff classifies edits: punctuation-only and place-only hunks
// (diff/classify-hunk.ts, diff/diff-passages.ts quietPunctuation) and script conversions (normalize/, reported per pair).
import { TrackedText } from './tracked-text.js';
import { foldVariant, variantKeyPattern } from './reverse-vocabulary.js';
import { loadUnits } from '../lexicon/load-units.js';

const CN = '[零〇一二三四五六七八九十百千]';
/** What names another act just before a citation: 《行政处罚法》第三条, 行政诉讼法第三条, 专利合作条约第二十三条 (本法, 本条例 name this one). */
const OTHER_ACT = '》|(?<!本)(?:法|条例|规定|办法|细则|条约|公约|协定)';
/** A cited article with the 款 and 项 it may name (第二十六条第一款第（三）项), and what joins it to the next in a chain. */
const CITED = `第${CN}+条(?:之${CN}+)?(?:第${CN}+款)?(?:第[（(]${CN}+[）)]项)?(?:、|和|或者|及|以及|至)`;
/**
 * A cited article (第十八条, 第十二条之一), with what stands just before it when that names another act (《行政处罚法》第三条,
 * 行政诉讼法第三条): those are not this text's articles. 本法, 本条例 … and a bare 第X条 are.
 */
const ARTICLE_REFERENCE = new RegExp(`(${OTHER_ACT})?(第${CN}+条(?:之${CN}+)?)`, 'g');
/** The citations of another act before an article cited after them in one chain (专利法第一条和|第三条): that act's too. */
const OTHER_ACT_CHAIN = new RegExp(`(?:${OTHER_ACT})(?:${CITED})+$`);

/** The printed number of an item at the start of a line: （三）, （3）, 3. (not the 3. of 3.5%). */
export const ITEM_LABEL_AT_LINE_START = /(?<=^|\n)(?:（[零〇一二三四五六七八九十百]{1,5}）|（\d{1,3}）|\d{1,3}[.．、](?!\d))/;
const ITEM_LABEL = new RegExp(`(^|\\n)(?:${ITEM_LABEL_AT_LINE_START.source.replace('(?<=^|\\n)', '')})`, 'g');
const NUMBER = /\d+(?:\.\d+)?/g;
let cnQuantity: RegExp | undefined;
/**
 * A number in Chinese numerals before a multiplier or unit of units.tsv (五十万元, 三十日, 一倍): masked as a figure in Arabic is.
 * Told by the unit's first character, which is enough for a similarity key and keeps it one character class.
 */
function cnQuantityPattern(): RegExp {
  if (cnQuantity) return cnQuantity;
  const { units, multipliers } = loadUnits();
  const first = new Set([...multipliers.map(([w]) => w[0]!), ...units.map(([w]) => w[0]!)].filter((c) => /\p{Script=Han}/u.test(c)));
  return (cnQuantity = new RegExp(`[零〇一二两三四五六七八九十百千]+(?=[${[...first].join('')}])`, 'g'));
}

/** What a masked jurisdiction name becomes in the key. */
export const PLACE_MARK = '◇';
/** What a masked number becomes in the key. */
export const NUMBER_MARK = '#';
/** An item's printed number at a line's start in the diff's key ((三) → （#）): it follows from the items before it. */
export const ITEM_NUMBER_MARK = '#';

export interface KeyOptions {
  /** Jurisdiction names and generic place words (align/mask-text.ts placePattern), each masked to ◇. */
  places: RegExp;
  /** Numbers masked to # (for similarity: the item, whatever its figures). */
  numbers?: boolean;
  /** 「」『』 as “”, 〈〉 as 《》, and the numbers of items at the start of a line (（三）, 3.) as （#） (for diffs). */
  marks?: boolean;
  /** Articles renumbered in the other text (第十八条 → 第十七条): a citation of one keys as its new number. */
  references?: ReadonlyMap<string, string>;
}

export interface KeyedText {
  key: string;
  /** toDisplay[i] = offset in the display text of key[i]; toDisplay[key.length] = display length. */
  toDisplay: Int32Array;
}

/** Anything the key's steps can be applied to: a plain string, or a TrackedText that maps each character back. */
interface Replaceable<T> {
  /** A function replacer gets the groups, then (as String.prototype.replace gives them) the match's offset and the whole text. */
  replace(re: RegExp, replacer: string | ((match: string, ...groups: any[]) => string)): T;
}

/** The steps of the key in their order, on a string or a tracked text. */
function applyKey<T extends Replaceable<T>>(text: T, opts: KeyOptions): T {
  const { re, map } = variantKeyPattern();
  let t = text;
  if (opts.references) {
    const refs = opts.references;
    // A cited article renumbered in the other document is cited by its new number there: 依照本法第十八条 keys as 第十七条.
    t = t.replace(ARTICLE_REFERENCE, (m, otherLaw: string, cited: string, at: number, whole: string) =>
      otherLaw || OTHER_ACT_CHAIN.test(whole.slice(Math.max(0, at - 80), at)) ? m : (refs.get(cited) ?? m),
    );
  }
  t = t.replace(new RegExp(re.source, 'g'), foldVariant(map)).replace(new RegExp(opts.places.source, 'g'), PLACE_MARK);
  if (opts.marks) {
    t = t
      .replace(/[「『]/g, '“')
      .replace(/[」』]/g, '”')
      .replace(/[〈]/g, '《')
      .replace(/[〉]/g, '》')
      // <中华人民共和国会计法> as older texts print a title inside a title; a sign before a figure (<35, also where the figure is
      // cut off as a token of its own) stays a comparator.
      .replace(/<(?![\s\d０-９.]|$)/g, '《')
      .replace(/(?<![\d０-９%.]\s*)>(?![\s\d０-９.]|$)/g, '》')
      // The number of an item (项 （三）, 目 3.) at the start of a line follows from the items before it: renumbered, it is no change.
      .replace(ITEM_LABEL, `$1（${ITEM_NUMBER_MARK}）`);
  }
  if (opts.numbers) t = t.replace(NUMBER, NUMBER_MARK).replace(cnQuantityPattern(), NUMBER_MARK);
  return t;
}

/** The key of a text, and where each of its characters stands in the display text (for diffs that show the display text). */
export function comparisonKey(display: string, opts: KeyOptions): KeyedText {
  const t = applyKey(new TrackedText(display), opts);
  return { key: t.text, toDisplay: t.offsets };
}

/** A plain string under the key's steps (no map back kept). */
class PlainText implements Replaceable<PlainText> {
  constructor(readonly text: string) {}
  replace(re: RegExp, replacer: string | ((match: string, ...groups: any[]) => string)): PlainText {
    return new PlainText(typeof replacer === 'string' ? this.text.replace(re, replacer) : this.text.replace(re, replacer as (m: string, ...g: any[]) => string));
  }
}

/** The key of a text alone (for similarity and pairing, where no map back is needed). */
export function comparisonKeyText(text: string, opts: KeyOptions): string {
  return applyKey(new PlainText(text), opts).text;
}

/** The key diffs compare: variants folded, places masked, marks unified, renumbered citations followed; numbers kept. */
export function keyText(display: string, places: RegExp, references?: ReadonlyMap<string, string>): KeyedText {
  return comparisonKey(display, { places, marks: true, references });
}
