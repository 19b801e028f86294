// State of the diff UI and its pure reducer: selection, filters, search, panes, scrolling, the relink picker; no terminal needed.
import type { DocumentDiff, PairDiff } from '../../model/clause-diff.js';
import { isDoubtful } from '../../model/review-policy.js';
import { pairDetailLines } from './pair-detail-lines.js';
import type { ListAction, ScreenAction } from './screen-actions.js';
import { type Message, clamp, keepInView, layoutOf } from './screen-parts.js';
import { type ListPane, type ListPaneState, reduceListPane } from './reduce-list-pane.js';
import type { Theme } from './tui-theme.js';

export const FILTERS = ['all', 'changed', 'numeric', 'added-dropped', 'moved', 'low-confidence'] as const;
export type Filter = (typeof FILTERS)[number];

/** A unit of either document that the relink picker offers. */
export interface UnitChoice {
  id: string;
  label: string;
}

/** What the diff UI shows: the diff, and the units of each side for relinking. */
export interface DiffTuiModel {
  diff: DocumentDiff;
  units: { base: UnitChoice[]; other: UnitChoice[] };
}

export interface Picker {
  /** The side whose unit is being chosen, and the ids of the selected pair on the opposite side. */
  side: 'base' | 'other';
  from: string[];
  query: string;
  cursor: number;
  top: number;
}

/** The list core's state (ListPaneState: size, filter, search, selection into model.diff.pairs, panes, help, message) and the UI's own. */
export interface DiffTuiState extends ListPaneState<Filter> {
  model: DiffTuiModel;
  theme: Theme;
  sideBySide: boolean;
  variantsOpen: boolean;
  picker: Picker | null;
}

export type DiffTuiAction =
  | ScreenAction
  | ListAction
  | { type: 'side-by-side' }
  | { type: 'variants' }
  | { type: 'pick-start' }
  | { type: 'message'; message: Message | null }
  | { type: 'model'; model: DiffTuiModel; message: Message | null };

/** Rows the layout gives each part; the frame is one row shorter than the terminal so it never scrolls. */
export function initialDiffState(model: DiffTuiModel, theme: Theme, width: number, height: number): DiffTuiState {
  const s: DiffTuiState = {
    model,
    theme,
    width,
    height,
    filter: 'changed',
    query: '',
    draft: null,
    selected: -1,
    listTop: 0,
    focus: 'list',
    detailTop: 0,
    sideBySide: false,
    variantsOpen: false,
    help: false,
    picker: null,
    message: null,
  };
  // Open on what changed; a document with no changes opens on everything.
  const start = visiblePairs(s).length ? s : { ...s, filter: 'all' as Filter };
  return settle({ ...start, selected: visiblePairs(start)[0] ?? -1 });
}

export const isChange = (p: PairDiff) => p.status !== 'identical' && p.status !== 'variant-only';
const isLow = (p: PairDiff) => p.link?.needsReview === 'low-confidence';

function passes(p: PairDiff, f: Filter): boolean {
  switch (f) {
    case 'all':
      return true;
    case 'changed':
      return isChange(p);
    case 'numeric':
      return p.numbers.some((n) => n.change !== 'unchanged');
    case 'added-dropped':
      return p.status === 'base-only' || p.status === 'other-only' || p.changes.some((c) => c.kind === 'items-added' || c.kind === 'items-dropped');
    case 'moved':
      return p.status === 'moved' || p.changes.some((c) => c.kind === 'moved');
    case 'low-confidence':
      return isLow(p) || (!!p.link && isDoubtful(p.link)) || p.base.length > 1 || p.other.length > 1;
  }
}

const searchCache = new WeakMap<PairDiff, string>();
/** What search looks in: labels, ids, section and both texts. */
function haystack(p: PairDiff): string {
  let h = searchCache.get(p);
  if (h === undefined) {
    h = [p.labels.base, p.labels.other, p.base.join(' '), p.other.join(' '), p.section ?? '', p.text?.base ?? '', p.text?.other ?? '', ...p.numbers.map((n) => n.quantity)].join('\n').toLowerCase();
    searchCache.set(p, h);
  }
  return h;
}

/** Indexes of the pairs the filter and search let through, in document order. */
export function visiblePairs(s: Pick<DiffTuiState, 'model' | 'filter' | 'query' | 'draft'>): number[] {
  const q = (s.draft ?? s.query).trim().toLowerCase();
  const out: number[] = [];
  s.model.diff.pairs.forEach((p, i) => {
    if (passes(p, s.filter) && (!q || haystack(p).includes(q))) out.push(i);
  });
  return out;
}

export type ListRow = { kind: 'section'; text: string } | { kind: 'pair'; index: number };

/** The left pane's rows: a heading wherever the section changes, then its pairs. */
export function listRows(s: DiffTuiState, visible = visiblePairs(s)): ListRow[] {
  const rows: ListRow[] = [];
  let section: string | undefined;
  for (const i of visible) {
    const sec = s.model.diff.pairs[i]!.section ?? '';
    if (sec !== section) {
      rows.push({ kind: 'section', text: sec || '序言与结尾' });
      section = sec;
    }
    rows.push({ kind: 'pair', index: i });
  }
  return rows;
}

export function detailLinesOf(s: DiffTuiState) {
  const p = s.model.diff.pairs[s.selected];
  if (!p) return [];
  // The same pair at the same width and views is laid out once: every key settles the scroll against its length.
  const width = layoutOf(s.width, s.height).detail;
  const key = `${width}\u0000${s.sideBySide}\u0000${s.variantsOpen}`;
  const seen = detailCache.get(p);
  if (seen && seen.key === key && seen.theme === s.theme) return seen.lines;
  const lines = pairDetailLines(p, { width, sideBySide: s.sideBySide, variantsOpen: s.variantsOpen }, s.theme);
  detailCache.set(p, { key, theme: s.theme, lines });
  return lines;
}

const detailCache = new WeakMap<PairDiff, { key: string; theme: Theme; lines: ReturnType<typeof pairDetailLines> }>();

/** The units the picker offers, narrowed by its query. */
export function pickerChoices(s: DiffTuiState): UnitChoice[] {
  if (!s.picker) return [];
  const q = s.picker.query.trim().toLowerCase();
  const all = s.model.units[s.picker.side];
  return q ? all.filter((u) => `${u.id} ${u.label}`.toLowerCase().includes(q)) : all;
}


/** Keeps the selection on a visible pair and every scroll position in range. */
function settle(s: DiffTuiState): DiffTuiState {
  const visible = visiblePairs(s);
  let selected = s.selected;
  if (!visible.includes(selected)) selected = visible.find((i) => i >= selected) ?? visible[visible.length - 1] ?? -1;
  const next = { ...s, selected };
  const { body } = layoutOf(s.width, s.height);
  const rows = listRows(next, visible);
  const at = rows.findIndex((r) => r.kind === 'pair' && r.index === selected);
  const listTop = keepInView(s.listTop, at, rows.length, body);
  const detail = detailLinesOf(next).length;
  const detailTop = clamp(s.detailTop, 0, Math.max(0, detail - body));
  let picker = s.picker;
  if (picker) {
    const n = pickerChoices(next).length;
    const cursor = clamp(picker.cursor, 0, Math.max(0, n - 1));
    let top = clamp(picker.top, 0, Math.max(0, n - (body - 2)));
    if (cursor < top) top = cursor;
    if (cursor >= top + body - 2) top = cursor - (body - 2) + 1;
    picker = { ...picker, cursor, top };
  }
  return { ...next, listTop, detailTop, picker };
}

/** The list core's parts for the diff UI: its pairs, filters and words. */
const DIFF_PANE: ListPane<DiffTuiState, Filter> = {
  filters: FILTERS,
  visible: visiblePairs,
  settle,
  wanted: (s, i) => isChange(s.model.diff.pairs[i]!),
  wantedNoun: 'change',
  noun: 'pair',
};

export function reduceDiffTui(s: DiffTuiState, a: DiffTuiAction): DiffTuiState {
  // The relink picker, while open, takes the movement and search keys and esc.
  if (s.picker) {
    const picker = s.picker;
    const { body } = layoutOf(s.width, s.height);
    switch (a.type) {
      case 'move':
      case 'page':
        return settle({ ...s, picker: { ...picker, cursor: picker.cursor + (a.type === 'page' ? a.by * Math.max(1, body - 2) : a.by) } });
      case 'edge':
        return settle({ ...s, picker: { ...picker, cursor: a.to === 'top' ? 0 : 1e9 } });
      case 'search-start':
        return { ...s, picker: { ...picker, query: '' }, draft: '' };
      case 'search-type':
      case 'search-erase': {
        const draft = a.type === 'search-type' ? (s.draft ?? '') + a.text : [...(s.draft ?? '')].slice(0, -1).join('');
        return settle({ ...s, draft, picker: { ...picker, query: draft, cursor: 0, top: 0 } });
      }
      case 'search-end':
        return settle({ ...s, draft: null, picker: { ...picker, query: a.keep ? (s.draft ?? '') : '' } });
      case 'escape':
        if (s.help) return { ...s, help: false };
        return settle({ ...s, picker: null, message: { text: 'relink cancelled', tone: 'info' } });
    }
  }
  switch (a.type) {
    case 'side-by-side':
      return settle({ ...s, sideBySide: !s.sideBySide });
    case 'variants':
      return settle({ ...s, variantsOpen: !s.variantsOpen });
    case 'pick-start': {
      const p = s.model.diff.pairs[s.selected];
      if (!p) return s;
      const side = p.base.length ? 'other' : 'base';
      const from = side === 'other' ? p.base : p.other;
      // Start on the unit the pair is linked to now, if any.
      const current = (side === 'other' ? p.other : p.base)[0];
      const cursor = Math.max(0, s.model.units[side].findIndex((u) => u.id === current));
      return settle({ ...s, picker: { side, from, query: '', cursor, top: Math.max(0, cursor - 2) }, help: false });
    }
    case 'model': {
      // Keep the selection on the same clauses after a review decision re-ran the diff.
      const old = s.model.diff.pairs[s.selected];
      const pairs = a.model.diff.pairs;
      let selected = old ? pairs.findIndex((p) => p.base.join() === old.base.join() && p.other.join() === old.other.join()) : -1;
      if (selected < 0 && old) selected = pairs.findIndex((p) => p.base.some((b) => old.base.includes(b)));
      if (selected < 0 && old) selected = pairs.findIndex((p) => p.other.some((o) => old.other.includes(o)));
      return settle({ ...s, model: a.model, selected: Math.max(0, selected), picker: null, draft: null, message: a.message });
    }
  }
  return reduceListPane(s, a, DIFF_PANE) ?? s;
}
