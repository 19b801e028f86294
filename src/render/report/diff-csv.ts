// CSV tables of a document diff for R and pandas: one row per pair, or (--numbers) one row per figure that changed.
import type { DocumentDiff, NumberChange } from '../../model/clause-diff.js';
import { changeNote, describeDelta, effectLabel, inDoubt } from './describe-changes.js';
import { toCsv } from './to-csv.js';

/** One row per pair: ids, labels, status, link, counts of changes and figures, the notes, both texts and both sides' 责任单位. */
export function renderPairsCsv(diff: DocumentDiff): string {
  const head = [
    'base', 'other', 'base_ids', 'other_ids', 'base_label', 'other_label', 'status', 'link_score', 'link_status',
    'changes', 'figures_changed', 'loosens', 'tightens', 'notes', 'base_text', 'other_text', 'base_units', 'other_units',
  ];
  const rows = diff.pairs.map((p) => {
    const figures = p.numbers.filter((n) => n.change !== 'unchanged');
    const notes = p.changes.filter((c) => !c.systematic).map((c) => changeNote(c)).filter((n): n is string => !!n);
    return [
      diff.base, diff.other, p.base.join('+'), p.other.join('+'), p.labels.base, p.labels.other, p.status, p.link?.score ?? null, p.link?.status ?? null,
      p.changes.filter((c) => !c.systematic).length, figures.length, figures.filter((n) => !n.scaleDependent && n.effect === 'loosens').length,
      figures.filter((n) => !n.scaleDependent && n.effect === 'tightens').length, notes.join('；'), p.text?.base ?? '', p.text?.other ?? '',
      (p.units?.base ?? []).join('、'), (p.units?.other ?? []).join('、'),
    ];
  });
  return toCsv([head, ...rows]);
}

/**
 * Where a figure stands in each document, one column each: an added figure has no place in the base, a dropped one none in the other
 * (the model's `where`, kept in its own column, is the base's place where the base has the figure, else the other's).
 */
function sidePlaces(n: NumberChange): [string | null, string | null] {
  return [n.before ? (n.where ?? null) : null, n.after ? (n.whereOther ?? n.where ?? null) : null];
}

/** One row per figure that changed, was added or dropped: quantity, both figures with value and canonical unit, Δ, effect and place in each. */
export function renderNumbersCsv(diff: DocumentDiff): string {
  const head = [
    'base', 'other', 'base_ids', 'other_ids', 'base_label', 'other_label', 'quantity', 'change',
    'before_text', 'before_value', 'before_unit', 'before_comparator', 'after_text', 'after_value', 'after_unit', 'after_comparator',
    'delta', 'relative', 'delta_text', 'role', 'effect', 'confidence', 'where', 'where_other', 'with_item', 'base_where', 'other_where',
  ];
  const rows = diff.pairs.flatMap((p) =>
    p.numbers
      .filter((n) => n.change !== 'unchanged')
      .map((n) => [
        diff.base, diff.other, p.base.join('+'), p.other.join('+'), p.labels.base, p.labels.other, n.quantity, n.change,
        n.before?.text ?? null, n.before?.value ?? null, n.before?.unit ?? null, n.before?.comparator ?? null,
        n.after?.text ?? null, n.after?.value ?? null, n.after?.unit ?? null, n.after?.comparator ?? null,
        n.delta, n.relative === null ? null : Math.round(n.relative * 10000) / 10000, describeDelta(n), n.role, effectLabel(n, 'en', inDoubt(p)), n.confidence,
        n.where ?? null, n.whereOther ?? null, n.withItem ? 'yes' : '', ...sidePlaces(n),
      ]),
  );
  return toCsv([head, ...rows]);
}
