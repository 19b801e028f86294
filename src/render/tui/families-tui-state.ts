// State of the families matrix UI and its pure reducer: selected item, filters, search, document columns scrolled, figures of one item.
import type { FamilyFigures, FamilyTable } from '../../model/family.js';
import type { ScreenAction } from './screen-actions.js';
import { type Message, clamp, cycle } from './screen-parts.js';
import type { Theme } from './tui-theme.js';

export const FAMILY_FILTERS = ['all', 'uneven', 'partial', 'unanchored'] as const;
export type FamilyFilter = (typeof FAMILY_FILTERS)[number];

export interface FamiliesTuiState {
  table: FamilyTable;
  theme: Theme;
  width: number;
  height: number;
  filter: FamilyFilter;
  query: string;
  draft: string | null;
  /** Index into table.families; -1 when nothing passes the filter. */
  selected: number;
  top: number;
  /** First document column shown (columns scroll sideways when they do not fit). */
  column: number;
  /** Figures of the selected item, once asked for with enter; the chosen quantity. */
  figures: FamilyFigures | null;
  quantity: number;
  focus: 'matrix' | 'figures';
  help: boolean;
  message: Message | null;
}

export type FamiliesTuiAction =
  | ScreenAction
  | { type: 'columns'; by: number }
  | { type: 'filter'; by: 1 | -1 }
  | { type: 'focus'; to: 'matrix' | 'figures' | 'toggle' }
  | { type: 'figures'; figures: FamilyFigures | null }
  | { type: 'help'; open?: boolean }
  | { type: 'escape' }
  | { type: 'message'; message: Message | null };

/** Rows and columns: header 3, footer 1, one spare row; the figures pane takes up to a third of the body. */
export function familiesLayout(s: Pick<FamiliesTuiState, 'width' | 'height' | 'figures' | 'table'>) {
  const body = Math.max(4, s.height - 5);
  const figures = s.figures ? Math.min(Math.max(4, s.figures.rows.length + 3), Math.floor(body / 2)) : 0;
  const matrix = body - figures - 1; // one row of column headings
  const idWidth = Math.min(7, Math.max(4, ...s.table.families.map((f) => f.id.length)));
  const titleWidth = Math.max(16, Math.min(40, Math.floor(s.width * 0.32)));
  const cell = 9;
  const columns = Math.max(1, Math.floor((s.width - idWidth - titleWidth - 2) / cell));
  return { body, figures, matrix, idWidth, titleWidth, cell, columns };
}

function passes(t: FamilyTable, i: number, f: FamilyFilter): boolean {
  const fam = t.families[i]!;
  const marks = t.documents.map((d) => fam.members[d.id]?.mark ?? 'absent');
  switch (f) {
    case 'all':
      return true;
    case 'uneven':
      return marks.some((m) => m !== 'adopted');
    case 'partial':
      return marks.includes('partial');
    case 'unanchored':
      return fam.id.includes(':');
  }
}

export function visibleFamilies(s: Pick<FamiliesTuiState, 'table' | 'filter' | 'query' | 'draft'>): number[] {
  const q = (s.draft ?? s.query).trim().toLowerCase();
  const out: number[] = [];
  s.table.families.forEach((f, i) => {
    if (passes(s.table, i, s.filter) && (!q || `${f.id} ${f.title}`.toLowerCase().includes(q))) out.push(i);
  });
  return out;
}

export function initialFamiliesState(table: FamilyTable, theme: Theme, width: number, height: number): FamiliesTuiState {
  return settle({ table, theme, width, height, filter: 'all', query: '', draft: null, selected: 0, top: 0, column: 0, figures: null, quantity: 0, focus: 'matrix', help: false, message: null });
}


function settle(s: FamiliesTuiState): FamiliesTuiState {
  const visible = visibleFamilies(s);
  let selected = s.selected;
  if (!visible.includes(selected)) selected = visible.find((i) => i >= selected) ?? visible[visible.length - 1] ?? -1;
  const L = familiesLayout(s);
  const at = Math.max(0, visible.indexOf(selected));
  let top = clamp(s.top, 0, Math.max(0, visible.length - L.matrix));
  if (at < top) top = at;
  if (at >= top + L.matrix) top = at - L.matrix + 1;
  const others = s.table.documents.length;
  const column = clamp(s.column, 0, Math.max(0, others - L.columns));
  // Figures belong to one item: moving to another closes them.
  const figures = s.figures && s.table.families[selected]?.id === s.figures.family ? s.figures : null;
  const quantity = figures ? clamp(s.quantity, 0, Math.max(0, figures.rows.length - 1)) : 0;
  return { ...s, selected, top, column, figures, quantity, focus: figures ? s.focus : 'matrix' };
}

function moveBy(s: FamiliesTuiState, by: number): FamiliesTuiState {
  if (s.focus === 'figures' && s.figures) return settle({ ...s, quantity: s.quantity + by });
  const visible = visibleFamilies(s);
  if (!visible.length) return s;
  const at = Math.max(0, visible.indexOf(s.selected));
  return settle({ ...s, selected: visible[clamp(at + by, 0, visible.length - 1)]! });
}

export function reduceFamiliesTui(s: FamiliesTuiState, a: FamiliesTuiAction): FamiliesTuiState {
  const L = familiesLayout(s);
  switch (a.type) {
    case 'resize':
      return settle({ ...s, width: a.width, height: a.height });
    case 'move':
      return moveBy(s, a.by);
    case 'page':
      return moveBy(s, a.by * Math.max(1, (s.focus === 'figures' ? L.figures : L.matrix) - 1));
    case 'edge':
      return moveBy(s, a.to === 'top' ? -1e9 : 1e9);
    case 'columns':
      return settle({ ...s, column: s.column + a.by });
    case 'filter': {
      const filter = cycle(FAMILY_FILTERS, s.filter, a.by);
      const next = settle({ ...s, filter, top: 0 });
      return { ...next, message: { text: `filter: ${filter} · ${visibleFamilies(next).length} items`, tone: 'info' } };
    }
    case 'search-start':
      return { ...s, draft: s.query };
    case 'search-type':
      return settle({ ...s, draft: (s.draft ?? '') + a.text, top: 0 });
    case 'search-erase':
      return settle({ ...s, draft: [...(s.draft ?? '')].slice(0, -1).join('') });
    case 'search-end':
      return settle({ ...s, query: a.keep ? (s.draft ?? '') : s.query, draft: null });
    case 'focus': {
      const to = a.to === 'toggle' ? (s.focus === 'matrix' ? 'figures' : 'matrix') : a.to;
      return { ...s, focus: to === 'figures' && !s.figures ? 'matrix' : to };
    }
    case 'figures':
      if (a.figures && !a.figures.rows.length) return { ...s, message: { text: `${a.figures.family}: the clause states no figure`, tone: 'info' } };
      return settle({ ...s, figures: a.figures, quantity: 0, focus: a.figures ? 'figures' : 'matrix', message: null });
    case 'help':
      return { ...s, help: a.open ?? !s.help };
    case 'escape':
      if (s.help) return { ...s, help: false };
      if (s.figures) return settle({ ...s, figures: null });
      if (s.query) return settle({ ...s, query: '' });
      return { ...s, message: null };
    case 'message':
      return { ...s, message: a.message };
  }
}
