// Parse stage: normalized text → title, cover, preamble, sections, clauses, closing and attachment tables.
import type { NormalizedDocument } from '../model/normalized-document.js';
import type { Clause, OutlineNode, ParseWarning, ParsedDocument, Section, SourceSpan } from '../model/parsed-document.js';
import { rawLineOf } from '../normalize/normalize-document.js';
import { isTitleLike } from '../normalize/strip-chrome.js';
import { type Paragraph, passage, splitParagraphs } from './paragraphs.js';
import { quotedParagraphs } from './quoted-paragraphs.js';
import { parseTables } from './parse-tables.js';
import { readClauseLabel, readSectionHeading } from './read-label.js';
import { paragraphItems, unnumberedClause } from './build-clause.js';
import { DRAFT_MARK, findParts, isProse, titleBefore } from './find-parts.js';
import { parsePolicyPart, policyOutline } from './parse-policy-part.js';
import { partClosingId, partHeadId } from './in-section.js';
import { firstArticle, parseArticles } from './parse-articles.js';
import { splitRunInArticles } from './split-run-in-articles.js';
import { parseDunItems } from './parse-dun-items.js';
import { detectDocNumber } from '../ingest/detect-metadata.js';
import { outsideUnits } from './check-coverage.js';

const ATTACHMENT_START = /^附件\s*\d*[：:]?\s*$|^附件\s*\d+\s*[：:]/;

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
  const end = endsUnsaid(parsed);
  if (end) parsed.warnings.push(end);
  // Bytes the decoder could not read (a bad byte in a UTF-8 file, a character cut off at its end) stand as �: say where.
  const unreadable = [...doc.text.matchAll(/\uFFFD+/g)].slice(0, 5);
  for (const m of unreadable) {
    parsed.warnings.push({ line: rawLineOf(doc, m.index), kind: 'outline', message: 'text here could not be read (bytes that are not valid in its encoding, shown as �): check this line against the original' });
  }
  return parsed;
}

/** How a text says when it takes effect (本条例自…起施行, 自公布之日起实施) — or, in its articles, when another ceases to (同时废止). */
const DECREED = /自[^。；]{0,40}(?:施行|实施|生效|执行)/;
const IN_FORCE = new RegExp(`${DECREED.source}|废止`);

/**
 * A text in articles that never says when it takes effect — not in its last article, its closing or above its title (…自…起施行
 * in a decree) — may have lost its end (a copy cut off after 第十七条): said, as every reader of it is owed.
 */
function endsUnsaid(d: ParsedDocument): ParseWarning | null {
  const last = d.clauses[d.clauses.length - 1];
  if (!last || d.clauses.length < 3 || !d.clauses.some((c) => c.paragraphs)) return null;
  // Above the title only a decree's 自…起施行 counts: a history line names decisions 废止 other acts.
  if (IN_FORCE.test(last.text) || IN_FORCE.test(d.closing?.text ?? '') || DECREED.test(`${d.cover}${d.preamble?.text ?? ''}`)) return null;
  return { line: last.span.line, kind: 'outline', message: `the text ends with ${last.label} and never says when it takes effect (…自…起施行): it may be incomplete — check it against the original` };
}

function readStructure(doc: NormalizedDocument): ParsedDocument {
  // An article printed inside the paragraph before it (a lost line break) gets its own paragraph where the numbering confirms it.
  const paragraphs = splitRunInArticles(splitParagraphs(doc.text));
  const spanOf = (start: number, end: number): SourceSpan => ({
    start,
    end,
    line: rawLineOf(doc, start),
    endLine: rawLineOf(doc, Math.max(start, end - 1)),
  });
  const warnings: ParseWarning[] = [];
  const warn = (p: Paragraph, message: string) => void warnings.push({ line: rawLineOf(doc, p.start), message });

  // A document may be nothing but its attachment tables (附件 on the first line).
  // An 附件 that is a document of its own (附件1 / 云湖市…若干政策 / 一、…), as a notice prints the documents it issues, is a part of
  // the text, not an attachment: the attachments begin at the first 附件 that is not.
  const firstAttached = paragraphs.findIndex((p) => ATTACHMENT_START.test(p.text.trim()));
  // Only where what comes before the first 附件 is a wrapper (a notice with no numbering of its own): an attachment to a plan or a
  // 办法 that has its own 一、 or 第一条 is an attachment, however it is written.
  const wrapper = firstAttached >= 0 && !paragraphs.slice(0, firstAttached).some((p) => readSectionHeading(p.text)?.number === 1 || /^第[一1]条/.test(p.text.trim()));
  const attachmentAt = paragraphs.findIndex((p, i) => ATTACHMENT_START.test(p.text.trim()) && !(wrapper && attachedDocument(paragraphs, i)));
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
  // A list an amendment quotes over several paragraphs (修改为：“有下列情形之一的： / （一）… ) numbers the quoted text, not this one.
  const quoted = quotedParagraphs(paragraphs);
  const firstNumbered = firstSection >= 0 ? -1 : paragraphs.findIndex((p, i) => i < bodyEnd && !quoted[i] && readClauseLabel(p.text, 1)?.ordinal === 1);
  const head = firstSection >= 0 ? firstSection : firstNumbered >= 0 ? firstNumbered : bodyEnd;
  const titleAt = markdownTitle < bodyEnd ? markdownTitle : bodyEnd > 1 && paragraphs[0]!.text.length <= 80 && !/[。；]/.test(paragraphs[0]!.text) ? 0 : -1;
  // Numbered only 一、二、, some of them sentences (a 决定: 一、本市…适用税额为每污染当量12元。), and no item numbered below them: the
  // numbered paragraphs are the clauses.
  const itemsBelow = () => paragraphs.some((p, i) => i < bodyEnd && !quoted[i] && readClauseLabel(p.text)?.ordinal === 1);
  const dun = firstNumbered < 0 && !itemsBelow() ? parseDunItems(paragraphs, bodyEnd, spanOf, titleAt, quoted) : null;
  if (dun) return withAttachments({ id: doc.id, ...dun, attachments: [] });
  // Nothing numbered at all: the paragraphs are the units, so that all of the text is compared.
  if (head === bodyEnd && bodyEnd > 0) return withAttachments({ id: doc.id, ...parseParagraphs(paragraphs, bodyEnd, spanOf, titleAt), attachments: [] });

  // Title: the markdown title, else the short title-like lines just before the preamble's prose.
  const marked = markdownTitle < head;
  let preambleStart = marked ? markdownTitle + 1 : head;
  while (!marked && preambleStart > 0 && isProse(paragraphs[preambleStart - 1]!.text)) preambleStart--;
  // Between the title and the preamble a notice may print its 文号 and its addressees (杭政〔2024〕12号 / 各区、县（市）人民政府，…：):
  // they are the cover, not the title.
  let titleEnd = preambleStart;
  while (!marked && titleEnd > 1 && isCoverLine(paragraphs[titleEnd - 1]!.text.trim())) titleEnd--;
  // …only where a title stands above them; else the line before the preamble is read as before.
  if (titleEnd < preambleStart && !isTitleLike(paragraphs[titleEnd - 1]!.text.trim())) titleEnd = preambleStart;
  let titleStart = marked ? markdownTitle : titleEnd;
  while (!marked && titleStart > 0) {
    const t = paragraphs[titleStart - 1]!.text.trim();
    if (DRAFT_MARK.test(t) || (isTitleLike(t) && titleStart === titleEnd) || (titleStart < titleEnd && isTitleLike(t) && !/通知$/.test(t))) {
      titleStart--;
      if (!DRAFT_MARK.test(t)) break;
    } else break;
  }
  if (!marked && titleStart === titleEnd && titleEnd > 0 && paragraphs[titleEnd - 1]!.text.length <= 80) titleStart--;
  let title = paragraphs
    .slice(titleStart, marked ? preambleStart : titleEnd)
    .map((p) => p.text.trim())
    .join('');
  const cover = [...paragraphs.slice(0, titleStart), ...(marked ? [] : paragraphs.slice(titleEnd, preambleStart))].map((p) => p.text).join('\n');

  const parts = firstSection >= 0 ? findParts(paragraphs, head, bodyEnd) : [];
  const read = parsePolicyPart(paragraphs, head, parts[0]?.title ?? bodyEnd, firstNumbered >= 0, spanOf, warn);
  let { sections, clauses } = read;
  let closingParas = read.closing;
  let outline = policyOutline(sections, clauses, 1, read.subheadings);
  let preambleParas = paragraphs.slice(preambleStart, head);
  // A file of several documents (a notice printing a 若干政策 and an 行动计划): each is read as its own part, with its own numbering.
  if (parts.length) {
    let first = titleBefore(paragraphs, head, preambleStart);
    // The first document's title was read as the file's: the file's title is the notice's (…印发…和…的通知), which names them all.
    const notice = first === null && titleStart < preambleStart ? paragraphs.slice(0, titleStart).map((p) => p.text.trim()).filter(isNoticeTitle).pop() : undefined;
    if (notice) {
      title = notice;
      first = titleStart;
    }
    const heads = [{ title: first, heading: head }, ...parts];
    const all = { sections: [] as Section[], clauses: [] as Clause[], outline: [] as OutlineNode[] };
    heads.forEach((h, k) => {
      const part = k + 1;
      const to = heads[k + 1]?.title ?? bodyEnd;
      const r = k === 0 ? read : parsePolicyPart(paragraphs, h.heading, to, false, spanOf, warn);
      const prefix = part === 1 ? '' : `${partHeadId(part)}.`;
      const own: Section[] = [];
      // The part's title lines and its own preamble: a heading of the part (d2), compared like a section's intro.
      if (h.title !== null) {
        const paras = paragraphs.slice(h.title, h.heading);
        const titleLines = paras.filter((p) => !isProse(p.text));
        const title = titleLines.map((p) => p.text.trim()).join('');
        const intro = paras.slice(titleLines.length).map((p) => p.text).join('\n');
        own.push({ id: partHeadId(part), number: 0, label: '', title, lead: null, intro, facts: [], span: spanOf(paras[0]!.start, paras[paras.length - 1]!.end), part });
        all.outline.push({ style: 'document', depth: 1, ordinal: part, sub: null, label: '', title, line: own[0]!.span.line, span: own[0]!.span, unit: partHeadId(part) });
      }
      for (const s of r.sections) own.push({ ...s, id: `${prefix}${s.id}`, part });
      const partClauses = r.clauses.map((c) => ({ ...c, id: `${prefix}${c.id}`, part }));
      all.outline.push(...policyOutline(own.filter((s) => s.number > 0), partClauses, 2, r.subheadings));
      // A part's closing (本政策自…起施行) before the next part begins is that part's; the last part's is the file's.
      if (k < heads.length - 1 && r.closing.length) {
        const c = r.closing;
        own.push({ id: partClosingId(part), number: 0, label: '', title: '', lead: null, intro: c.map((p) => p.text).join('\n'), facts: [], span: spanOf(c[0]!.start, c[c.length - 1]!.end), part });
      }
      all.sections.push(...own);
      all.clauses.push(...partClauses);
      if (k === heads.length - 1) closingParas = r.closing;
    });
    ({ sections, clauses } = all);
    outline = all.outline.sort((x, y) => x.span.start - y.span.start);
    if (first !== null) preambleParas = paragraphs.slice(preambleStart, Math.max(preambleStart, first));
  }
  if (bodyEnd === 0) warnings.push({ line: 1, message: 'the document is only attachment tables: no body text, no clauses' });
  else if (clauses.length === 0) warnings.push({ line: 1, kind: 'outline', message: 'no numbered clauses found' });

  // A notice may wrap a second document after the first one's closing with no title line of its own: say so, it is read (and
  // compared) as closing text.
  const restart = closingParas.find((p) => readSectionHeading(p.text)?.number === 1);
  if (restart) {
    warnings.push({
      line: rawLineOf(doc, restart.start),
      kind: 'outline',
      message: 'the numbering starts again (一、) after the closing, as a second document in one file would: it is compared as closing text, not clause by clause',
    });
  }
  const closing = passage('closing', closingParas, spanOf);
  const preamble = passage('preamble', preambleParas, spanOf);

  return withAttachments({ id: doc.id, title, cover, preamble, sections, clauses, closing, attachments: [], warnings, outline });
}

/** A notice's 文号 (杭政〔2024〕12号, 浙政办发〔2024〕8号) or its addressees (各区、县（市）人民政府，市政府各部门、各直属单位：): cover lines. */
function isCoverLine(text: string): boolean {
  if (/^[\p{Script=Han}]{1,12}\s*[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*\d{1,4}\s*号$/u.test(text)) return true;
  return text.length <= 80 && !/[。；]/.test(text) && /[：:]$/.test(text) && /^各|人民政府|各部门|各单位|直属单位|办事处|委员会/.test(text);
}

/** A text with no numbered level: a title line (at `titleAt`, -1 for none), then each paragraph a unit of its own (p1, p2 …), so all of it is compared. */
function parseParagraphs(paragraphs: Paragraph[], bodyEnd: number, spanOf: (s: number, e: number) => SourceSpan, titleAt: number): Omit<ParsedDocument, 'id' | 'attachments'> {
  const clauses = paragraphItems(paragraphs.slice(titleAt + 1, bodyEnd)).map((paras, k) => ({ ...unnumberedClause(k + 1, 0, paras, spanOf, `第${k + 1}段`), id: `p${k + 1}` }));
  const warnings: ParseWarning[] = [{ line: 1, kind: 'outline', message: 'no numbered headings or items found: the text is compared paragraph by paragraph' }];
  const cover = paragraphs.slice(0, Math.max(0, titleAt)).map((p) => p.text).join('\n');
  return { title: titleAt >= 0 ? paragraphs[titleAt]!.text : '', cover, preamble: null, sections: [], clauses, closing: null, warnings, outline: policyOutline([], clauses) };
}

/** Whether the 附件 line at `at` opens a document: a title line just after it, then its first heading (一、) or article soon after. */
function attachedDocument(paragraphs: Paragraph[], at: number): boolean {
  for (let t = at + 1; t <= at + 3 && t < paragraphs.length; t++) {
    if (!isTitleLike(paragraphs[t]!.text.trim())) continue;
    for (let h = t + 1; h <= t + 8 && h < paragraphs.length; h++) {
      const text = paragraphs[h]!.text;
      if (readSectionHeading(text)?.number === 1 || /^第[一1]条/.test(text.trim())) return true;
    }
  }
  return false;
}

/** The title line of a notice that prints documents (…关于印发…的通知). */
function isNoticeTitle(text: string): boolean {
  return text.length <= 160 && /通知$/.test(text) && !/[。，；]/.test(text);
}

