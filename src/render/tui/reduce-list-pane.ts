// The reducer core of a list beside a detail pane (the diff UI and the check view): moving, paging, panes, the next entry that matters, filters, search, help, esc.
import type { ListAction, ScreenAction } from './screen-actions.js';
import { type Message, cycle, layoutOf, nextWhere, stepIn } from './screen-parts.js';

/** What a list-and-detail screen keeps: its size, the filter and search, the selection, both panes' scroll, help and the footer message. */
export interface ListPaneState<F extends string> {
  width: number;
  height: number;
  filter: F;
  /** The search in force, and the one being typed after `/` (null when not typing). */
  query: string;
  draft: string | null;
  /** The selected entry (an index into the screen's entries); -1 when the filter leaves nothing. */
  selected: number;
  listTop: number;
  focus: 'list' | 'detail';
  detailTop: number;
  help: boolean;
  message: Message | null;
}

/** What differs between the screens: their entries, filters, how a state is settled, and the words of their messages. */
export interface ListPane<S extends ListPaneState<F>, F extends string> {
  filters: readonly F[];
  /** The entries the filter and search leave, in order. */
  visible(s: S): number[];
  /** Keeps the selection on a visible entry and every scroll position in range. */
  settle(s: S): S;
  /** The entries `n` jumps to (a change, a disagreement), and what they are called. */
  wanted(s: S, i: number): boolean;
  wantedNoun: string;
  /** What an entry is called in counts (pair, row). */
  noun: string;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The next state for an action of the list core, or null for an action the screen handles itself. */
export function reduceListPane<S extends ListPaneState<F>, F extends string>(s: S, a: ScreenAction | ListAction | { type: 'message'; message: Message | null }, pane: ListPane<S, F>): S | null {
  const { body } = layoutOf(s.width, s.height);
  const page = Math.max(1, body - 2);
  const select = (by: number): S => {
    const to = stepIn(pane.visible(s), s.selected, by);
    return to === null || to === s.selected ? s : { ...s, selected: to, detailTop: 0 };
  };
  switch (a.type) {
    case 'resize':
      return pane.settle({ ...s, width: a.width, height: a.height });
    case 'move':
    case 'page': {
      const by = a.type === 'page' ? a.by * page : a.by;
      if (s.focus === 'detail') return pane.settle({ ...s, detailTop: s.detailTop + by });
      return pane.settle(select(by));
    }
    case 'edge': {
      if (s.focus === 'detail') return pane.settle({ ...s, detailTop: a.to === 'top' ? 0 : 1e9 });
      return pane.settle(select(a.to === 'top' ? -1e9 : 1e9));
    }
    case 'focus': {
      const to = a.to === 'toggle' ? (s.focus === 'list' ? 'detail' : 'list') : a.to;
      return { ...s, focus: s.selected < 0 ? 'list' : to };
    }
    case 'next': {
      const to = nextWhere(pane.visible(s), s.selected, a.by, (i) => pane.wanted(s, i));
      if (to === undefined) return { ...s, message: { text: a.by > 0 ? `no further ${pane.wantedNoun} below` : `no ${pane.wantedNoun} above`, tone: 'info' } };
      return pane.settle({ ...s, selected: to, detailTop: 0, message: null });
    }
    case 'filter': {
      const filter = cycle(pane.filters, s.filter, a.by);
      const next = pane.settle({ ...s, filter, listTop: 0 });
      return { ...next, message: { text: `filter: ${filter} · ${plural(pane.visible(next).length, pane.noun)}`, tone: 'info' } };
    }
    case 'search-start':
      return { ...s, draft: s.query };
    case 'search-type':
    case 'search-erase': {
      const draft = a.type === 'search-type' ? (s.draft ?? '') + a.text : [...(s.draft ?? '')].slice(0, -1).join('');
      return pane.settle({ ...s, draft, listTop: 0 });
    }
    case 'search-end': {
      const next = pane.settle({ ...s, query: a.keep ? (s.draft ?? '') : s.query, draft: null });
      if (!a.keep) return next;
      const n = pane.visible(next).length;
      return { ...next, message: next.query ? { text: `search “${next.query}”: ${plural(n, pane.noun)} (esc clears)`, tone: n ? 'info' : 'error' } : null };
    }
    case 'help':
      return { ...s, help: a.open ?? !s.help };
    case 'escape':
      if (s.help) return { ...s, help: false };
      if (s.focus === 'detail') return { ...s, focus: 'list' };
      if (s.query) return pane.settle({ ...s, query: '', message: { text: 'search cleared', tone: 'info' } });
      return { ...s, message: null };
    case 'message':
      return { ...s, message: a.message };
  }
  return null;
}
