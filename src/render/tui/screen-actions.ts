// Reducer actions the UIs share: terminal size, movement (navigationKey), a typed search (searchKey), and the keys of a list with a detail pane (listKey).
export type NavigationAction = { type: 'move'; by: number } | { type: 'page'; by: number } | { type: 'edge'; to: 'top' | 'bottom' };

export type SearchAction = { type: 'search-end'; keep: boolean } | { type: 'search-erase' } | { type: 'search-type'; text: string };

export type ScreenAction = { type: 'resize'; width: number; height: number } | NavigationAction | { type: 'search-start' } | SearchAction;

/** A list beside a detail pane (the diff and check views): panes, help, search, filter, and the next entry that matters. */
export type ListAction =
  | { type: 'focus'; to: 'list' | 'detail' | 'toggle' }
  | { type: 'help'; open?: boolean }
  | { type: 'search-start' }
  | { type: 'filter'; by: 1 | -1 }
  | { type: 'next'; by: 1 | -1 }
  | { type: 'escape' };
