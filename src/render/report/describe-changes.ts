// Plain wording shared by every report format: the summary lines, a figure's change, a change's note, variants.
import type { Change, DocumentDiff, NumberChange, PairDiff, Variant } from '../../model/clause-diff.js';
import { formatValue } from '../terminal-output.js';

/** The summary a reader sees first: documents, counts by status, kinds of change, figures, systematic changes, variants. */
export function summaryLines(diff: DocumentDiff): string[] {
  const s = diff.summary;
  const st = s.byStatus;
  const out = [
    `${diff.base} ↔ ${diff.other}`,
    `  base:  ${diff.titles.base}`,
    `  other: ${diff.titles.other}`,
    ...diff.warnings.map((w) => `Warning: ${w.document} line ${w.line}: ${w.message}`),
    `${s.clauses.base} ↔ ${s.clauses.other} clauses · ${s.pairs} pairs: ${st.modified ?? 0} modified, ${st.moved ?? 0} moved, ` +
      `${st['variant-only'] ?? 0} variant-only, ${st.identical ?? 0} identical, ${st['base-only'] ?? 0} base-only, ${st['other-only'] ?? 0} other-only`,
  ];
  if (s.renumbered) out.push(`Renumbered, text unchanged: ${s.renumbered} (not listed as changes)`);
  const kinds = Object.entries(s.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  // Clauses on one side only are differences too: "none" would say the texts agree.
  const only = (st['base-only'] ?? 0) + (st['other-only'] ?? 0);
  out.push(`Changes: ${kinds || (only ? `none inside paired clauses; ${only} on one side only` : 'none')}`);
  const f = s.figures;
  out.push(
    `Figures: ${f.changed} changed, ${f.added} added, ${f.dropped} dropped, ${f.unchanged} unchanged` +
      (f.changed + f.added + f.dropped ? ` · ${s.effects.loosens} loosen, ${s.effects.tightens} tighten, ${s.effects.neutral} neutral` : ''),
  );
  if (s.money.length) {
    // Named for what it counts: money figures changed, added and dropped, each as many as there are.
    const by = (c: string) => s.money.filter((m) => (c === 'added' ? m.before === null : c === 'dropped' ? m.after === null : m.before !== null && m.after !== null)).length;
    out.push(`Money figures: ${by('changed')} changed, ${by('added')} added, ${by('dropped')} dropped (listed with their pairs below)`);
  }
  for (const sys of s.systematic) out.push(`Systematic, reported once: ${sys.description}`);
  if (s.variants.length) out.push(`Variants, not counted as changes: ${describeVariants(s.variants, 8)}`);
  return out;
}

/** How a figure changed: +50万元 (+33.3%), −20 pp, added, dropped, unit differs. */
export function describeDelta(n: Pick<NumberChange, 'change' | 'delta' | 'relative' | 'before' | 'after'>): string {
  if (n.change === 'added' || n.change === 'dropped') return n.change;
  if (n.delta === null) return 'unit differs';
  if (n.delta === 0) return n.before?.comparator !== n.after?.comparator ? 'cap/floor wording' : 'same';
  const unit = n.before!.unit;
  const sign = n.delta > 0 ? '+' : '−';
  if (unit === '%') return `${sign}${Math.abs(n.delta)} pp`;
  const rel = n.relative === null ? '' : ` (${sign}${Math.abs(Math.round(n.relative * 1000) / 10)}%)`;
  return `${sign}${formatValue(Math.abs(n.delta), unit)}${rel}`;
}

/** loosens, tightens, neutral, scale (an absolute total across jurisdictions: shown, not judged), or a weak pairing (not judged). */
export function effectLabel(n: NumberChange): string {
  if (n.weak) return `? weak pairing ${n.confidence.toFixed(2)}`;
  return n.scaleDependent ? 'scale' : n.effect;
}

/** One line per figure that changed: quantity, before → after, Δ, effect. */
export function figureNotes(p: PairDiff): string[] {
  return p.numbers
    .filter((n) => n.change !== 'unchanged')
    .map((n) => `${n.quantity}：${n.before?.text ?? '—'} → ${n.after?.text ?? '—'}（${describeDelta(n)}，${effectLabel(n)}）`);
}

/** A non-textual change in words (items, attribution, moves, titles); null for text edits the redline already shows. */
export function changeNote(c: Change): string | null {
  const items = (c.items ?? []).join('、');
  switch (c.kind) {
    case 'items-added':
      return `items added: ${items}`;
    case 'items-dropped':
      return `items dropped: ${items}`;
    case 'items-renamed':
      return `items renamed: ${items}`;
    case 'responsible-units':
      return `责任单位: ${items || `${c.before ?? '∅'} → ${c.after ?? '∅'}`}`;
    case 'lead':
      return `牵头: ${c.before ?? '∅'} → ${c.after ?? '∅'}`;
    case 'moved':
      return `moved: ${c.before} ⇒ ${c.after}`;
    case 'title':
      return `title: ${c.before ?? '∅'} → ${c.after ?? '∅'}`;
    default:
      return null;
  }
}

/** Every note of a pair: figures first, then items, attribution and moves (systematic changes are in the summary). */
export function pairNotes(p: PairDiff): string[] {
  const notes = figureNotes(p);
  for (const c of p.changes) {
    if (c.systematic) continue;
    const note = changeNote(c);
    if (note) notes.push(note);
  }
  if (p.status === 'base-only') notes.push('only in base: the other document has no clause for this item');
  if (p.status === 'other-only') notes.push('only in other: the base document has no clause for this item');
  return notes;
}

export function describeVariants(variants: Variant[], max: number): string {
  const parts = variants.slice(0, max).map((v) => {
    if (v.kind === 'script') return `script ×${v.count} (${v.after}/${v.before})`;
    return `${v.before || '∅'}/${v.after || '∅'} ×${v.count}`;
  });
  const rest = variants.length - max;
  return parts.join(' · ') + (rest > 0 ? ` · ${rest} more` : '');
}
