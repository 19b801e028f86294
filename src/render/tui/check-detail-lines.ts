// The right pane of the check view as lines: a table row, what it was found to restate, the figures that disagree, and both texts.
import type { Disagreement } from '../../model/consistency.js';
import { describeDelta } from '../report/describe-changes.js';
import type { CheckRow } from './check-tui-state.js';
import { figureTableLines } from './pair-detail-lines.js';
import { type Line, type Span, type SpanStyle, span, wrapLine } from './styled-line.js';
import type { Theme } from './tui-theme.js';

const cache = new WeakMap<CheckRow, Map<string, Line[]>>();

/** The detail lines of one row (cached per row, width and colour). */
export function checkDetailLines(r: CheckRow, width: number, theme: Theme): Line[] {
  const key = `${width}|${theme.color}`;
  let byKey = cache.get(r);
  if (!byKey) cache.set(r, (byKey = new Map()));
  let lines = byKey.get(key);
  if (!lines) byKey.set(key, (lines = buildLines(r, Math.max(10, width), theme)));
  return lines;
}

/** How the view marks a row: ≠ a figure disagrees, = restates a clause, · restates none. */
export function statusMark(r: CheckRow, t: Theme): Span {
  if (r.status === 'disagrees') return span('≠', { ...t.error, bold: true });
  if (r.status === 'restates') return span('=', t.ok);
  return span('·', t.dim);
}

export function lineRange(p: { line: number; endLine: number }): string {
  return p.endLine > p.line ? `lines ${p.line}–${p.endLine}` : `line ${p.line}`;
}

function buildLines(r: CheckRow, w: number, t: Theme): Line[] {
  const figure: SpanStyle = { ...t.warn, bold: true };
  const out: Line[] = [];
  out.push(...wrapLine([span([r.table.attachment, r.table.title].filter(Boolean).join(' '), t.heading)], w, 2));
  out.push(...wrapLine([span(`${r.row.category ? `${r.row.category} ` : ''}第${r.row.number}项`, t.heading), span(`  ${r.row.id} · ${lineRange(r.row.span)}`, t.dim)], w, 2));
  const n = r.disagreements.length;
  if (r.status === 'disagrees') {
    // Against the clause the row restates, or (a row restating none) against the passage stating the same quantity.
    const where = r.clause && r.disagreements.every((d) => d.body.place.id === r.clause!.id) ? 'the body clause this row restates' : `what the body states for the same quantity (${[...new Set(r.disagreements.map((d) => d.body.place.label))].join('、')})`;
    out.push(...wrapLine([statusMark(r, t), span(` ${n === 1 ? '1 figure disagrees' : `${n} figures disagree`} with ${where}`, t.error)], w, 2));
  } else if (r.status === 'restates') {
    out.push(...wrapLine([statusMark(r, t), span(' restates a body clause; no figure of it disagrees with the body', t.ok)], w, 2));
  } else {
    out.push(...wrapLine([statusMark(r, t), span(' restates no single clause closely enough to compare: it summarises several, or adds a measure of its own', t.dim)], w, 2));
  }
  if (n) {
    out.push([], [span('Figures that disagree', t.heading)]);
    out.push(...figureTableLines(r.disagreements.map(cells), { q: 'what it measures', b: 'body', a: 'table', d: 'table − body', e: '' }, w, t));
    const unsure = r.disagreements.filter((d) => d.confidence < 0.8);
    if (unsure.length) out.push(...wrapLine([span(`The pairing of ${unsure.map((d) => d.quantity).join('、')} is less sure (${unsure.map((d) => d.confidence.toFixed(2)).join(', ')}): read both texts.`, t.dim)], w, 2));
  }

  out.push([], [span('Table row', t.heading), span(`  ${lineRange(r.row.span)}`, t.dim)]);
  const tableFigures = r.disagreements.map((d) => d.table.fact.text);
  const columns = r.table.columns.length ? r.table.columns : Object.keys(r.row.cells);
  for (const c of columns) {
    const v = r.row.cells[c]?.trim();
    if (!v) continue;
    out.push(...wrapLine([span(`${c}：`, t.dim), ...marked(v, tableFigures, figure)], w, 2));
  }
  if (!columns.some((c) => r.row.cells[c]?.trim())) out.push(...wrapLine(marked(r.row.text, tableFigures, figure), w));

  if (r.clause) {
    const c = r.clause;
    out.push([], [span('Body clause it restates', t.heading), span(`  ${c.id} · ${lineRange(c.span)} · texts ${r.similarity?.toFixed(2) ?? '?'} alike`, t.dim)]);
    out.push(...wrapLine([span(`${c.label}${c.title}`, t.heading)], w, 2));
    out.push(...wrapLine(marked(c.text, r.disagreements.map((d) => d.body.fact.text), figure), w));
    if (c.units.length) out.push(...wrapLine([span(`责任单位：${c.units.join('、')}`, t.dim)], w, 2));
  }
  return out;
}

function cells(d: Disagreement) {
  return { q: d.quantity, b: d.body.fact.text, a: d.table.fact.text, d: describeDelta({ change: 'changed', delta: d.delta, relative: d.relative, before: d.body.fact, after: d.table.fact }), e: '' };
}

/** The text with every occurrence of the given figures in `style`. */
function marked(text: string, figures: string[], style: SpanStyle): Span[] {
  const wanted = [...new Set(figures.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [span(text)];
  const out: Span[] = [];
  let i = 0;
  let plain = '';
  while (i < text.length) {
    const hit = wanted.find((f) => text.startsWith(f, i));
    if (hit) {
      if (plain) out.push(span(plain));
      out.push(span(hit, style));
      plain = '';
      i += hit.length;
    } else plain += text[i++];
  }
  if (plain) out.push(span(plain));
  return out;
}
