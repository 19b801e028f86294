// Whether a changed figure loosens or tightens the policy: the figure's role decides which direction is which.
import type { Effect, FigureRole } from '../model/clause-diff.js';
import type { Fact } from '../model/fact.js';
import { isFine } from '../extract/read-penalty.js';
import { compatible } from './pair-numbers.js';
import { type Cue, loadFigureRoles } from '../lexicon/load-figure-roles.js';

/** Money set aside in so many words: 安排…资金, 财政…安排 (the single words are role-cues.tsv's budget cues). */
const BUDGET_PHRASE = /安排.{0,6}资金|财政.{0,4}安排|资金\s*(?:总额)?\s*(?:约|共|合计|为|达)?\s*$/;
const CONDITION_AFTER = /^(?:（含）)?(?:以上|以下|及以上|及以下)?(?:的|且|或)/;
const CONDITION_BEFORE = /(?:对|凡|达到?|超过|年.{0,8}额)[^，。；]{0,20}$/;

/**
 * The role of a figure in its clause (figure-roles.tsv), read from the words around it (role-cues.tsv): a fine is a penalty; a
 * condition on who qualifies a threshold; a time limit is the authority's or a person's by who must act; then budget, fee,
 * benefit and target by their cue words. No cue: unknown, which is never judged.
 */
export function figureRole(f: Fact, text: string): FigureRole {
  if (isFine(text, f)) return 'penalty';
  const { cues } = loadFigureRoles();
  const cue = (c: Cue, s: string) => cues.get(c)!.test(s);
  const sentenceStart = Math.max(text.lastIndexOf('。', f.start - 1), text.lastIndexOf('；', f.start - 1), text.lastIndexOf('\n', f.start - 1)) + 1;
  const sentenceBefore = text.slice(sentenceStart, f.start);
  const before = sentenceBefore.slice(-24);
  const clauseBefore = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('：')) + 1);
  const after = text.slice(f.end, f.end + 12);
  const afterPart = (after.split(/[，。；、]/)[0] ?? '').replace(/\s+/g, '');
  // The figure is what is granted (50万元的补助, 20%给予补助), not a condition on who gets it (…以上的企业给予奖励).
  const lead = afterPart.replace(/^(?:（含）)?(?:及?以上|及?以下)?的?/, '');
  const k = lead.search(cues.get('benefit')!);
  const granted = k >= 0 && k <= 6 && !/企业|单位|项目|者|人|机构|家庭|费率|收费/.test(lead.slice(0, k));
  if (CONDITION_AFTER.test(after) && CONDITION_BEFORE.test(sentenceBefore) && !granted) return 'threshold';
  if (f.kind === 'duration') return timeRole(sentenceBefore.slice(-80), cue);
  if (f.kind === 'money' && (cue('budget', clauseBefore) || BUDGET_PHRASE.test(clauseBefore))) return 'budget';
  const near = `${clauseBefore}${afterPart}`;
  if (!granted && cue('fee', near) && !cue('benefit', near)) return 'fee';
  if ((f.kind === 'money' || f.kind === 'ratio' || f.comparator === 'max') && cue('benefit', near)) return 'benefit';
  // A cap that follows the grant it limits (…给予补助，最高不超过100万元).
  if ((f.kind === 'money' || f.kind === 'ratio') && f.comparator === 'max' && cue('benefit', sentenceBefore.slice(-40))) return 'benefit';
  if (cue('target', sentenceBefore.slice(-40) + f.text) || cue('target', afterPart)) return 'target';
  // A floor or an approximate figure a policy sets, where nothing makes it a condition, is a goal (10家以上, 800个左右).
  if (f.comparator === 'min' || f.comparator === 'approx') return 'target';
  return 'unknown';
}

/** Whose time a limit is: the authority's (机关、部门 … 应当在…内作出) or a person's (当事人 … 应当在…内缴纳), by who is named last before it. */
function timeRole(sentenceBefore: string, cue: (c: Cue, s: string) => boolean): FigureRole {
  for (let i = sentenceBefore.length - 1; i >= 0; i--) {
    const tail = sentenceBefore.slice(i);
    if (cue('authority', tail)) return 'time-authority';
    if (cue('person', tail)) return 'time-person';
  }
  return 'unknown';
}

/** The lowest value a figure allows: a range's lower bound; nothing (0) for a cap alone (五万元以下); else the value. */
export function lowerBound(f: Fact): number {
  return f.range?.min ?? (f.comparator === 'max' ? 0 : f.value);
}

/**
 * The rule (README, "Loosens or tightens"; figure-roles.tsv): a higher benefit, budget or a person's time loosens; a higher fee,
 * penalty, threshold or target tightens; a ceiling target (控制在…以内) reads the other way; the authority's time and unknown roles
 * are not judged. A figure added counts as a rise from nothing, a figure dropped as a fall to nothing — except a share of a standard
 * charge (按收费标准的70%执行), which is a rise or fall from the whole of it (100%). Same value → neutral.
 */
export function judgeEffect(role: FigureRole, before: Fact | null, after: Fact | null, opts: { share?: boolean } = {}): Effect {
  const higher = loadFigureRoles().higher.get(role) ?? 'neutral';
  if (higher === 'neutral') return 'neutral';
  let direction: number;
  if (before && after) {
    if (!compatible(before, after)) return 'neutral';
    // A range moves by its upper bound, or by its lower one where the upper stays.
    direction = Math.sign(after.value - before.value) || (before.range || after.range ? Math.sign(lowerBound(after) - lowerBound(before)) : 0);
  } else if (opts.share && (after ?? before)!.unit === '%') {
    direction = after ? Math.sign(after.value - 100) : Math.sign(100 - before!.value);
  } else direction = after ? 1 : -1;
  if (direction === 0) return 'neutral';
  const ref = after ?? before!;
  let loosensWhenHigher = higher === 'loosens';
  if (role === 'target' && ref.comparator === 'max') loosensWhenHigher = true;
  return (direction > 0) === loosensWhenHigher ? 'loosens' : 'tightens';
}

/** A share of a standard or of a charge, written 标准的70% / 费用的50%: where added, it cuts (or raises) the whole. */
export function isShareOfStandard(f: Fact, text: string): boolean {
  return f.unit === '%' && /(?:标准|费用|价格|收费)的$/.test(text.slice(Math.max(0, f.start - 6), f.start));
}
