// Tiers named by a figure (首次突破100亿元、50亿元、10亿元的，分别奖励500万元、200万元、50万元): which threshold each award is for.
import type { Fact } from '../model/fact.js';

export interface FigureTiers {
  /** The tier of each award, as its threshold's value and unit. */
  award: Map<Fact, string>;
  /** The thresholds that name a tier, by the same key. */
  label: Map<Fact, string>;
}

/**
 * The awards of a 分别 list whose items end with a figure of the text before them (pair-tiered-items.ts gives each value its item:
 * 年营业收入首次突破100亿元, 50亿元, 10亿元), keyed by that figure's value and unit; and those figures, the tiers' labels.
 */
export function figureTiers(facts: Fact[], text: string): FigureTiers {
  const award = new Map<Fact, string>();
  const label = new Map<Fact, string>();
  for (const f of facts) {
    if (!f.item) continue;
    let found: Fact | undefined;
    // The threshold and the award stand in one sentence with 分别 between them (not an item of the 款 before a fine cites).
    const tiered = (g: Fact) => g.end <= f.start && /分别/.test(text.slice(g.end, f.start)) && !/[。；\n]/.test(text.slice(g.end, f.start));
    for (const g of facts) if (g !== f && !g.item && tiered(g) && f.item.endsWith(g.text)) found = g;
    if (!found) continue;
    const key = `${found.value}|${found.unit}`;
    award.set(f, key);
    label.set(found, key);
  }
  return award.size >= 2 ? { award, label } : { award: new Map(), label: new Map() };
}

/**
 * A tier's threshold added or dropped is judged through its award (a tier of 300万元 added loosens), not as a new condition on its
 * own: it is neutral.
 */
export function quietTierLabels<T extends { before: Fact | null; after: Fact | null; change: string; effect: string }>(
  numbers: T[],
  base: { facts: Fact[]; text: string },
  other: { facts: Fact[]; text: string },
): T[] {
  const [tb, to] = [figureTiers(base.facts, base.text), figureTiers(other.facts, other.text)];
  if (!tb.label.size && !to.label.size) return numbers;
  return numbers.map((n) => ((n.change === 'added' && to.label.has(n.after!)) || (n.change === 'dropped' && tb.label.has(n.before!)) ? { ...n, effect: 'neutral' } : n));
}
