// Key handling of the check view: a key press becomes a reducer action, or closes the view, or quits.
import type { CheckTuiAction, CheckTuiState } from './check-tui-state.js';
import { type KeyInfo, navigationKey, searchKey } from './diff-tui-keys.js';

/** close: esc with nothing left to close (the view goes back to the diff UI when it was opened from there). */
export type CheckKeyResult = CheckTuiAction | { type: 'quit' } | { type: 'close' } | null;

export function checkKey(s: CheckTuiState, input: string, key: KeyInfo): CheckKeyResult {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (s.draft !== null) {
    if (key.upArrow || key.downArrow || key.pageUp || key.pageDown) return navigationKey(input, key);
    return searchKey(input, key);
  }
  if (s.help) return input === 'q' ? { type: 'quit' } : { type: 'help', open: false };
  const nav = navigationKey(input, key);
  if (nav) return nav;
  if (input === 'q') return { type: 'quit' };
  if (key.escape) return !s.query && s.focus === 'list' && !s.message ? { type: 'close' } : { type: 'escape' };
  if (key.tab) return { type: 'focus', to: 'toggle' };
  if (key.return || key.rightArrow) return { type: 'focus', to: 'detail' };
  if (key.leftArrow) return { type: 'focus', to: 'list' };
  switch (input) {
    case '?':
      return { type: 'help' };
    case '/':
      return { type: 'search-start' };
    case 'n':
      return { type: 'next-disagreement', by: 1 };
    case 'N':
      return { type: 'next-disagreement', by: -1 };
    case 'f':
      return { type: 'filter', by: 1 };
    case 'F':
      return { type: 'filter', by: -1 };
  }
  return null;
}
