// A cap dropped from a grant that stays lifts the grant (loosens), and a cap added to one limits it (tightens): not a grant gone or new.
import type { Fact } from '../model/fact.js';
import type { NumberChange } from '../model/clause-diff.js';
import { sentenceEnd, sentenceStart } from '../text/sentence-bounds.js';
import { loadFigureRoles } from '../lexicon/load-figure-roles.js';

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
    // A cap limits the grant only where its own clause grants nothing and names no one of its own (其中国家级的最高奖励100万元 is a
    // grant of its own).
    const clause = text.slice(clauseStart(text, cap.start), cap.start);
    const own = /的/.test(clause) || loadFigureRoles().cues.get('benefit')!.test(clause + cap.text);
    const capsGrant = cap.kind === 'count' || (!own && grants.some((g) => inSentenceOf(g, cap, text)));
    return capsGrant ? { ...n, effect: n.change === 'dropped' ? 'loosens' : 'tightens' } : n;
  });
}

function clauseStart(text: string, at: number): number {
  return Math.max(text.lastIndexOf('，', at - 1), text.lastIndexOf('；', at - 1), text.lastIndexOf('。', at - 1)) + 1;
}

function inSentenceOf(g: Fact, cap: Fact, text: string): boolean {
  return g.start >= sentenceStart(text, cap.start) && g.end <= sentenceEnd(text, cap.end);
}
