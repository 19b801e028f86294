// Whether a stretch of a text cuts through words jieba reads there (品质 in 产品|质量): such a stretch is no word of its own.
import { segmentText } from './segment-text.js';

/** How many characters on each side of the stretch are cut with it. */
const CONTEXT = 4;

/**
 * True where a word of the text starts before the stretch [at, at + length) and ends inside it, or starts inside and ends after
 * (产品|质量 cross 品质), or one holds it in its middle (产品质量). A word opening or closing with the stretch (智慧城市, 高品质) does
 * not split it.
 */
export function splitsWords(text: string, at: number, length: number): boolean {
  const from = Math.max(0, at - CONTEXT);
  const [start, end] = [at - from, at - from + length];
  let pos = 0;
  for (const w of segmentText(text.slice(from, at + length + CONTEXT))) {
    const [a, b] = [pos, pos + w.length];
    if ((a < start && b > start && b < end) || (a > start && a < end && b > end)) return true;
    // Held in the middle of one word (产品质量 holds 品质 between 产 and 量): the stretch is no morpheme of it.
    if (a < start && b > end) return true;
    pos = b;
  }
  return false;
}
