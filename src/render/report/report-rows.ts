// The pairs a 对照表 lists, in the order it lists them: the base text's order, or (新旧对照表) the new text's, deleted articles where they stood.
import type { DocumentDiff, PairDiff } from '../../model/clause-diff.js';
import { CLAUSE_ID } from '../../parse/in-section.js';

/** Changed pairs (all with `all`), in base order, or with `byNew` in the order of the other (new) text. */
export function reportRows(diff: DocumentDiff, opts: { all: boolean; byNew?: boolean }): PairDiff[] {
  const shown = diff.pairs.filter((p) => opts.all || (p.status !== 'identical' && p.status !== 'variant-only'));
  if (!opts.byNew) return shown;
  // The position in the new text: its first clause's number (c12, c12-1 after c12); a pair the new text lacks stays after the pair
  // before it, as a deleted article stands after the one before it.
  const order = new Map<PairDiff, number>();
  let last = -1;
  for (const p of diff.pairs) {
    const id = p.other.find((x) => CLAUSE_ID.test(x)) ?? (p.other[0] === 'preamble' ? 'preamble' : p.other[0] === 'closing' ? 'closing' : undefined);
    const m = id ? CLAUSE_ID.exec(id) : null;
    // A file of several documents numbers each from 1: the second document's clauses (d2.c3) come after all of the first's.
    const key = id === 'preamble' ? -1 : id === 'closing' ? 1e9 : m ? Number(m[1] ?? 1) * 1e6 + Number(m[2]) + Number(/-(\d+)$/.exec(id!)?.[1] ?? 0) / 1000 : last + 1e-6;
    order.set(p, key);
    last = key;
  }
  return [...shown].sort((a, b) => order.get(a)! - order.get(b)!);
}
