// Plain-text report of `policydiff check`: each figure an attachment table states differently from the body, with both places.
import type { ConsistencyReport } from '../../model/consistency.js';
import { paint } from '../terminal-output.js';
import { describeDelta } from './describe-changes.js';

export function renderCheckText(r: ConsistencyReport): string {
  if (r.tables === 0) return `${r.document}: no attachment tables, nothing to check against the body.`;
  const out = [
    paint(`${r.document}: ${r.tables} attachment tables, ${r.rows} rows; ${r.restated.length} restate a body clause; ${r.disagreements.length === 1 ? '1 figure disagrees' : `${r.disagreements.length} figures disagree`}`, 'bold'),
  ];
  if (r.disagreements.length === 0) out.push('Every figure the tables restate matches the body.');
  for (const d of r.disagreements) {
    const delta = describeDelta({ change: 'changed', delta: d.delta, relative: d.relative, before: d.body.fact, after: d.table.fact });
    out.push(
      '',
      paint(d.quantity, 'bold'),
      `  body   ${paint(d.body.fact.text, 'red')}   ${d.body.place.label} [${d.body.place.id}, ${lines(d.body.place)}]`,
      `  table  ${paint(d.table.fact.text, 'green')}   ${d.table.place.label} [${d.table.place.id}, ${lines(d.table.place)}]`,
      paint(`  table − body: ${delta}`, 'dim'),
    );
  }
  // Rows restating no passage were still compared figure by figure with what the body states for the same quantity.
  const restated = new Set(r.restated.map((x) => x.row));
  const unmatched = r.rows - restated.size - new Set(r.disagreements.map((d) => d.table.place.id).filter((id) => !restated.has(id))).size;
  if (unmatched) {
    out.push('', paint(`${unmatched} rows restate no single passage closely enough to compare as a whole (they summarise several, or add measures of their own); their figures were compared with the body's figures for the same quantity.`, 'dim'));
  }
  return out.join('\n');
}

function lines(p: { line: number; endLine?: number }): string {
  return p.endLine && p.endLine > p.line ? `lines ${p.line}–${p.endLine}` : `line ${p.line}`;
}
