// How a clause, section intro, preamble or closing is named in output: printed label and title, its label alone, its section.
import type { ParsedDocument } from '../model/parsed-document.js';

export function describeUnit(doc: ParsedDocument, id: string): string {
  const c = doc.clauses.find((x) => x.id === id);
  if (c) return `${c.label}${c.title}`;
  const s = doc.sections.find((x) => x.id === id);
  if (s) return `${s.label}${s.title}（引言）`;
  return id === 'preamble' ? '序言' : id === 'closing' ? '结尾' : id;
}

/** The printed label alone: （五）, 5., 一、 (a section intro), 序言. */
export function unitLabel(doc: ParsedDocument, id: string): string {
  const c = doc.clauses.find((x) => x.id === id);
  if (c) return c.label;
  const s = doc.sections.find((x) => x.id === id);
  if (s) return s.label;
  return id === 'preamble' ? '序言' : id === 'closing' ? '结尾' : id;
}

/** The section a unit belongs to, as printed (一、扩大有效投资政策); '' for the preamble and closing. */
export function unitSection(doc: ParsedDocument, id: string): string {
  const c = doc.clauses.find((x) => x.id === id);
  const s = c ? doc.sections.find((x) => x.number === c.section) : doc.sections.find((x) => x.id === id);
  return s ? `${s.label}${s.title}` : '';
}
