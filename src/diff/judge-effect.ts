// Whether a changed figure loosens or tightens the policy: the figure's role decides which direction is which.
import type { Effect, FigureRole } from '../model/clause-diff.js';
import type { Fact } from '../model/fact.js';
import { isFine } from '../extract/read-penalty.js';
import { compatible } from './pair-numbers.js';

const BENEFIT = /补助|补贴|奖励|奖补|资助|贴息|扶持|返还|减免|优惠|支持|一次性|给予|保费|担保费|兑现/;
const BUDGET = /预算安排|统筹安排|安排资金|安排.{0,6}资金|专项资金|财政.{0,4}安排|支持总额|总额/;
const CONDITION_AFTER = /^(?:（含）)?(?:以上|以下|及以上|及以下)?(?:的|且|或)/;
const CONDITION_BEFORE = /(?:对|凡|达到?|超过|年.{0,8}额)[^，。；]{0,20}$/;

/**
 * The role of a figure in its clause, read from the words around it:
 * benefit — a subsidy, award or ratio granted (最高50%的保费补贴, 给予最高100万元奖励);
 * threshold — a condition a beneficiary must meet (研发费用占营业收入比重超过5%的企业);
 * budget — money the government sets aside (市财政2024年预算安排112.1亿元);
 * target — what the government commits to achieve (新增学位6万个, 增长5%以上).
 */
export function figureRole(f: Fact, text: string): FigureRole {
  if (isFine(text, f)) return 'penalty';
  const sentenceStart = Math.max(text.lastIndexOf('。', f.start - 1), text.lastIndexOf('；', f.start - 1), text.lastIndexOf('\n', f.start - 1)) + 1;
  const before = text.slice(Math.max(sentenceStart, f.start - 24), f.start);
  const clauseBefore = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('：')) + 1);
  const after = text.slice(f.end, f.end + 12);
  const granted = /^(?:（含）)?(?:以上|以下)?的?[^，。；、]{0,6}?(?:奖励|补助|补贴|资助|贴息|奖补|一次性)/.test(after);
  if (CONDITION_AFTER.test(after) && CONDITION_BEFORE.test(text.slice(sentenceStart, f.start)) && !granted) return 'threshold';
  if (f.kind === 'money' && BUDGET.test(clauseBefore)) return 'budget';
  const near = `${clauseBefore}${after.split(/[，。；]/)[0] ?? ''}`;
  if ((f.kind === 'money' || f.kind === 'ratio' || f.comparator === 'max') && BENEFIT.test(near)) return 'benefit';
  return 'target';
}

/** The lowest value a figure allows: a range's lower bound; nothing (0) for a cap alone (五万元以下); else the value. */
export function lowerBound(f: Fact): number {
  return f.range?.min ?? (f.comparator === 'max' ? 0 : f.value);
}

/**
 * The rule (README, "Loosens or tightens"): a higher benefit (cap, ratio, amount) or budget loosens;
 * a higher threshold or target tightens; a ceiling target (控制在…以内) reads the other way. A figure
 * added counts as a rise from nothing, a figure dropped as a fall to nothing. Same value → neutral.
 */
export function judgeEffect(role: FigureRole, before: Fact | null, after: Fact | null): Effect {
  let direction: number;
  if (before && after) {
    if (!compatible(before, after)) return 'neutral';
    // A range moves by its upper bound, or by its lower one where the upper stays.
    direction = Math.sign(after.value - before.value) || (before.range || after.range ? Math.sign(lowerBound(after) - lowerBound(before)) : 0);
  } else direction = after ? 1 : -1;
  if (direction === 0) return 'neutral';
  const ref = after ?? before!;
  let loosensWhenHigher = role === 'benefit' || role === 'budget';
  // A ceiling target (控制在…以内) reads the other way; a fine is a penalty whatever its comparator: higher tightens.
  if (role === 'target' && ref.comparator === 'max') loosensWhenHigher = true;
  return (direction > 0) === loosensWhenHigher ? 'loosens' : 'tightens';
}
