// Reducer actions both UIs share: terminal size, movement (navigationKey) and a typed search (searchKey).
export type NavigationAction = { type: 'move'; by: number } | { type: 'page'; by: number } | { type: 'edge'; to: 'top' | 'bottom' };

export type SearchAction = { type: 'search-end'; keep: boolean } | { type: 'search-erase' } | { type: 'search-type'; text: string };

export type ScreenAction = { type: 'resize'; width: number; height: number } | NavigationAction | { type: 'search-start' } | SearchAction;
