// State of the check view (one document's attachment tables against its body) and its pure reducer: rows, filters, search, panes.
import type { DocumentInfo } from '../../model/clause-diff.js';
import type { ConsistencyReport, Disagreement } from '../../model/consistency.js';
import type { Clause, ParsedDocument, Table, TableRow } from '../../model/parsed-document.js';
import { checkDetailLines } from './check-detail-lines.js';
import type { ListAction, ScreenAction } from './screen-actions.js';
import { type Message, clamp, keepInView, layoutOf } from './screen-parts.js';
import { type ListPane, type ListPaneState, reduceListPane } from './reduce-list-pane.js';
import type { Theme } from './tui-theme.js';

/** What the check view shows: the report, and the document it was made from (for the texts of rows and clauses). */
export interface CheckTuiModel {
  report: ConsistencyReport;
  document: ParsedDocument;
  info: DocumentInfo;
}

export type CheckStatus = 'disagrees' | 'restates' | 'unmatched';

/** One table row as the view lists it: the clause it restates (if any) and the figures the two state differently. */
export interface CheckRow {
  table: Table;
  row: TableRow;
  status: CheckStatus;
  clause: Clause | null;
  similarity: number | null;
  disagreements: Disagreement[];
}

export const CHECK_FILTERS = ['all', 'disagrees', 'restates', 'unmatched'] as const;
export type CheckFilter = (typeof CHECK_FILTERS)[number];

/** The list core's state (ListPaneState: size, filter, search, selection into checkRows(model), panes, help, message) and the view's own. */
export interface CheckTuiState extends ListPaneState<CheckFilter> {
  model: CheckTuiModel;
  theme: Theme;
  /** Opened from the diff UI: esc goes back to it. */
  back: boolean;
}

export type CheckTuiAction =
  | ScreenAction
  | ListAction
  | { type: 'message'; message: Message | null };

const rowsCache = new WeakMap<CheckTuiModel, CheckRow[]>();

/** Every row of every attachment table, in document order, with what the report found for it. */
export function checkRows(m: CheckTuiModel): CheckRow[] {
  let rows = rowsCache.get(m);
  if (rows) return rows;
  const restated = new Map(m.report.restated.map((r) => [r.row, r]));
  const clauses = new Map(m.document.clauses.map((c) => [c.id, c]));
  rows = m.document.attachments.flatMap((table) =>
    table.rows.map((row): CheckRow => {
      const r = restated.get(row.id);
      const disagreements = m.report.disagreements.filter((d) => d.table.place.id === row.id);
      return {
        table,
        row,
        status: disagreements.length ? 'disagrees' : r ? 'restates' : 'unmatched',
        clause: r ? (clauses.get(r.clause) ?? null) : null,
        similarity: r?.similarity ?? null,
        disagreements,
      };
    }),
  );
  rowsCache.set(m, rows);
  return rows;
}

const searchCache = new WeakMap<CheckRow, string>();
/** What search looks in: the row's table, number, category and text, and the clause it restates. */
function haystack(r: CheckRow): string {
  let h = searchCache.get(r);
  if (h === undefined) {
    h = [r.row.id, r.table.attachment ?? '', r.table.title, r.row.category ?? '', `第${r.row.number}项`, r.row.text, r.clause ? `${r.clause.id} ${r.clause.label}${r.clause.title}` : '', ...r.disagreements.map((d) => d.quantity)]
      .join('\n')
      .toLowerCase();
    searchCache.set(r, h);
  }
  return h;
}

export function visibleRows(s: Pick<CheckTuiState, 'model' | 'filter' | 'query' | 'draft'>): number[] {
  const q = (s.draft ?? s.query).trim().toLowerCase();
  const out: number[] = [];
  checkRows(s.model).forEach((r, i) => {
    if ((s.filter === 'all' || r.status === s.filter) && (!q || haystack(r).includes(q))) out.push(i);
  });
  return out;
}

export type CheckListRow = { kind: 'table'; table: Table } | { kind: 'row'; index: number };

/** The left pane's rows: a heading for each table, then its rows. */
export function checkListRows(s: Pick<CheckTuiState, 'model'>, visible: number[]): CheckListRow[] {
  const all = checkRows(s.model);
  const out: CheckListRow[] = [];
  let table: Table | null = null;
  for (const i of visible) {
    const r = all[i]!;
    if (r.table !== table) {
      out.push({ kind: 'table', table: r.table });
      table = r.table;
    }
    out.push({ kind: 'row', index: i });
  }
  return out;
}


/** The right pane's lines for the selected row. */
export function checkDetailOf(s: CheckTuiState) {
  const r = checkRows(s.model)[s.selected];
  return r ? checkDetailLines(r, layoutOf(s.width, s.height).detail, s.theme) : [];
}

export function initialCheckState(model: CheckTuiModel, theme: Theme, width: number, height: number, back = false): CheckTuiState {
  const s: CheckTuiState = { model, theme, width, height, filter: 'all', query: '', draft: null, selected: -1, listTop: 0, focus: 'list', detailTop: 0, help: false, message: null, back };
  // Open on the first figure that disagrees; a document whose tables agree opens on its first row.
  const first = checkRows(model).findIndex((r) => r.status === 'disagrees');
  return settle({ ...s, selected: first >= 0 ? first : (visibleRows(s)[0] ?? -1) });
}

function settle(s: CheckTuiState): CheckTuiState {
  const visible = visibleRows(s);
  let selected = s.selected;
  if (!visible.includes(selected)) selected = visible.find((i) => i >= selected) ?? visible[visible.length - 1] ?? -1;
  const next = { ...s, selected };
  const { body } = layoutOf(s.width, s.height);
  const rows = checkListRows(next, visible);
  const at = rows.findIndex((r) => r.kind === 'row' && r.index === selected);
  const listTop = keepInView(s.listTop, at, rows.length, body);
  const detailTop = clamp(s.detailTop, 0, Math.max(0, checkDetailOf(next).length - body));
  return { ...next, listTop, detailTop, focus: selected < 0 ? 'list' : s.focus };
}

/** The list core's parts for the check view: its rows, filters and words. */
const CHECK_PANE: ListPane<CheckTuiState, CheckFilter> = {
  filters: CHECK_FILTERS,
  visible: visibleRows,
  settle,
  wanted: (s, i) => checkRows(s.model)[i]!.status === 'disagrees',
  wantedNoun: 'disagreement',
  noun: 'row',
};

export function reduceCheckTui(s: CheckTuiState, a: CheckTuiAction): CheckTuiState {
  return reduceListPane(s, a, CHECK_PANE) ?? s;
}
