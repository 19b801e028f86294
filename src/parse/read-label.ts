// Recognizes the clause and section labels of a policy text — （一）, （1）, 1./1、 and 一、 — by the heading styles of heading-styles.tsv, with their ordinal.
import { readHeading } from './read-heading.js';

/** The heading styles that number a policy's clauses. */
const CLAUSE_STYLES = ['cn-paren', 'arabic-paren', 'arabic-dot'] as const;
export type LabelStyle = (typeof CLAUSE_STYLES)[number];

export interface Label {
  style: LabelStyle;
  ordinal: number;
  /** The label as printed, e.g. "（十二）" or "12.". */
  printed: string;
}

/** `12.2024年…`: a dot label followed by a year, read as a label only where the numbering expects that number. */
const DOT_BEFORE_YEAR = /^(\d{1,3})[.．](?=(?:19|20)\d\d年)/;

/** Reads a clause label at the start of a paragraph (`expected`: the ordinal the numbering calls for next). */
export function readClauseLabel(paragraph: string, expected?: number): Label | null {
  const year = DOT_BEFORE_YEAR.exec(paragraph);
  if (year && Number(year[1]) === expected) return { style: 'arabic-dot', ordinal: expected, printed: year[0] };
  const h = readHeading(paragraph);
  const style = CLAUSE_STYLES.find((s) => s === h?.style);
  return h && style ? { style, ordinal: h.ordinal, printed: h.printed } : null;
}

/** A section's lead, the units that carry it out (（由市发改委牵头实施）, （由…牵头负责）); group 1 is the units. */
export const LEAD = '[（(]由([^。；]{2,40}?)牵头(?:实施|负责)?[）)]';

/** Reads a section heading (一、扩大有效投资政策（由市发改委牵头实施）): short, numbered 一、二、… */
export function readSectionHeading(paragraph: string): { number: number; printed: string; title: string; lead: string | null } | null {
  if (paragraph.length > 80 || /。/.test(paragraph)) return null;
  const h = readHeading(paragraph);
  if (h?.style !== 'cn-dun' || !h.rest.trim()) return null;
  let title = h.rest.trim();
  let lead: string | null = null;
  const leadMatch = new RegExp(`${LEAD}\\s*$`).exec(title);
  if (leadMatch) {
    lead = leadMatch[1]!.trim();
    title = title.slice(0, leadMatch.index).trim();
  }
  return { number: h.ordinal, printed: h.printed, title, lead };
}
