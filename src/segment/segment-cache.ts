// Keeps the word cuts of a pair of documents between runs, keyed by their content and the dictionary, so a repeated diff need not load jieba.
import { contentHash, readCached, writeCached } from '../store/content-cache.js';
import { segmenterVersion, useSegmentMemo, userTerms } from './segment-text.js';

let open: { key: string; cuts: Map<string, string[]> } | null = null;

/**
 * Answers cuts from the cache entry of these texts (the raw documents compared), made with this
 * segmenter and these user terms; a change to either is a different entry. Loading jieba's
 * dictionary is most of a cold start, and with every cut cached it is not loaded at all.
 */
export function openSegmentCache(...texts: string[]): void {
  const key = `${contentHash(segmenterVersion(), ...userTerms(), '\u0001', ...texts)}.json`;
  if (open?.key === key) return;
  const cuts = new Map<string, string[]>();
  const stored = readCached('segments', key);
  if (stored) {
    try {
      // A cut is taken only if its words make up its text again (an entry swapped in or edited gives nothing wrong).
      for (const [text, words] of JSON.parse(stored.toString('utf8')) as Array<[string, string]>) {
        const cut = words.split('\u0001');
        if (typeof text === 'string' && cut.join('') === text) cuts.set(text, cut);
      }
    } catch {
      cuts.clear(); // a damaged entry is made again
    }
  }
  open = { key, cuts };
  useSegmentMemo(cuts);
}

/** Writes the open entry back when cuts were added to it; the cache stays open. */
export function saveSegmentCache(): void {
  if (!open) return;
  if (!useSegmentMemo(open.cuts)) return;
  // Checked when read (each cut must make up its text again): not flushed.
  writeCached('segments', open.key, JSON.stringify([...open.cuts].map(([text, words]) => [text, words.join('\u0001')])), true);
}
