// Loads the comparator words (comparators.tsv) and reads them around a figure: 不得超过 (at most), 低于 (strictly below), 以上 (at least).
import type { Comparator } from '../model/fact.js';
import { lexiconRows, readLexiconText } from './read-lexicon.js';

export interface Bound {
  comparator: Exclude<Comparator, 'range' | 'eq'>;
  /** The bound itself is excluded (低于5%, 超过三年). */
  strict: boolean;
}

export interface ComparatorWords {
  before: Map<string, Bound>;
  /** The before-words, longest first (最高不超过 ends with 超过, not 过). */
  beforeWords: string[];
  after: Map<string, Bound>;
  /** After-words read after a time limit only (五日前, 三十日以前: at least so long before). */
  afterDuration: Map<string, Bound>;
  negations: string[];
  /** A word that holds a comparator word but bounds nothing, where the number starts (最近|三年: 近 alone is about). */
  notBoundPattern: RegExp;
  /** Any chain of before-words ending where the number starts (最高不超过, 不得低于), with an optional 可/为/达 after it. */
  beforePattern: RegExp;
  /** An adverb with a short verb between it and the number (至少保存|二年, 最多连续支持|3年). */
  adverbPattern: RegExp;
  /** Words that bound a figure only where the sentence makes it a condition (达到百分之三十时, 达到三人的，). */
  conditions: Map<string, Bound>;
  /** A condition word anywhere in a text, with a negation before it, captured (未达到 | 应更新造林面积 | 50%的). */
  conditionPattern: RegExp;
  /** An after-duration word at the start of the text. */
  afterDurationPattern: RegExp;
  /** 人民币 between a comparator and its figure (不得少于人民币二百万元). */
  currencyWord: RegExp;
  /** A chain of before-words, then the thing a share is of, then 的, where the figure starts (低于营业收入的|5%). */
  sharePattern: RegExp;
  /** A chain of before-words, then what a multiple is of, where the figure starts (高于上年度职工月平均工资|三倍). */
  multiplePattern: RegExp;
  /** An after-word at the start of the text, with an optional （含）/（不含） before it. */
  afterPattern: RegExp;
  /** The same words at the start and end of a figure's text, for cutting its number out (最高150万元 → 150万元). */
  leadingPattern: RegExp;
  trailingPattern: RegExp;
  /** Any comparator words anywhere (global): a chain of before-words, or an after-word. */
  anyPattern: RegExp;
  /** A text made of comparator words only (and 可/按, which say nothing of the bound). */
  onlyPattern: RegExp;
}

let cache: ComparatorWords | null = null;

export function loadComparators(): ComparatorWords {
  if (cache) return cache;
  const before = new Map<string, Bound>();
  const after = new Map<string, Bound>();
  const afterDuration = new Map<string, Bound>();
  const conditions = new Map<string, Bound>();
  const adverbs: string[] = [];
  const negations: string[] = [];
  const notBound: string[] = [];
  for (const row of lexiconRows(readLexiconText('comparators.tsv'))) {
    const [word, place, comparator, strict] = row;
    if (!word || !place) throw new Error(`comparators.tsv: malformed line: ${row.join('\t')}`);
    if (place === 'negation' || place === 'not-bound') {
      (place === 'negation' ? negations : notBound).push(word);
      continue;
    }
    const places = ['before', 'after', 'adverb', 'after-duration', 'condition'];
    if (!places.includes(place) || (comparator !== 'max' && comparator !== 'min' && comparator !== 'approx')) {
      throw new Error(`comparators.tsv: malformed line: ${row.join('\t')}`);
    }
    const bound: Bound = { comparator, strict: strict === 'yes' };
    if (place === 'adverb') adverbs.push(word);
    (place === 'after' ? after : place === 'after-duration' ? afterDuration : place === 'condition' ? conditions : before).set(word, bound);
  }
  const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  const chain = `(?:(?:${alt(negations)})?(?:${alt(before.keys())}))+`;
  const afterWords = `(?:（不?含）|\\(不?含\\))?(?:${alt(after.keys())})`;
  cache = {
    before,
    beforeWords: [...before.keys()].sort((a, b) => b.length - a.length),
    after,
    afterDuration,
    negations,
    notBoundPattern: notBound.length ? new RegExp(`(?:${alt(notBound)})$`) : /(?!)/,
    beforePattern: new RegExp(`(${chain})(?:可|为|达)?$`),
    adverbPattern: new RegExp(`(${alt(adverbs)})(?:可)?[\\p{Script=Han}]{1,4}$`, 'u'),
    conditions,
    conditionPattern: conditions.size ? new RegExp(`((?:${alt(negations)})?(?:${alt(conditions.keys())}))`) : /(?!)/,
    afterDurationPattern: new RegExp(`^(?:${alt(afterDuration.keys())})`),
    currencyWord: /人民币$/,
    // …的 or …后, or a rate, sum or standard named without 的 (不高于同期贷款市场报价利率（LPR）50%).
    // A bracketed word (销售(营业)收入) or a cited article (本条例第六十条规定折旧年限的) may stand in the name.
    sharePattern: new RegExp(
      `(${chain})(?:(?![零〇一二两三四五六七八九十百千万亿])\\p{Script=Han}|（[A-Za-z]{1,8}）|[A-Z]{2,8}|[（(]\\p{Script=Han}{1,6}[）)]|第[零〇一二三四五六七八九十百千]+条){1,24}(?:的|后|(?<=[率额价费量]|标准|收入|（[A-Za-z]{1,8}）|[A-Z]{2,8}))$`,
      'u',
    ),
    multiplePattern: new RegExp(`(${chain})(?:(?![零〇一二两三四五六七八九十百千万亿])\\p{Script=Han}){2,14}$`, 'u'),
    afterPattern: new RegExp(`^${afterWords}`),
    leadingPattern: new RegExp(`^${chain}(?:可|为|达)?`),
    trailingPattern: new RegExp(`${afterWords}$`),
    anyPattern: new RegExp(`${chain}|${afterWords}`, 'g'),
    onlyPattern: new RegExp(`^(?:${alt([...negations, ...before.keys(), ...after.keys(), '可', '按'])})*$`),
  };
  return cache;
}

/** The bound a chain of before-words sets: its last word, turned around by a negation just before it (不得低于 → at least). */
export function readBefore(chain: string): Bound | null {
  const { before, beforeWords } = loadComparators();
  return endingBound(chain, beforeWords, before);
}

/** The bound a condition word sets (达到: at least), turned around by a negation before it (未达到: below). */
export function readCondition(chain: string): Bound | null {
  return endingBound(chain, [...loadComparators().conditions.keys()].sort((a, b) => b.length - a.length), loadComparators().conditions);
}

/** The bound of the word of `table` a chain ends with (`words` longest first), turned around by a negation just before it. */
function endingBound(chain: string, words: readonly string[], table: ReadonlyMap<string, Bound>): Bound | null {
  const { negations } = loadComparators();
  for (const w of words) {
    if (!chain.endsWith(w)) continue;
    const bound = table.get(w)!;
    const rest = chain.slice(0, chain.length - w.length);
    const negated = negations.some((n) => rest.endsWith(n)) && bound.comparator !== 'approx';
    return negated ? negate(bound) : bound;
  }
  return null;
}

/** The bound an after-word sets; （不含） before it excludes the bound, （含） includes it. */
export function readAfter(word: string): Bound | null {
  const bare = word.replace(/^(?:（不?含）|\(不?含\))/, '');
  const words = loadComparators();
  const bound = words.after.get(bare) ?? words.afterDuration.get(bare);
  if (!bound) return null;
  if (/不含/.test(word)) return { ...bound, strict: true };
  if (/含/.test(word)) return { ...bound, strict: false };
  return bound;
}

/** Not below v is at least v; not above v is at most v: the other side, the bound's inclusion turned over. */
function negate(b: Bound): Bound {
  return { comparator: b.comparator === 'max' ? 'min' : 'max', strict: !b.strict };
}

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
