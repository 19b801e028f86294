// Where the sentence or item line holding a position begins and ends, looked for within a bounded reach (a text without punctuation is not searched end to end for each figure).

/** How far from a position its sentence or line is looked for. */
export const REACH = 300;

/** Where the sentence holding `at` starts: after its 。, ； or line break, no more than REACH characters back. */
export function sentenceStart(text: string, at: number): number {
  const near = Math.max(0, at - REACH);
  const window = text.slice(near, at);
  return near + Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('\n')) + 1;
}

/** Where the sentence from `from` ends (at its 。, ； or line break), no more than REACH characters on. */
export function sentenceEnd(text: string, from: number): number {
  const m = /[。；\n]/.exec(text.slice(from, from + REACH));
  return m ? from + m.index : Math.min(text.length, from + REACH);
}

/** An item line of a list: （一）, (一), 1. */
export const ITEM_LINE = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])/;

/** The start of the line holding `at` where that line is an item of a list (（一）…, 1. …); null elsewhere, or beyond REACH. */
export function itemLineStart(text: string, at: number): number | null {
  const near = Math.max(0, at - REACH);
  const lineStart = near + text.slice(near, at).lastIndexOf('\n') + 1;
  if (lineStart === near && near > 0) return null;
  return ITEM_LINE.test(text.slice(lineStart, lineStart + 8)) ? lineStart : null;
}
