// Reads what a multiple multiplies: 违法所得一倍以上十倍以下 is a multiple of 违法所得, and pairs only with multiples of it.
import type { Fact } from '../model/fact.js';
import { loadMultipleBases } from '../lexicon/load-multiple-bases.js';
import { loadComparators, readBefore } from '../lexicon/load-comparators.js';

/** Words that end the name of a base when read back from the figure: the verb or preposition before it (处广告费用三倍). */
const BEFORE_NAME = /(?:并处|处以|处|按照|按|依照|支付|赔偿|缴纳|给予|责令|补种|相当于|以|为|或者|的|其|可以|应当|、|，|；|：)$/;

/** The longest name read back from an ending (上一年度全国城镇居民人均可支配收入 is 17 characters). */
const MAX_NAME = 20;

/**
 * The base named just before a 倍 figure (违法所得, 广告费用, 货值金额的), or just after it (二倍的工资); undefined where none is
 * named. A whole name from multiple-bases.tsv wins; else the words before one of its endings (费用, 收入 …) back to a verb or mark.
 */
export function readMultipleBase(text: string, f: Pick<Fact, 'start' | 'end' | 'unit'>): string | undefined {
  if (f.unit !== '倍') return undefined;
  const { names, suffixes } = loadMultipleBases();
  const before = text.slice(Math.max(0, f.start - 24), f.start).replace(/(?:的|之|总额)$/, '');
  const name = names.find((b) => before.endsWith(b));
  if (name) return name;
  const suffix = suffixes.find((s) => before.endsWith(s));
  if (suffix) {
    let start = before.length - suffix.length;
    // 处 before 置, 理 or 分 is a word of the name (所需处置费用), not the verb of the fine.
    // A bound ends it too (月工资高于|上年度职工月平均工资三倍的); 约, 近 are words of names (约定报酬, 近成熟林).
    const { beforePattern } = loadComparators();
    const bound = (t: string) => {
      const m = beforePattern.exec(t);
      return !!m && readBefore(m[1]!)?.comparator !== 'approx';
    };
    const stops = (at: number) => (BEFORE_NAME.test(before.slice(0, at)) && !(before[at - 1] === '处' && /[置理分]/.test(before[at] ?? ''))) || bound(before.slice(0, at));
    while (start > 0 && /\p{Script=Han}/u.test(before[start - 1]!) && !stops(start) && before.length - start < MAX_NAME) start--;
    return before.slice(start);
  }
  // 每月支付二倍的工资: the base after the figure.
  const after = /^(?:以上|以下)?的([\p{Script=Han}]{0,8}?)(?=[，。；、]|$)/u.exec(text.slice(f.end, f.end + 12));
  const tail = after?.[1];
  return tail && (names.some((n) => tail.endsWith(n)) || suffixes.some((s) => tail.endsWith(s))) ? tail : undefined;
}
