// A condition added (or dropped) with the grant it qualifies, in one sentence, goes with that grant: the grant's figure says which way.
import type { NumberChange } from '../model/clause-diff.js';
import { sentenceEnd, sentenceStart } from '../text/sentence-bounds.js';

/** Roles of a figure that qualify who gets something (figure-roles.tsv), judged by themselves only where no grant comes with them. */
const CONDITIONS = new Set(['threshold', 'trigger']);

/**
 * 对连续两年星级评定结果上升的，运营补贴标准上浮10%—20% added: the new bonus loosens, and its condition (两年) is no new bar on the
 * old subsidy — neutral, as a condition in a whole clause added is. A condition added alone (对…的企业 gains 两年以上) still binds.
 */
export function conditionsWithTheirGrants(numbers: NumberChange[], baseText: string, otherText: string): NumberChange[] {
  const grants = numbers.filter((n) => n.role === 'benefit' && (n.change === 'added' || n.change === 'dropped'));
  if (!grants.length) return numbers;
  return numbers.map((n) => {
    if (!CONDITIONS.has(n.role) || (n.change !== 'added' && n.change !== 'dropped') || n.effect === 'neutral') return n;
    const [f, text] = n.change === 'added' ? [n.after!, otherText] : [n.before!, baseText];
    const [from, to] = [sentenceStart(text, f.start), sentenceEnd(text, f.end)];
    const own = grants.some((g) => g.change === n.change && (g.after ?? g.before)!.start >= from && (g.after ?? g.before)!.end <= to);
    return own ? { ...n, effect: 'neutral' as const } : n;
  });
}
