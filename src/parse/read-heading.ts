// Reads the numbered heading or item a paragraph opens with, by the styles of heading-styles.tsv: {style, ordinal, printed label, rest}.
import { type HeadingRole, loadHeadingStyles } from '../lexicon/load-heading-styles.js';
import { parseChineseNumeral } from './parse-chinese-numeral.js';

export interface Heading {
  style: string;
  rank: number | null;
  role: HeadingRole;
  ordinal: number;
  /** The Y of 第X条之Y; null otherwise. */
  sub: number | null;
  /** As printed: 第十二条之一, （三）, 1. */
  printed: string;
  /** What follows the label in the paragraph. */
  rest: string;
}

/** A heading line (第一章 总则) is short and is no sentence. */
const MAX_HEADING_LINE = 50;

/** The heading or numbered item at the start of a paragraph, or null. */
export function readHeading(paragraph: string): Heading | null {
  for (const s of loadHeadingStyles()) {
    const m = s.pattern.exec(paragraph);
    if (!m) continue;
    const ordinal = numberOf(m[1]!);
    const sub = m[2] === undefined ? null : numberOf(m[2]);
    if (ordinal === null || ordinal <= 0 || (m[2] !== undefined && (sub === null || sub <= 0))) continue;
    const rest = paragraph.slice(m[0].length);
    // A heading is a line of its own, no sentence: it may hold a comma (第三章 审查和批准决算，听取和审议…), never a sentence's end; a
    // contents line that lists several (第一章总则第二章…) opens none.
    if (s.role === 'heading' && (paragraph.length > MAX_HEADING_LINE || /[。；：！？]/.test(rest) || /第[零〇一二三四五六七八九十百]+[编章节]/.test(rest))) continue;
    return { style: s.style, rank: s.rank, role: s.role, ordinal, sub, printed: m[0], rest };
  }
  return null;
}

function numberOf(s: string): number | null {
  const circled = s.codePointAt(0)!;
  if (s.length === 1 && circled >= 0x2460 && circled <= 0x2473) return circled - 0x2460 + 1;
  const n = parseChineseNumeral(s);
  return n !== null && Number.isInteger(n) ? n : null;
}
