// Recognizes clause and section labels: （一）/(一), 1./1、, 一、, with their ordinal.
import { parseChineseNumeral } from './parse-chinese-numeral.js';

export type LabelStyle = 'paren-chinese' | 'arabic-dot' | 'paren-arabic';

export interface Label {
  style: LabelStyle;
  ordinal: number;
  /** The label as printed, e.g. "（十二）" or "12.". */
  printed: string;
}

const CLAUSE_LABELS: Array<[LabelStyle, RegExp]> = [
  ['paren-chinese', /^[（(]([一二三四五六七八九十百零〇]{1,5})[）)]/],
  ['paren-arabic', /^[（(](\d{1,3})[）)]/],
  ['arabic-dot', /^(\d{1,3})[.．、](?!\d)/],
];

/** `12.2024年…`: a dot label followed by a year, read as a label only where the numbering expects that number. */
const DOT_BEFORE_YEAR = /^(\d{1,3})[.．](?=(?:19|20)\d\d年)/;

/** Reads a clause label at the start of a paragraph (`expected`: the ordinal the numbering calls for next). */
export function readClauseLabel(paragraph: string, expected?: number): Label | null {
  const year = DOT_BEFORE_YEAR.exec(paragraph);
  if (year && Number(year[1]) === expected) return { style: 'arabic-dot', ordinal: expected, printed: year[0] };
  for (const [style, re] of CLAUSE_LABELS) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const ordinal = parseChineseNumeral(m[1]!);
    if (ordinal === null || ordinal <= 0) continue;
    return { style, ordinal, printed: m[0] };
  }
  return null;
}

const SECTION = /^([一二三四五六七八九十]{1,3})、(.+)$/;

/** Reads a section heading (一、扩大有效投资政策（由市发改委牵头实施）): short, numbered 一、二、… */
export function readSectionHeading(paragraph: string): { number: number; printed: string; title: string; lead: string | null } | null {
  if (paragraph.length > 80 || /。/.test(paragraph)) return null;
  const m = SECTION.exec(paragraph);
  if (!m) return null;
  const number = parseChineseNumeral(m[1]!);
  if (!number) return null;
  let title = m[2]!.trim();
  let lead: string | null = null;
  const leadMatch = /[（(]由(.+?)牵头(?:实施|负责)?[）)]\s*$/.exec(title);
  if (leadMatch) {
    lead = leadMatch[1]!.trim();
    title = title.slice(0, leadMatch.index).trim();
  }
  return { number, printed: `${m[1]}、`, title, lead };
}
