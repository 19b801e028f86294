// How a clause, section intro, preamble or closing is named in text output: printed label and title.
import type { ParsedDocument } from '../model/parsed-document.js';

export function describeUnit(doc: ParsedDocument, id: string): string {
  const c = doc.clauses.find((x) => x.id === id);
  if (c) return `${c.label}${c.title}`;
  const s = doc.sections.find((x) => x.id === id);
  if (s) return `${s.label}${s.title}（引言）`;
  return id === 'preamble' ? '序言' : id === 'closing' ? '结尾' : id;
}
