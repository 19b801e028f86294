// Drops a printed page's running head and foot (中华人民共和国国务院令, 国务院公报 at the top or foot of every page) where pages end with a form feed.
import { isTitleLike } from './strip-chrome.js';
import { TrackedText, removeRanges } from './tracked-text.js';

/** How often a line must open (or close) the pages to be their running head (or foot): on this share of them, and twice at least. */
const SHARE = 0.4;

/**
 * Pages are what form feeds (\f, as a PDF's text layer and pdftotext give them) divide. A line of Chinese text that is the first
 * (or the last) of at least two pages and of 40 % of them, figures aside, is the page's running head (or foot), not text — but on
 * the first page a head that names a kind of document is the title it repeats; a text of two pages is read for a head only. Page
 * numbers are left to the chrome step. Returns the text without them and how many lines went.
 */
export function dropRunningHeads(t: TrackedText): { text: TrackedText; dropped: number } {
  const text = t.text;
  if (!text.includes('\f')) return { text: t, dropped: 0 };
  const pages: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\f') {
      pages.push([start, i]);
      start = i + 1;
    }
  }
  if (pages.length < 2) return { text: t, dropped: 0 };
  // Each page's first and last line that holds text, as [start, end) with the line break after it.
  const edges = pages.map(([a, b]) => {
    const lines: Array<[number, number]> = [];
    let s = a;
    for (let i = a; i <= b; i++) {
      if (i === b || text[i] === '\n') {
        if (text.slice(s, i).trim()) lines.push([s, i]);
        s = i + 1;
      }
    }
    return { head: lines[0], foot: lines.length > 1 ? lines[lines.length - 1] : undefined };
  });
  const key = (r: [number, number]) => text.slice(r[0], r[1]).replace(/\s+/g, '').replace(/\d+/g, '#');
  const ranges: Array<[number, number]> = [];
  for (const side of ['head', 'foot'] as const) {
    // A text of two pages shows a running head, never a foot: two pages may well end alike (（责任单位：市发改委）).
    if (side === 'foot' && pages.length < 3) continue;
    const counts = new Map<string, number>();
    for (const e of edges) if (e[side]) counts.set(key(e[side]!), (counts.get(key(e[side]!)) ?? 0) + 1);
    edges.forEach((e, p) => {
      const r = e[side];
      if (!r) return;
      const k = key(r);
      const n = counts.get(k)!;
      // The first page prints the title a running head repeats: that one is the title.
      if (side === 'head' && p === 0 && isTitleLike(k)) return;
      if (n >= 2 && n >= SHARE * pages.length && /\p{Script=Han}/u.test(k)) ranges.push([r[0], Math.min(text.length, r[1] + 1)]);
    });
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return { text: removeRanges(t, ranges), dropped: ranges.length };
}
