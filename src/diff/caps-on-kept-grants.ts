// A cap dropped from a grant that stays lifts the grant (loosens), and a cap added to one limits it (tightens): not a grant gone or new.
import type { Fact } from '../model/fact.js';
import type { NumberChange } from '../model/clause-diff.js';
import { sentenceEnd, sentenceStart } from '../text/sentence-bounds.js';

/**
 * 按每张床位5000元给予补贴，单个机构最高不超过150万元 → …给予补贴。: the 150万元 cap dropped while the 5000元 grant stays loosens, where a
 * grant dropped whole tightens. A cap is a benefit's ceiling (最高, 不超过) in the sentence of a benefit figure both texts have, or a
 * count of what a grant covers (同一企业每年支持不超过2个项目) anywhere in a passage whose grant both texts have.
 */
export function capsOnKeptGrants(numbers: NumberChange[], baseText: string, otherText: string): NumberChange[] {
  const kept = numbers.filter((n) => n.before && n.after && n.role === 'benefit' && !n.weak);
  if (!kept.length) return numbers;
  return numbers.map((n) => {
    const cap = n.change === 'dropped' ? n.before : n.change === 'added' ? n.after : null;
    if (!cap || n.role !== 'benefit' || cap.comparator !== 'max' || cap.range || n.effect === 'neutral') return n;
    const text = n.change === 'dropped' ? baseText : otherText;
    const grants = kept.map((k) => (n.change === 'dropped' ? k.before! : k.after!)).filter((g) => g !== cap && g.comparator !== 'max');
    if (!grants.length) return n;
    const capsGrant = cap.kind === 'count' || grants.some((g) => inSentenceOf(g, cap, text));
    return capsGrant ? { ...n, effect: n.change === 'dropped' ? 'loosens' : 'tightens' } : n;
  });
}

function inSentenceOf(g: Fact, cap: Fact, text: string): boolean {
  return g.start >= sentenceStart(text, cap.start) && g.end <= sentenceEnd(text, cap.end);
}
