// The check view's screen as lines: the document and what was found, table rows by table, the selected row against its clause, a footer.
import { statusMark } from './check-detail-lines.js';
import { type CheckTuiState, checkDetailOf, checkListRows, checkRows, visibleRows } from './check-tui-state.js';
import { layoutOf } from './screen-parts.js';
import { describeDoc, footerLine, wherePart, keyHelpLines, scrolledPane, typingLine } from './screen-parts.js';
import { type Line, fitLine, lineWidth, span, wrapLine } from './styled-line.js';
import type { Theme } from './tui-theme.js';

export function checkFrame(s: CheckTuiState): Line[] {
  const L = layoutOf(s.width, s.height);
  const rows: Line[] = header(s).map((l) => fitLine(l, s.width));
  if (s.help) {
    const help = helpLines(s.theme, s.width);
    for (let i = 0; i < L.body; i++) rows.push(fitLine(help[i] ?? [], s.width));
  } else {
    const left = listPane(s, L.body, L.list);
    const right = scrolledPane(s.theme, checkDetailOf(s), s.detailTop, L.body);
    const sep = span('│', s.focus === 'detail' ? s.theme.heading : s.theme.dim);
    for (let i = 0; i < L.body; i++) rows.push([...fitLine(left[i] ?? [], L.list), sep, ...fitLine(right[i] ?? [], L.detail)]);
  }
  rows.push(fitLine(footer(s), s.width));
  return rows;
}

function header(s: CheckTuiState): Line[] {
  const t = s.theme;
  const { report, document, info } = s.model;
  const rows = checkRows(s.model);
  const count = (st: string) => rows.filter((r) => r.status === st).length;
  const n = report.disagreements.length;
  const rowsOf = (k: number) => `${k} row${k === 1 ? '' : 's'}`;
  const [d, r, u] = [count('disagrees'), count('restates'), count('unmatched')];
  const tables: Line = [span(`${report.tables} attachment tables, ${report.rows} rows │ `, t.dim)];
  const bad = n ? { ...t.error, bold: true } : t.dim;
  const long: Line = [span(`≠ ${n === 1 ? '1 figure disagrees' : `${n} figures disagree`} (${rowsOf(d)})  `, bad), span(`= ${rowsOf(r)} restate a clause, figures agree  `, t.ok), span(`· ${u} restate no single clause`, t.dim)];
  const short: Line = [span(`≠ ${n} disagree${n === 1 ? 's' : ''}  `, bad), span(`= ${r} agree  `, t.ok), span(`· ${u} unmatched`, t.dim)];
  const found = [[...tables, ...long], [...tables, ...short]].find((l) => lineWidth(l) <= s.width) ?? [...tables, ...short];
  const verdict: Line = !report.tables
    ? [span('No attachment tables: nothing to check against the body.', t.warn)]
    : n
      ? [span('≠ rows state a figure unlike the clause they restate; n jumps to each.', t.dim)]
      : [span('Every figure the tables restate matches the body.', t.ok)];
  return [[span('check ', t.dim), span(describeDoc(document.id, info, document.title), t.heading)], [span('      attachment tables against the body of the same document', t.dim)], found, verdict];
}

function listPane(s: CheckTuiState, height: number, width: number): Line[] {
  const t = s.theme;
  const visible = visibleRows(s);
  if (!visible.length) {
    if (!s.model.report.tables) return [[span('No attachment tables.', t.warn)]];
    return [[span(s.query || s.draft ? 'No row matches the search.' : `No row under filter “${s.filter}”.`, t.warn)], [span('f changes the filter, esc clears the search.', t.dim)]];
  }
  const all = checkRows(s.model);
  return checkListRows(s, visible)
    .slice(s.listTop, s.listTop + height)
    .map((lr) => {
      if (lr.kind === 'table') return fitLine([span([lr.table.attachment, lr.table.title].filter(Boolean).join(' '), t.section)], width);
      const r = all[lr.index]!;
      const where = r.clause ? [span(` ${r.clause.label}`, t.dim)] : [];
      const label = fitLine([span(` ${r.row.category ? `${r.row.category.replace(/类$/, '')} ` : ''}${r.row.number} `), span(r.row.text, t.dim)], Math.max(4, width - 2 - lineWidth(where)));
      const line: Line = fitLine([statusMark(r, t), span(' '), ...label, ...where], width);
      if (lr.index !== s.selected) return line;
      const sel = s.focus === 'list' ? t.selected : t.selectedUnfocused;
      return line.map((x) => ({ ...x, style: { ...x.style, ...sel } }));
    });
}

const HELP: Array<[string, string]> = [
  ['j k  ↓ ↑', 'next / previous table row (in the right pane: scroll)'],
  ['PgDn PgUp  space', 'a page down / up'],
  ['g G  Home End', 'first / last'],
  ['enter → ', 'open the row (focus the right pane)'],
  ['tab', 'switch between the list and the right pane'],
  ['n N', 'next / previous row whose figures disagree with the body'],
  ['/', 'search rows, tables, clauses, quantities (enter keeps, esc clears)'],
  ['f F', 'filter: all, disagrees, restates, unmatched'],
  ['?  esc', 'this help / close (from the diff UI, esc goes back to it)'],
  ['q  ctrl-c', 'quit'],
];

function helpLines(t: Theme, width: number): Line[] {
  return keyHelpLines(t, HELP, [
    [span('Marks: ', t.heading), span('≠ disagrees  ', { ...t.error, bold: true }), span('= restates a clause, figures agree  ', t.ok), span('· restates none', t.dim)],
    ...wrapLine([span('A row restates a clause when their texts are clearly more alike than with any other clause; only figures paired with some certainty are compared.', t.dim)], width),
    [span('The same as a report: policydiff check <doc> --no-tui (or --json)', t.dim)],
  ]);
}

function footer(s: CheckTuiState): Line {
  const t = s.theme;
  if (s.draft !== null) return typingLine(t, 'search', s.draft);
  const right = wherePart(t, s.filter, s.query, visibleRows(s), s.selected);
  return footerLine(t, s.width, s.message, `${s.back ? 'esc back to the diff · ' : ''}? keys · j/k move · tab pane · n/N disagreement · / search · f filter · q quit`, right);
}
