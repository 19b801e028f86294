// Key handling of the families matrix: a key press becomes a reducer action, or asks the app for an item's figures, or quits.
import { type KeyInfo, navigationKey, searchKey } from './screen-keys.js';
import type { FamiliesTuiAction, FamiliesTuiState } from './families-tui-state.js';

export type FamiliesKeyResult = FamiliesTuiAction | { type: 'want-figures'; family: string } | { type: 'quit' } | null;

export function familiesKey(s: FamiliesTuiState, input: string, key: KeyInfo): FamiliesKeyResult {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (s.draft !== null) return searchKey(input, key);
  if (s.help) return input === 'q' ? { type: 'quit' } : { type: 'help', open: false };
  const nav = navigationKey(input, key);
  if (nav) return nav;
  if (input === 'q') return { type: 'quit' };
  if (key.escape) return { type: 'escape' };
  if (key.tab) return { type: 'focus', to: 'toggle' };
  if (key.leftArrow || input === 'h') return { type: 'columns', by: -1 };
  if (key.rightArrow || input === 'l') return { type: 'columns', by: 1 };
  if (key.return) {
    const fam = s.table.families[s.selected];
    return fam ? { type: 'want-figures', family: fam.id } : null;
  }
  switch (input) {
    case '?':
      return { type: 'help' };
    case '/':
      return { type: 'search-start' };
    case 'f':
      return { type: 'filter', by: 1 };
    case 'F':
      return { type: 'filter', by: -1 };
  }
  return null;
}
