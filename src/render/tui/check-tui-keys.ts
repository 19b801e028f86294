// Key handling of the check view: a key press becomes a reducer action, or closes the view, or quits.
import type { CheckTuiAction, CheckTuiState } from './check-tui-state.js';
import { type KeyInfo, listKey, navigationKey, searchKey } from './screen-keys.js';

/** close: esc with nothing left to close (the view goes back to the diff UI when it was opened from there). */
export type CheckKeyResult = CheckTuiAction | { type: 'quit' } | { type: 'close' } | null;

export function checkKey(s: CheckTuiState, input: string, key: KeyInfo): CheckKeyResult {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (s.draft !== null) {
    if (key.upArrow || key.downArrow || key.pageUp || key.pageDown) return navigationKey(input, key);
    return searchKey(input, key);
  }
  if (s.help) return input === 'q' ? { type: 'quit' } : { type: 'help', open: false };
  const r = navigationKey(input, key) ?? listKey(input, key);
  // esc with nothing left to close leaves the view.
  if (r?.type === 'escape' && !s.query && s.focus === 'list' && !s.message) return { type: 'close' };
  return r;
}
