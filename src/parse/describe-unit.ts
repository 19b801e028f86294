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

/** The section a unit belongs to, as printed (一、扩大有效投资政策; 第二章规划与建设 › 第一节规划 under a 节); '' for the preamble and closing. */
export function unitSection(doc: ParsedDocument, id: string): string {
  const c = doc.clauses.find((x) => x.id === id);
  const s = c ? doc.sections.find((x) => x.number === c.section) : doc.sections.find((x) => x.id === id);
  if (!s) return '';
  // An article under a 节 is listed under its chapter and its 节 (第二章 会计核算 › 第一节 一般规定).
  const sub = c?.path && c.path.length > 1 ? c.path.slice(1).map((x) => x.replace(/\s+/g, '')) : [];
  return [`${s.label}${s.title}`, ...sub].join(' › ');
}
