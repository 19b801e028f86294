// Parse stage: normalized text → title, cover, preamble, sections, clauses, closing and attachment tables.
import type { NormalizedDocument } from '../model/normalized-document.js';
import type { Clause, ParseWarning, ParsedDocument, Passage, Section, SourceSpan } from '../model/parsed-document.js';
import { rawLineOf } from '../normalize/normalize-document.js';
import { isTitleLike } from '../normalize/strip-chrome.js';
import { type Paragraph, splitParagraphs } from './paragraphs.js';
import { parseTables } from './parse-tables.js';
import { type LabelStyle, readClauseLabel, readSectionHeading } from './read-label.js';
import { findUnitsNote } from './split-units.js';

const CLOSING_START = /^(?:上述|以上|本通知|本文件|本方案|本政策|本意见|本措施|本办法|本规定)/;
const ATTACHMENT_START = /^附件\s*\d*[：:]?\s*$|^附件\s*\d+\s*[：:]/;
const DRAFT_MARK = /^[（(](?:征求意见稿|送审稿|讨论稿|草案)[）)]$/;

interface OpenClause {
  label: ReturnType<typeof readClauseLabel> & object;
  section: number;
  paragraphs: Paragraph[];
  duplicate: number;
}

/** Parses the structure of a normalized document; facts are left empty for the extract stage. */
export function parseDocument(doc: NormalizedDocument): ParsedDocument {
  const paragraphs = splitParagraphs(doc.text);
  const spanOf = (start: number, end: number): SourceSpan => ({
    start,
    end,
    line: rawLineOf(doc, start),
    endLine: rawLineOf(doc, Math.max(start, end - 1)),
  });
  const warnings: ParseWarning[] = [];
  const warn = (p: Paragraph, message: string) => warnings.push({ line: rawLineOf(doc, p.start), message });

  // A document may be nothing but its attachment tables (附件 on the first line).
  const attachmentAt = paragraphs.findIndex((p) => ATTACHMENT_START.test(p.text.trim()));
  const bodyEnd = attachmentAt >= 0 ? attachmentAt : paragraphs.length;
  const firstSection = paragraphs.findIndex((p, i) => i < bodyEnd && readSectionHeading(p.text)?.number === 1);
  const head = firstSection >= 0 ? firstSection : bodyEnd;

  // Title: the short title-like lines just before the preamble's prose.
  let preambleStart = head;
  while (preambleStart > 0 && isProse(paragraphs[preambleStart - 1]!.text)) preambleStart--;
  let titleStart = preambleStart;
  while (titleStart > 0) {
    const t = paragraphs[titleStart - 1]!.text.trim();
    if (DRAFT_MARK.test(t) || (isTitleLike(t) && titleStart === preambleStart) || (titleStart < preambleStart && isTitleLike(t) && !/通知$/.test(t))) {
      titleStart--;
      if (!DRAFT_MARK.test(t)) break;
    } else break;
  }
  if (titleStart === preambleStart && preambleStart > 0 && paragraphs[preambleStart - 1]!.text.length <= 80) titleStart--;
  const title = paragraphs
    .slice(titleStart, preambleStart)
    .map((p) => p.text.trim())
    .join('');
  const cover = paragraphs
    .slice(0, titleStart)
    .map((p) => p.text)
    .join('\n');
  const preamble = passage('preamble', paragraphs.slice(preambleStart, head), spanOf);

  const sections: Section[] = [];
  const clauses: Clause[] = [];
  let closingFrom = -1;
  let style: LabelStyle | null = null;
  let restartEachSection = false;
  let open: OpenClause | null = null;
  let sectionParas: Paragraph[] = [];
  let sectionHead: ReturnType<typeof readSectionHeading> = null;
  let sectionHeadPara: Paragraph | null = null;
  let lastOrdinal = 0;
  let clausesInSection = 0;

  const closeClause = () => {
    if (open) clauses.push(buildClause(open, spanOf));
    open = null;
  };
  const closeSection = () => {
    if (sectionHead && sectionHeadPara) {
      const intro = sectionParas.map((p) => p.text).join('\n');
      const end = sectionParas.length ? sectionParas[sectionParas.length - 1]!.end : sectionHeadPara.end;
      sections.push({
        id: `s${sectionHead.number}`,
        number: sectionHead.number,
        label: sectionHead.printed,
        title: sectionHead.title,
        lead: sectionHead.lead,
        intro,
        facts: [],
        span: spanOf(sectionHeadPara.start, end),
      });
    }
    sectionParas = [];
  };

  for (let i = head; i < bodyEnd; i++) {
    const p = paragraphs[i]!;
    const heading = readSectionHeading(p.text);
    if (heading && heading.number === (sectionHead?.number ?? 0) + 1) {
      closeClause();
      closeSection();
      sectionHead = heading;
      sectionHeadPara = p;
      clausesInSection = 0;
      continue;
    }
    if (clauses.length + (open ? 1 : 0) > 0 && CLOSING_START.test(p.text)) {
      closingFrom = i;
      break;
    }
    const label = sectionHead ? readClauseLabel(p.text, lastOrdinal + 1) : null;
    let accept = false;
    if (label) {
      if (style === null) {
        accept = label.ordinal === 1;
        if (accept) style = label.style;
      } else if (label.style === style) {
        const expected = lastOrdinal + 1;
        if (label.ordinal === expected) accept = true;
        else if (label.ordinal === 1 && clausesInSection === 0 && lastOrdinal > 0) {
          accept = true;
          restartEachSection = true;
        } else if (label.ordinal > expected && label.ordinal <= expected + 3) {
          accept = true;
          warn(p, `numbering jumps from ${lastOrdinal} to ${label.ordinal}`);
        } else if (label.ordinal === lastOrdinal && lastOrdinal > 0) {
          accept = true;
          warn(p, `clause number ${label.ordinal} appears twice`);
        }
      }
    }
    if (accept && label) {
      closeClause();
      const duplicate = clauses.filter((c) => c.ordinal === label.ordinal && c.section === sectionHead!.number).length;
      open = { label, section: sectionHead!.number, paragraphs: [p], duplicate };
      lastOrdinal = label.ordinal;
      clausesInSection++;
      continue;
    }
    if (open) (open as OpenClause).paragraphs.push(p);
    else sectionParas.push(p);
  }
  closeClause();
  closeSection();
  if (restartEachSection) {
    for (const c of clauses) c.id = `c${c.section}.${c.ordinal}`;
  }
  for (const c of clauses) {
    const dup = clauses.filter((o) => o.id === c.id);
    if (dup.length > 1) dup.forEach((o, k) => k > 0 && (o.id = `${o.id}-${k + 1}`));
  }
  if (bodyEnd === 0) warnings.push({ line: 1, message: 'the document is only attachment tables: no body text, no clauses' });
  else if (firstSection < 0) warnings.push({ line: 1, message: 'no section headings (一、…) found: the whole text is read as preamble' });
  else if (clauses.length === 0) warnings.push({ line: 1, message: 'no numbered clauses found' });

  const closingParas = closingFrom >= 0 ? paragraphs.slice(closingFrom, bodyEnd) : [];
  const closing = passage('closing', closingParas, spanOf);
  const attachments = attachmentAt >= 0 ? parseTables(paragraphs.slice(attachmentAt), spanOf) : [];

  return { id: doc.id, title, cover, preamble, sections, clauses, closing, attachments, warnings };
}

function isProse(text: string): boolean {
  return text.length > 80 || /[。；]$/.test(text.trim()) || (text.length > 40 && /，/.test(text));
}

function passage(id: string, paras: Paragraph[], spanOf: (s: number, e: number) => SourceSpan): Passage | null {
  if (paras.length === 0) return null;
  return {
    id,
    text: paras.map((p) => p.text).join('\n'),
    facts: [],
    span: spanOf(paras[0]!.start, paras[paras.length - 1]!.end),
  };
}

function buildClause(open: OpenClause, spanOf: (s: number, e: number) => SourceSpan): Clause {
  const first = open.paragraphs[0]!;
  const last = open.paragraphs[open.paragraphs.length - 1]!;
  let text = open.paragraphs.map((p) => p.text).join('\n').slice(open.label.printed.length).trim();
  let units: string[] = [];
  const note = findUnitsNote(text);
  if (note && text.slice(note.end).trim().length <= 2) {
    units = note.units;
    text = (text.slice(0, note.start) + text.slice(note.end)).trim();
  }
  const stop = firstSentenceEnd(text);
  const title = text.slice(0, stop).replace(/[。；]$/, '').trim();
  const body = text.slice(stop).trim();
  return {
    id: `c${open.label.ordinal}`,
    ordinal: open.label.ordinal,
    section: open.section,
    label: open.label.printed,
    title,
    text,
    body,
    units,
    facts: [],
    span: spanOf(first.start, last.end),
  };
}

/** End of the title sentence: the first 。, else the first ；, else the whole text when short. */
function firstSentenceEnd(text: string): number {
  const stop = text.indexOf('。');
  if (stop >= 0 && stop <= 80) return stop + 1;
  const semi = text.indexOf('；');
  if (semi >= 0 && semi <= 60) return semi + 1;
  return stop >= 0 ? stop + 1 : text.length;
}
