// Loads the words that name an event of a document's history (history-events.tsv): 通过 adopted, 修正 amended …, in order of precedence.
import { HISTORY_EVENTS, type HistoryEntry } from '../model/parsed-document.js';
import { lexiconRows, readLexiconText } from './read-lexicon.js';

type HistoryEvent = HistoryEntry['event'];

export interface HistoryWord {
  word: string;
  event: HistoryEvent;
  /** Lower wins when a line names several events (…通过的《修正案》 is an amendment). */
  precedence: number;
}

let cache: HistoryWord[] | null = null;

export function loadHistoryWords(): HistoryWord[] {
  if (cache) return cache;
  cache = lexiconRows(readLexiconText('history-events.tsv'))
    .map(([word, event, precedence]) => {
      if (!word || !HISTORY_EVENTS.includes(event as HistoryEvent) || !/^\d+$/.test(precedence ?? '')) throw new Error(`history-events.tsv: malformed line: ${word}`);
      return { word, event: event as HistoryEvent, precedence: Number(precedence) };
    })
    .sort((a, b) => a.precedence - b.precedence);
  return cache;
}
