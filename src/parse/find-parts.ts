// Finds where a file holds more than one document (a notice printing a 若干政策 and an 行动计划): each further one's title line and first heading.
import type { Paragraph } from './paragraphs.js';
import { readHeading } from './read-heading.js';
import { readSectionHeading } from './read-label.js';
import { isTitleLike } from '../normalize/strip-chrome.js';

export const DRAFT_MARK = /^[（(](?:征求意见稿|送审稿|讨论稿|草案)[）)]$/;

export interface PartStart {
  /** The paragraph of its title (the first title line). */
  title: number;
  /** The paragraph of its first heading (一、). */
  heading: number;
}

/** A paragraph of running text, not a title line. */
export function isProse(text: string): boolean {
  return text.length > 80 || /[。；]$/.test(text.trim()) || (text.length > 40 && /，/.test(text));
}

/**
 * The documents after the first in paragraphs [head, end): where the numbering starts again at 一、 under a title line of its own
 * (…若干政策, …行动计划, …实施方案). A 一、 again with no title above it is not a new document (the caller says the numbering restarts).
 */
export function findParts(paragraphs: Paragraph[], head: number, end: number): PartStart[] {
  const out: PartStart[] = [];
  let last = 0;
  let since = 0;
  for (let i = head; i < end; i++) {
    const h = readSectionHeading(paragraphs[i]!.text);
    if (h && h.number === last + 1) {
      last = h.number;
      since = 0;
      continue;
    }
    if (h && h.number === 1 && last >= 1 && since > 0) {
      const title = titleBefore(paragraphs, i, (out[out.length - 1]?.heading ?? head) + 1);
      if (title !== null) {
        out.push({ title, heading: i });
        last = 1;
        since = 0;
        continue;
      }
    }
    since++;
  }
  return out;
}

/** The first of the title lines (at most three, a draft mark among them) above a document's preamble and first heading; null if none, or none below `floor`. */
export function titleBefore(paragraphs: Paragraph[], heading: number, floor: number): number | null {
  let i = heading;
  while (i > floor && isProse(paragraphs[i - 1]!.text)) i--;
  let t = i;
  while (t > floor && t > i - 3 && isTitleLine(paragraphs[t - 1]!.text.trim())) t--;
  return t < i ? t : null;
}

function isTitleLine(text: string): boolean {
  return DRAFT_MARK.test(text) || (isTitleLike(text) && !isProse(text) && readHeading(text) === null);
}
