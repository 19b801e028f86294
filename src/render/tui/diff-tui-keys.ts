// Key handling of the diff UI: a key press becomes a reducer action or an effect (review decisions, undo, the check view, quit) for the app to carry out.
import type { ReviewAction } from '../../align/review-alignment.js';
import { type DiffTuiAction, type DiffTuiState, pickerChoices } from './diff-tui-state.js';
import type { ListAction, NavigationAction, SearchAction } from './screen-actions.js';

/** The keys ink reports, as far as the UI reads them. */
export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  tab?: boolean;
  shift?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

export type DiffEffect = { type: 'review'; action: ReviewAction; say: string } | { type: 'undo' } | { type: 'check'; side: 'base' | 'other' } | { type: 'quit' };
export type DiffKeyResult = DiffTuiAction | DiffEffect | null;

/** Movement shared by the list, the detail pane, the picker and the families matrix. */
export function navigationKey(input: string, key: KeyInfo): NavigationAction | null {
  if (key.downArrow || input === 'j' || (key.ctrl && input === 'n')) return { type: 'move', by: 1 };
  if (key.upArrow || input === 'k' || (key.ctrl && input === 'p')) return { type: 'move', by: -1 };
  if (key.pageDown || (key.ctrl && (input === 'f' || input === 'd')) || input === ' ') return { type: 'page', by: 1 };
  if (key.pageUp || (key.ctrl && (input === 'b' || input === 'u'))) return { type: 'page', by: -1 };
  if (key.home || input === 'g') return { type: 'edge', to: 'top' };
  if (key.end || input === 'G') return { type: 'edge', to: 'bottom' };
  return null;
}

/** Keys while a search is typed (both UIs): enter keeps it, esc drops it, backspace erases, anything printable is typed. */
export function searchKey(input: string, key: KeyInfo): SearchAction | null {
  if (key.return) return { type: 'search-end', keep: true };
  if (key.escape) return { type: 'search-end', keep: false };
  if (key.backspace || key.delete) return { type: 'search-erase' };
  if (input && !key.ctrl && !key.meta && !key.tab) return { type: 'search-type', text: input };
  return null;
}

/** Keys of a list beside a detail pane: q quits; esc, tab, enter/→ and ←, ? help, / search, n/N next/previous entry that matters, f/F filter. */
export function listKey(input: string, key: KeyInfo): ListAction | { type: 'quit' } | null {
  if (input === 'q') return { type: 'quit' };
  if (key.escape) return { type: 'escape' };
  if (key.tab) return { type: 'focus', to: 'toggle' };
  if (key.return || key.rightArrow) return { type: 'focus', to: 'detail' };
  if (key.leftArrow) return { type: 'focus', to: 'list' };
  switch (input) {
    case '?':
      return { type: 'help' };
    case '/':
      return { type: 'search-start' };
    case 'n':
    case 'N':
      return { type: 'next', by: input === 'n' ? 1 : -1 };
    case 'f':
    case 'F':
      return { type: 'filter', by: input === 'f' ? 1 : -1 };
  }
  return null;
}

export function diffKey(s: DiffTuiState, input: string, key: KeyInfo): DiffKeyResult {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (s.draft !== null) {
    // The list follows the search as it is typed, and the arrows move in it meanwhile.
    if (key.upArrow || key.downArrow || key.pageUp || key.pageDown) return navigationKey(input, key);
    return searchKey(input, key);
  }
  if (s.help) {
    if (input === 'q') return { type: 'quit' };
    return { type: 'help', open: false };
  }
  if (s.picker) {
    if (key.escape || input === 'q') return { type: 'escape' };
    if (input === '/') return { type: 'search-start' };
    if (key.return || input === 'a') {
      const unit = pickerChoices(s)[s.picker.cursor];
      if (!unit) return { type: 'message', message: { text: 'nothing to pick: esc cancels', tone: 'error' } };
      const action = pickedLink(s, unit.id, input === 'a');
      return { type: 'review', action, say: `linked ${action.base.join('+')} ↔ ${action.other.join('+')}` };
    }
    return navigationKey(input, key);
  }
  const nav = navigationKey(input, key) ?? listKey(input, key);
  if (nav) return nav;
  switch (input) {
    case 's':
      return { type: 'side-by-side' };
    case 'v':
      return { type: 'variants' };
    case 'u':
      return { type: 'undo' };
    case 't':
      return { type: 'check', side: 'other' };
    case 'T':
      return { type: 'check', side: 'base' };
    case 'l':
      return s.selected >= 0 ? { type: 'pick-start' } : null;
    case 'c':
    case 'x':
      return reviewSelected(s, input === 'c' ? 'confirm' : 'reject');
  }
  return null;
}

/**
 * The link the picker makes: the selected clauses with the one picked (enter), which then leaves any link it had; or (a) added to
 * the link the picked one already has — a county clause carrying part of a city clause the city links with another.
 */
function pickedLink(s: DiffTuiState, unit: string, add: boolean): Extract<ReviewAction, { kind: 'link' }> {
  const picker = s.picker!;
  const side = picker.side;
  const has = add ? s.model.diff.pairs.find((p) => p.link && p[side].includes(unit)) : undefined;
  const order = (ids: string[], all: string[]) => [...new Set(ids)].sort((a, b) => all.indexOf(a) - all.indexOf(b));
  const units = (k: 'base' | 'other') => s.model.units[k].map((u) => u.id);
  if (side === 'other') {
    return { kind: 'link', base: order([...picker.from, ...(has?.base ?? [])], units('base')), other: order(has ? has.other : [unit], units('other')) };
  }
  return { kind: 'link', base: order(has ? has.base : [unit], units('base')), other: order([...picker.from, ...(has?.other ?? [])], units('other')) };
}

/** Confirm or reject the selected pair's link, or say why there is none. */
function reviewSelected(s: DiffTuiState, kind: 'confirm' | 'reject'): DiffKeyResult {
  const p = s.model.diff.pairs[s.selected];
  if (!p) return null;
  if (!p.link) return { type: 'message', message: { text: `no link to ${kind}: this clause is only in ${p.status === 'base-only' ? 'base' : 'other'}; l links it by hand`, tone: 'error' } };
  const done = kind === 'confirm' ? 'confirmed' : 'rejected';
  if (p.link.status === done) return { type: 'message', message: { text: `already ${done}: ${p.base.join('+')} ↔ ${p.other.join('+')} (u undoes a decision of this session)`, tone: 'info' } };
  const action: ReviewAction = { kind, base: p.base[0]!, other: p.other[0]! };
  return { type: 'review', action, say: `${done} ${p.base.join('+')} ↔ ${p.other.join('+')}` };
}

/**
 * Keys typed faster than a frame arrive as one chunk ("jj\r"). Return, tab, backspace and escape in it are keys of their own;
 * the rest is one key per character, except while a search is being typed, where a run of text stays whole (pasted, or from an input method).
 * Esc and the key after it read in one chunk look like Alt+key to the terminal parser ("\x1bc" is meta c): the UIs bind no Alt keys,
 * so that is esc followed by the key, as it was typed.
 */
export function splitKeys(input: string, key: KeyInfo, typing: boolean): Array<[string, KeyInfo]> {
  if (key.meta && !key.escape && !key.ctrl) return [['', { escape: true }], ...splitKeys(input, { ...key, meta: false }, false)];
  if (key.ctrl || key.meta || [...input].length <= 1) return [[input, key]];
  const out: Array<[string, KeyInfo]> = [];
  let text = '';
  const flush = () => {
    if (text) out.push([text, {}]);
    text = '';
  };
  for (const ch of input) {
    const control: KeyInfo | null =
      ch === '\r' || ch === '\n' ? { return: true } : ch === '\t' ? { tab: true } : ch === '\x7f' || ch === '\b' ? { backspace: true } : ch === '\x1b' ? { escape: true } : null;
    if (control) {
      flush();
      out.push(['', control]);
      // After return the search is over: what follows is keys again.
      if (control.return || control.escape) typing = false;
    } else if (typing) text += ch;
    else out.push([ch, {}]);
  }
  flush();
  return out;
}
