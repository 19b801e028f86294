// How a clause, section intro, preamble or closing is named in output: printed label and title, its label alone, its section.
import type { ParsedDocument } from '../model/parsed-document.js';
import { inSection, partClosingId, partHeadId } from './in-section.js';

export function describeUnit(doc: ParsedDocument, id: string): string {
  const c = doc.clauses.find((x) => x.id === id);
  if (c) return `${partMark(doc, c.part)}${c.label}${c.title}`;
  const s = doc.sections.find((x) => x.id === id);
  if (s?.part && s.id === partHeadId(s.part)) return `《${s.title}》（标题和引言）`;
  if (s?.part && s.id === partClosingId(s.part)) return `${partMark(doc, s.part)}结尾`;
  if (s) return `${partMark(doc, s.part)}${s.label}${s.title}（引言）`;
  return id === 'preamble' ? '序言' : id === 'closing' ? '结尾' : id;
}

/** In a file of several documents, which one a unit is in: its title in 《》, cut to 16 characters. */
function partMark(doc: ParsedDocument, part: number | undefined): string {
  const title = part ? doc.sections.find((x) => x.id === partHeadId(part))?.title : undefined;
  return title ? `《${title.length > 16 ? `${title.slice(0, 15)}…` : title}》` : '';
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
  const s = c ? doc.sections.find((x) => inSection(c, x)) : doc.sections.find((x) => x.id === id);
  if (!s) return '';
  // An article under a 节 is listed under its chapter and its 节 (第二章 会计核算 › 第一节 一般规定).
  const sub = c?.path && c.path.length > 1 ? c.path.slice(1).map((x) => x.replace(/\s+/g, '')) : [];
  // In a file of several documents, the document comes first (云湖市跨境电商高质量发展行动计划 › 二、重点任务).
  const part = s.part && s.id !== partHeadId(s.part) ? doc.sections.find((x) => x.id === partHeadId(s.part!)) : undefined;
  return [...(part?.title ? [part.title] : []), `${s.label}${s.title}`, ...sub].filter(Boolean).join(' › ');
}
