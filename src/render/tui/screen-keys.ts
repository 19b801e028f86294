// Keys the three UIs share: what ink reports, movement, typing a search, the keys of a list beside a detail pane, and keys typed in one chunk.
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
