// State of the diff UI and its pure reducer: selection, filters, search, panes, scrolling, the relink picker; no terminal needed.
import type { DocumentDiff, PairDiff } from '../../model/clause-diff.js';
import { pairDetailLines } from './pair-detail-lines.js';
import type { ListAction, ScreenAction } from './screen-actions.js';
import { type Message, clamp, cycle, keepInView, layoutOf, nextWhere, stepIn } from './screen-parts.js';
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

export interface DiffTuiState {
  model: DiffTuiModel;
  theme: Theme;
  width: number;
  height: number;
  filter: Filter;
  /** The search in force, and the one being typed after `/` (null when not typing). */
  query: string;
  draft: string | null;
  /** Index into model.diff.pairs of the selected pair; -1 when the filter leaves nothing. */
  selected: number;
  listTop: number;
  focus: 'list' | 'detail';
  detailTop: number;
  sideBySide: boolean;
  variantsOpen: boolean;
  help: boolean;
  picker: Picker | null;
  message: Message | null;
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
      return isLow(p) || p.base.length > 1 || p.other.length > 1;
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
  return pairDetailLines(p, { width: layoutOf(s.width, s.height).detail, sideBySide: s.sideBySide, variantsOpen: s.variantsOpen }, s.theme);
}

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

function moveSelection(s: DiffTuiState, by: number): DiffTuiState {
  const to = stepIn(visiblePairs(s), s.selected, by);
  return to === null || to === s.selected ? s : { ...s, selected: to, detailTop: 0 };
}

export function reduceDiffTui(s: DiffTuiState, a: DiffTuiAction): DiffTuiState {
  const { body } = layoutOf(s.width, s.height);
  const page = Math.max(1, body - 2);
  switch (a.type) {
    case 'resize':
      return settle({ ...s, width: a.width, height: a.height });
    case 'move':
    case 'page': {
      const by = a.type === 'page' ? a.by * page : a.by;
      if (s.picker) return settle({ ...s, picker: { ...s.picker, cursor: s.picker.cursor + by } });
      if (s.focus === 'detail') return settle({ ...s, detailTop: s.detailTop + by });
      return settle(moveSelection(s, by));
    }
    case 'edge': {
      const far = a.to === 'top' ? -1e9 : 1e9;
      if (s.picker) return settle({ ...s, picker: { ...s.picker, cursor: far < 0 ? 0 : 1e9 } });
      if (s.focus === 'detail') return settle({ ...s, detailTop: far < 0 ? 0 : 1e9 });
      return settle(moveSelection(s, far));
    }
    case 'focus': {
      const to = a.to === 'toggle' ? (s.focus === 'list' ? 'detail' : 'list') : a.to;
      return { ...s, focus: s.selected < 0 ? 'list' : to };
    }
    case 'next': {
      const to = nextWhere(visiblePairs(s), s.selected, a.by, (i) => isChange(s.model.diff.pairs[i]!));
      if (to === undefined) return { ...s, message: { text: a.by > 0 ? 'no further change below' : 'no change above', tone: 'info' } };
      return settle({ ...s, selected: to, detailTop: 0, message: null });
    }
    case 'filter': {
      const filter = cycle(FILTERS, s.filter, a.by);
      const next = settle({ ...s, filter, listTop: 0 });
      const n = visiblePairs(next).length;
      return { ...next, message: { text: `filter: ${filter} · ${n} pair${n === 1 ? '' : 's'}`, tone: 'info' } };
    }
    case 'search-start':
      if (s.picker) return { ...s, picker: { ...s.picker, query: '' }, draft: '' };
      return { ...s, draft: s.query };
    case 'search-type':
    case 'search-erase': {
      const draft = a.type === 'search-type' ? (s.draft ?? '') + a.text : [...(s.draft ?? '')].slice(0, -1).join('');
      if (s.picker) return settle({ ...s, draft, picker: { ...s.picker, query: draft, cursor: 0, top: 0 } });
      return settle({ ...s, draft, listTop: 0 });
    }
    case 'search-end': {
      if (s.picker) return settle({ ...s, draft: null, picker: { ...s.picker, query: a.keep ? (s.draft ?? '') : '' } });
      const next = settle({ ...s, query: a.keep ? (s.draft ?? '') : s.query, draft: null });
      if (!a.keep) return next;
      const n = visiblePairs(next).length;
      return { ...next, message: next.query ? { text: `search “${next.query}”: ${n} pair${n === 1 ? '' : 's'} (esc clears)`, tone: n ? 'info' : 'error' } : null };
    }
    case 'side-by-side':
      return settle({ ...s, sideBySide: !s.sideBySide });
    case 'variants':
      return settle({ ...s, variantsOpen: !s.variantsOpen });
    case 'help':
      return { ...s, help: a.open ?? !s.help };
    case 'escape':
      if (s.help) return { ...s, help: false };
      if (s.picker) return settle({ ...s, picker: null, message: { text: 'relink cancelled', tone: 'info' } });
      if (s.focus === 'detail') return { ...s, focus: 'list' };
      if (s.query) return settle({ ...s, query: '', message: { text: 'search cleared', tone: 'info' } });
      return { ...s, message: null };
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
    case 'message':
      return { ...s, message: a.message };
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
}
