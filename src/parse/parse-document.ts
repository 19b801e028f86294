// Parse stage: normalized text → title, cover, preamble, sections, clauses, closing and attachment tables.
import type { NormalizedDocument } from '../model/normalized-document.js';
import type { Clause, OutlineNode, ParseWarning, ParsedDocument, Passage, Section, SourceSpan } from '../model/parsed-document.js';
import { readHeading } from './read-heading.js';
import { rawLineOf } from '../normalize/normalize-document.js';
import { isTitleLike } from '../normalize/strip-chrome.js';
import { type Paragraph, splitParagraphs } from './paragraphs.js';
import { parseTables } from './parse-tables.js';
import { type LabelStyle, readClauseLabel, readSectionHeading } from './read-label.js';
import { findUnitsNote } from './split-units.js';
import { firstArticle, parseArticles } from './parse-articles.js';
import { detectDocNumber } from '../ingest/detect-metadata.js';
import { outsideUnits } from './check-coverage.js';

const CLOSING_START = /^(?:上述|以上|本通知|本文件|本方案|本政策|本意见|本措施|本办法|本规定)/;
const ATTACHMENT_START = /^附件\s*\d*[：:]?\s*$|^附件\s*\d+\s*[：:]/;
const DRAFT_MARK = /^[（(](?:征求意见稿|送审稿|讨论稿|草案)[）)]$/;

interface OpenClause {
  label: ReturnType<typeof readClauseLabel> & object;
  section: number;
  paragraphs: Paragraph[];
}

/**
 * Parses the structure of a normalized document; facts are left empty for the extract stage.
 * Text that no unit holds is reported (an outline warning), never dropped silently.
 */
export function parseDocument(doc: NormalizedDocument): ParsedDocument {
  const parsed = readStructure(doc);
  const outside = outsideUnits(parsed, doc);
  if (outside.outsideChars > 0 && outside.firstOutside) {
    const share = ((100 * outside.outsideChars) / Math.max(1, outside.bodyChars)).toFixed(1);
    parsed.warnings.push({
      line: outside.firstOutside.line,
      kind: 'outline',
      message: `${outside.outsideChars} characters (${share}% of the text) are in no clause or passage, from “${outside.firstOutside.text.slice(0, 20)}”: they are not compared`,
    });
  }
  // Bytes the decoder could not read (a bad byte in a UTF-8 file, a character cut off at its end) stand as �: say where.
  const unreadable = [...doc.text.matchAll(/\uFFFD+/g)].slice(0, 5);
  for (const m of unreadable) {
    parsed.warnings.push({ line: rawLineOf(doc, m.index), kind: 'outline', message: 'text here could not be read (bytes that are not valid in its encoding, shown as �): check this line against the original' });
  }
  return parsed;
}

function readStructure(doc: NormalizedDocument): ParsedDocument {
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
  /** The attachment tables; attachments in prose (a list, a form, notes) are read as closing text, so they are compared too. */
  const withAttachments = (d: ParsedDocument): ParsedDocument => {
    if (attachmentAt < 0) return d;
    const attachments = parseTables(paragraphs.slice(attachmentAt), spanOf);
    if (attachments.length) return { ...d, attachments };
    const paras = paragraphs.slice(attachmentAt);
    const text = paras.map((p) => p.text).join('\n');
    const end = paras[paras.length - 1]!.end;
    const closing = d.closing
      ? { ...d.closing, text: `${d.closing.text}\n${text}`, span: spanOf(d.closing.span.start, end) }
      : { id: 'closing', text, facts: [], span: spanOf(paras[0]!.start, end) };
    return { ...d, closing };
  };

  // Laws, regulations, 规章 and most 管理办法: articles (第X条) in chapters.
  // A markdown source marks its title (`# …`): that line is the title, whatever the lines around it look like.
  const markdownTitles = new Set<number>();
  paragraphs.forEach((p, i) => {
    const at = doc.rawLineStarts[rawLineOf(doc, p.start) - 1] ?? 0;
    if (doc.raw[at] === '#' && (doc.raw[at + 1] === ' ' || doc.raw[at + 1] === '\t')) markdownTitles.add(i);
  });
  const markdownTitle = Math.min(...markdownTitles);
  const articlesFrom = firstArticle(paragraphs, bodyEnd);
  if (articlesFrom !== null) {
    const docNumber = detectDocNumber(paragraphs.slice(0, 12).map((p) => p.text).join('\n'));
    const read = parseArticles({ paragraphs, bodyEnd, spanOf, markdownTitles, docNumber, firstArticle: articlesFrom });
    return withAttachments({ id: doc.id, ...read, attachments: [] });
  }
  const firstSection = paragraphs.findIndex((p, i) => i < bodyEnd && readSectionHeading(p.text)?.number === 1);
  // Without section headings, numbered items from 1 on are the clauses, in no section (section 0).
  const firstNumbered = firstSection >= 0 ? -1 : paragraphs.findIndex((p, i) => i < bodyEnd && readClauseLabel(p.text, 1)?.ordinal === 1);
  const head = firstSection >= 0 ? firstSection : firstNumbered >= 0 ? firstNumbered : bodyEnd;
  // Nothing numbered at all: the paragraphs are the units, so that all of the text is compared.
  if (head === bodyEnd && bodyEnd > 0) return withAttachments({ id: doc.id, ...parseParagraphs(paragraphs, bodyEnd, spanOf, markdownTitle), attachments: [] });

  // Title: the markdown title, else the short title-like lines just before the preamble's prose.
  const marked = markdownTitle < head;
  let preambleStart = marked ? markdownTitle + 1 : head;
  while (!marked && preambleStart > 0 && isProse(paragraphs[preambleStart - 1]!.text)) preambleStart--;
  let titleStart = marked ? markdownTitle : preambleStart;
  while (!marked && titleStart > 0) {
    const t = paragraphs[titleStart - 1]!.text.trim();
    if (DRAFT_MARK.test(t) || (isTitleLike(t) && titleStart === preambleStart) || (titleStart < preambleStart && isTitleLike(t) && !/通知$/.test(t))) {
      titleStart--;
      if (!DRAFT_MARK.test(t)) break;
    } else break;
  }
  if (!marked && titleStart === preambleStart && preambleStart > 0 && paragraphs[preambleStart - 1]!.text.length <= 80) titleStart--;
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
  let sectionHead: ReturnType<typeof readSectionHeading> = firstNumbered >= 0 ? { number: 0, printed: '', title: '', lead: null } : null;
  let sectionHeadPara: Paragraph | null = null;
  let lastOrdinal = 0;
  let clausesInSection = 0;

  const closeClause = () => {
    if (open) clauses.push(buildClause(open, spanOf));
    open = null;
  };
  /** Each section's heading and own paragraphs (its intro), for a text that numbers only its sections. */
  const sectionOwn = new Map<number, { heading: Paragraph; paras: Paragraph[] }>();
  const closeSection = () => {
    if (sectionHead && sectionHeadPara) {
      sectionOwn.set(sectionHead.number, { heading: sectionHeadPara, paras: sectionParas });
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
    // The closing, once there are clauses — or, in a text whose sections number no items, once a section holds text.
    const started = clauses.length + (open ? 1 : 0) > 0 || (style === null && sectionHead !== null && sectionHead.number > 0 && sectionParas.length > 0);
    if (started && CLOSING_START.test(p.text)) {
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
      open = { label, section: sectionHead!.number, paragraphs: [p] };
      lastOrdinal = label.ordinal;
      clausesInSection++;
      continue;
    }
    if (open) (open as OpenClause).paragraphs.push(p);
    else sectionParas.push(p);
  }
  closeClause();
  closeSection();
  // Sections numbered, items not (若干政策 often write each item as a paragraph of its own): the paragraphs are the clauses.
  if (clauses.length === 0 && sections.length > 0) {
    for (const section of sections) {
      const own = sectionOwn.get(section.number)!;
      const items = paragraphItems(own.paras);
      if (!items.length) continue;
      section.intro = '';
      section.span = spanOf(own.heading.start, own.heading.end);
      items.forEach((paras, k) => clauses.push(unnumberedClause(k + 1, section.number, paras, spanOf, `${section.label}第${k + 1}段`)));
    }
    restartEachSection = true;
  }
  if (restartEachSection) {
    for (const c of clauses) c.id = `c${c.section}.${c.ordinal}`;
  }
  // A number printed twice: the second is c4-2, the third c4-3 (one pass, so a text of many clauses stays linear).
  const byId = new Map<string, Clause[]>();
  for (const c of clauses) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  for (const group of byId.values()) group.forEach((o, k) => k > 0 && (o.id = `${o.id}-${k + 1}`));
  if (bodyEnd === 0) warnings.push({ line: 1, message: 'the document is only attachment tables: no body text, no clauses' });
  else if (clauses.length === 0) warnings.push({ line: 1, kind: 'outline', message: 'no numbered clauses found' });

  const closingParas = closingFrom >= 0 ? paragraphs.slice(closingFrom, bodyEnd) : [];
  // A notice may wrap a second document after the first one's closing: say so, it is read (and compared) as closing text.
  const restart = closingParas.find((p) => readSectionHeading(p.text)?.number === 1);
  if (restart) {
    warnings.push({
      line: rawLineOf(doc, restart.start),
      kind: 'outline',
      message: 'the numbering starts again (一、) after the closing, as a second document in one file would: it is compared as closing text, not clause by clause',
    });
  }
  const closing = passage('closing', closingParas, spanOf);

  return withAttachments({ id: doc.id, title, cover, preamble, sections, clauses, closing, attachments: [], warnings, outline: policyOutline(sections, clauses) });
}

/** The outline of a text numbered 一、/（一）/1.: its sections, and the clauses in them. */
function policyOutline(sections: Section[], clauses: Clause[]): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const style = (label: string) => readHeading(label)?.style ?? 'paragraph';
  const clauseNode = (c: Clause, depth: number): OutlineNode => ({ style: style(c.label), depth, ordinal: c.ordinal, sub: null, label: c.label, title: c.title, line: c.span.line, span: c.span, unit: c.id });
  for (const c of clauses.filter((c) => c.section === 0)) nodes.push(clauseNode(c, 1));
  for (const s of sections) {
    nodes.push({ style: style(s.label), depth: 1, ordinal: s.number, sub: null, label: s.label, title: s.title, line: s.span.line, span: s.span, unit: s.id });
    for (const c of clauses.filter((c) => c.section === s.number)) nodes.push(clauseNode(c, 2));
  }
  return nodes.sort((a, b) => a.span.start - b.span.start);
}

/** Paragraphs that each carry an item; a paragraph that is only a responsible-units note belongs to the item before it. */
function paragraphItems(paras: Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  for (const p of paras) {
    const note = findUnitsNote(p.text);
    if (note && note.start === 0 && out.length && p.text.slice(note.end).trim().length <= 2) out[out.length - 1]!.push(p);
    else out.push([p]);
  }
  return out;
}

/** A text with no numbered level: a title line, then each paragraph a unit of its own (p1, p2 …), so all of it is compared. */
function parseParagraphs(paragraphs: Paragraph[], bodyEnd: number, spanOf: (s: number, e: number) => SourceSpan, markdownTitle: number): Omit<ParsedDocument, 'id' | 'attachments'> {
  const marked = markdownTitle < bodyEnd;
  const first = paragraphs[marked ? markdownTitle : 0]!;
  const titled = marked || (bodyEnd > 1 && first.text.length <= 80 && !/[。；]/.test(first.text));
  const from = marked ? markdownTitle + 1 : titled ? 1 : 0;
  const clauses = paragraphItems(paragraphs.slice(from, bodyEnd)).map((paras, k) => ({ ...unnumberedClause(k + 1, 0, paras, spanOf, `第${k + 1}段`), id: `p${k + 1}` }));
  const warnings: ParseWarning[] = [{ line: 1, kind: 'outline', message: 'no numbered headings or items found: the text is compared paragraph by paragraph' }];
  const cover = paragraphs.slice(0, marked ? markdownTitle : 0).map((p) => p.text).join('\n');
  return { title: titled ? first.text : '', cover, preamble: null, sections: [], clauses, closing: null, warnings, outline: policyOutline([], clauses) };
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

/** A clause that prints no number of its own: the n-th item paragraph of a section (一、第2段) or of the text (第2段). */
function unnumberedClause(n: number, section: number, paragraphs: Paragraph[], spanOf: (s: number, e: number) => SourceSpan, shownAs: string): Clause {
  return buildClause({ label: { style: 'arabic-paren', ordinal: n, printed: '' }, section, paragraphs }, spanOf, shownAs);
}

/** A clause from its paragraphs; `shownAs` names an unnumbered one, which prints no label of its own. */
function buildClause(open: OpenClause, spanOf: (s: number, e: number) => SourceSpan, shownAs?: string): Clause {
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
    label: shownAs ?? open.label.printed,
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
