// Key handling of the diff UI: a key press becomes a reducer action or an effect (review decisions, undo, the check view, quit) for the app to carry out.
import type { ReviewAction } from '../../model/review-action.js';
import { type DiffTuiAction, type DiffTuiState, pickerChoices } from './diff-tui-state.js';
import { type KeyInfo, listKey, navigationKey, searchKey } from './screen-keys.js';

export type { KeyInfo };

export type DiffEffect = { type: 'review'; action: ReviewAction; say: string } | { type: 'undo' } | { type: 'check'; side: 'base' | 'other' } | { type: 'quit' };
export type DiffKeyResult = DiffTuiAction | DiffEffect | null;

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
