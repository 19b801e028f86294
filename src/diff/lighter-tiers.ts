// A lighter tier added beside a fine that stays: 货值金额不足1万元的，处货值金额2倍以下的罚款 next to 处5万元以上20万元以下的罚款 lowers it.
import type { NumberChange } from '../model/clause-diff.js';
import { type Fact, lowerBound } from '../model/fact.js';

/**
 * The added fines of a passage that open a lighter tier of a fine kept in the same sentence, judged loosens: a fine added after a
 * kept fine of no tier, for the same person, whose highest amount is at or below the lowest the kept fine allows, is a milder case
 * carved out of it (认证认可条例 2023 第六十六条: 未经认证的违法产品货值金额不足1万元的，处货值金额2倍以下的罚款, beside
 * 处5万元以上20万元以下的罚款), not a new penalty. A multiple's highest amount is known where a tier before it in the sentence caps its base (货值金额不足1万元 → 2倍 is under 2万元).
 */
export function lighterTiers(numbers: NumberChange[], otherText: string): NumberChange[] {
  const kept = numbers.filter((n) => n.role === 'penalty' && n.before && n.after && n.after.kind === 'money' && lowerBound(n.after) > 0);
  if (!kept.length) return numbers;
  const caps = numbers.flatMap((n) => (n.role === 'tier' && n.after && n.after.kind === 'money' && n.after.comparator === 'max' ? [n.after] : []));
  const sameSentence = (a: Fact, b: Fact) => !/[。\n]/.test(otherText.slice(Math.min(a.start, b.start), Math.max(a.start, b.start)));
  return numbers.map((n) => {
    const a = n.after;
    if (n.change !== 'added' || n.role !== 'penalty' || n.effect !== 'tightens' || !a) return n;
    const highest = highestAmount(a, caps.filter((c) => c.start < a.start && sameSentence(c, a)));
    if (highest === null) return n;
    // The general fine comes first and carries no tier of its own (a 情节严重的 fine kept after an ordinary one added is no carve-out:
    // the ordinary case gained a fine), then the milder case.
    const milder = kept.some((k) => {
      const g = k.after!;
      return g.start < a.start && !g.tier && sameSentence(g, a) && (g.subject ?? '') === (a.subject ?? '') && highest <= lowerBound(g);
    });
    return milder ? { ...n, effect: 'loosens' as const } : n;
  });
}

/** The most a fine can come to in 元: a sum or a cap as written; a multiple, where a cap before it bounds its base; else unknown. */
function highestAmount(f: Fact, caps: Fact[]): number | null {
  const bounded = f.comparator === 'max' || f.comparator === 'eq' || f.comparator === 'range';
  if (!bounded) return null;
  if (f.kind === 'money') return f.value;
  if (f.kind !== 'multiple' || !f.base) return null;
  const cap = caps.filter((c) => c.quantity.endsWith(f.base!)).at(-1);
  return cap ? f.value * cap.value : null;
}
