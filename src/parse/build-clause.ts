// A clause from its paragraphs: label, title sentence, body and responsible units; also the unnumbered clauses of a text that prints no item numbers.
import type { Clause, SourceSpan } from '../model/parsed-document.js';
import type { Paragraph } from './paragraphs.js';
import type { Label } from './read-label.js';
import { findUnitsNote } from './split-units.js';

export interface OpenClause {
  /** The label as read; a style only where it is one of a policy's clause styles (a 决定's 一、 item has none). */
  label: Omit<Label, 'style'> & Partial<Pick<Label, 'style'>>;
  section: number;
  paragraphs: Paragraph[];
}

export type SpanOf = (start: number, end: number) => SourceSpan;

/** A clause from its paragraphs; `shownAs` names an unnumbered one, which prints no label of its own. */
export function buildClause(open: OpenClause, spanOf: SpanOf, shownAs?: string): Clause {
  const first = open.paragraphs[0]!;
  const last = open.paragraphs[open.paragraphs.length - 1]!;
  let text = open.paragraphs.map((p) => p.text).join('\n').slice(open.label.printed.length).trim();
  let units: string[] = [];
  const note = findUnitsNote(text);
  if (note && text.slice(note.end).trim().length <= 2) {
    units = note.units;
    text = (text.slice(0, note.start) + text.slice(note.end)).trim();
  }
  // A title on a line of its own (（一）实施技改提升行动, then its text): that line; else the first sentence.
  const firstLine = text.indexOf('\n');
  const stop = firstLine > 0 && open.paragraphs.length > 1 && !/[。；！？]/.test(text.slice(0, firstLine)) ? firstLine : firstSentenceEnd(text);
  const title = text.slice(0, stop).replace(/[。；]$/, '').trim();
  const body = text.slice(stop).trim();
  return {
    id: `c${open.label.ordinal}`,
    ordinal: open.label.ordinal,
    section: open.section,
    label: shownAs ?? open.label.printed,
    title,
    text,
    body,
    units,
    facts: [],
    span: spanOf(first.start, last.end),
  };
}

/** A clause that prints no number of its own: the n-th item paragraph of a section (一、第2段) or of the text (第2段). */
export function unnumberedClause(n: number, section: number, paragraphs: Paragraph[], spanOf: SpanOf, shownAs: string): Clause {
  return buildClause({ label: { style: 'arabic-paren', ordinal: n, printed: '' }, section, paragraphs }, spanOf, shownAs);
}

/** Paragraphs that each carry an item; a paragraph that is only a responsible-units note belongs to the item before it. */
export function paragraphItems(paras: Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  for (const p of paras) {
    const note = findUnitsNote(p.text);
    if (note && note.start === 0 && out.length && p.text.slice(note.end).trim().length <= 2) out[out.length - 1]!.push(p);
    else out.push([p]);
  }
  return out;
}

/** End of the title sentence: the first 。, else the first ；, else the whole text when short. */
function firstSentenceEnd(text: string): number {
  const stop = text.indexOf('。');
  if (stop >= 0 && stop <= 80) return stop + 1;
  const semi = text.indexOf('；');
  if (semi >= 0 && semi <= 60) return semi + 1;
  return stop >= 0 ? stop + 1 : text.length;
}
