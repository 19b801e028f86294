// Parses a text written in articles (第X条: laws, regulations, 规章, most 管理办法): title, history, chapters as sections, articles as clauses with their 款, 项 and 目.
import type { Clause, ClauseParagraph, Item, OutlineNode, ParseWarning, ParsedDocument, Section, SourceSpan } from '../model/parsed-document.js';
import { type Outline, buildOutline } from './build-outline.js';
import type { Paragraph } from './paragraphs.js';
import { readHeading } from './read-heading.js';
import { readMeta } from './read-history.js';
import { isTitleLike } from '../normalize/strip-chrome.js';

export interface ArticleInput {
  paragraphs: Paragraph[];
  /** Paragraphs [0, bodyEnd) are the text; attachments follow. */
  bodyEnd: number;
  spanOf: (start: number, end: number) => SourceSpan;
  /** Paragraph indexes that were `# ` title lines in the markdown source. */
  markdownTitles: Set<number>;
  /** The number of the first article (1, or where an amendment's numbering goes on from an earlier one). */
  firstArticle: number;
  docNumber: string | null;
}

const ARTICLE_ROLES = new Set(['heading', 'article'] as const);
/** The heading level that gives sections, in order of preference (DESIGN: 章 in a law). */
const SECTION_STYLES = ['chapter', 'book', 'part-book', 'section'];
/** The longest line that goes on a heading's title printed over two lines. */
const TITLE_LINE = 40;
/** A heading's first line this long is full, so a short line after it may go on with it. */
const FULL_TITLE_LINE = 12;
const TITLE_BREAK = /[和及与或、，的]$/;
const TITLE_GOES_ON = /^[和及与或的]/;

/**
 * The number of the text's first article when it is written in articles (第一条, or the first of a run such as an amendment
 * numbered on from an earlier one: 第三条, 第四条 …); null otherwise.
 */
export function firstArticle(paragraphs: Paragraph[], bodyEnd: number): number | null {
  let last: number | null = null;
  let first: number | null = null;
  for (let i = 0; i < bodyEnd; i++) {
    const h = readHeading(paragraphs[i]!.text);
    if (h?.role !== 'article' || h.sub !== null) continue;
    if (h.ordinal === 1) return 1;
    if (first === null && last !== null && h.ordinal === last + 1) first = last;
    last = h.ordinal;
  }
  return first;
}

type Parsed = Omit<ParsedDocument, 'id' | 'attachments'>;

export function parseArticles(input: ArticleInput): Parsed {
  const { paragraphs, bodyEnd, spanOf } = input;
  const outline = buildOutline(paragraphs, 0, bodyEnd, ARTICLE_ROLES, input.firstArticle);
  const warnings: ParseWarning[] = outline.warnings.map((w) => ({ line: spanOf(paragraphs[w.para]!.start, paragraphs[w.para]!.end).line, message: w.message }));
  const entries = outline.entries;
  const firstEntry = entries[0]?.para ?? bodyEnd;

  // Title: a markdown `# ` line, else the last title-like line before the text that is not its history or contents.
  const inToc = (i: number) => outline.toc.some(([a, b]) => i >= a && i < b);
  let titleAt = [...input.markdownTitles].filter((i) => i < firstEntry).sort((a, b) => a - b)[0] ?? -1;
  if (titleAt < 0) {
    for (let i = firstEntry - 1; i >= 0 && titleAt < 0; i--) if (!inToc(i) && looksLikeTitle(paragraphs[i]!.text)) titleAt = i;
  }
  const title = titleAt >= 0 ? paragraphs[titleAt]!.text : '';
  const cover = paragraphs.slice(0, Math.max(0, titleAt)).map((p) => p.text).join('\n');
  // Everything before the first heading or article is compared as the preamble: a decree's or notice's text above the title
  // (…现予公布，自2024年3月1日起施行), the title, the history, a table of contents. The history is read from after the title.
  const headParas = paragraphs.slice(titleAt + 1, firstEntry);
  const front = paragraphs.slice(0, firstEntry);
  const preamble = front.length
    ? { id: 'preamble', text: front.map((p) => p.text).join('\n'), facts: [], span: spanOf(front[0]!.start, front[front.length - 1]!.end) }
    : null;

  const sectionStyle = SECTION_STYLES.find((s) => entries.some((e) => e.heading.style === s)) ?? null;
  const sections: Section[] = [];
  const clauses: Clause[] = [];
  const nodes: OutlineNode[] = [];
  const path: string[] = [];
  const pathDepth: number[] = [];
  let section = 0;
  const ids = new Map<string, number>();

  entries.forEach((e, k) => {
    const end = k + 1 < entries.length ? entries[k + 1]!.para : bodyEnd;
    const paras = paragraphs.slice(e.para, end);
    const h = e.heading;
    const span = spanOf(paras[0]!.start, paras[paras.length - 1]!.end);
    if (h.role === 'heading') {
      while (pathDepth.length && pathDepth[pathDepth.length - 1]! >= e.depth) {
        pathDepth.pop();
        path.pop();
      }
      // A title printed over two lines (## 第三章 审查和批准决算，听取和审议国民经济和 / 社会发展计划、预算的执行情况报告…) is one.
      const wrapped = paras.length > 1 && goesOnTitle(h.rest, paras[1]!.text);
      const title = wrapped ? `${h.rest}${paras[1]!.text.trim()}` : h.rest;
      path.push(title ? `${h.printed} ${title}` : h.printed);
      pathDepth.push(e.depth);
      let unit: string | null = null;
      const intro = paras.slice(wrapped ? 2 : 1).map((p) => p.text).join('\n');
      if (h.style === sectionStyle) {
        section = sections.length + 1;
        unit = `s${section}`;
        sections.push({ id: unit, number: section, label: h.printed, title, lead: null, intro, facts: [], span });
      } else if (intro && sections.length) {
        // Text under a lower heading (a 节) before its first article is read with its section, so it is compared too.
        const s = sections[sections.length - 1]!;
        s.intro = s.intro ? `${s.intro}\n${intro}` : intro;
      }
      nodes.push(node(e.depth, h, title, span, unit));
      return;
    }
    let id = h.sub === null ? `c${h.ordinal}` : `c${h.ordinal}-${h.sub}`;
    const seen = ids.get(id) ?? 0;
    ids.set(id, seen + 1);
    if (seen) id = `${id}-dup${seen + 1}`;
    const clause = buildArticle(id, h.printed, h.ordinal, section, paras, span, [...path]);
    clauses.push(clause);
    nodes.push(node(e.depth, h, clause.title, span, id));
  });
  if (!clauses.length) warnings.push({ line: 1, message: 'no articles (第X条) found' });

  const meta = readMeta(headParas.map((p) => p.text), paragraphs.slice(0, bodyEnd).map((p) => p.text).join('\n'), input.docNumber);
  return { title, cover, preamble, sections, clauses, closing: null, warnings, outline: nodes, meta };

  function node(depth: number, h: ReturnType<typeof readHeading> & object, title: string, span: SourceSpan, unit: string | null): OutlineNode {
    return { style: h.style, depth, ordinal: h.ordinal, sub: h.sub, label: h.printed, title, line: span.line, span, unit };
  }
}

/** An article: its text after the label, its title sentence, and its paragraphs (款) with their 项 and 目. */
function buildArticle(id: string, label: string, ordinal: number, section: number, paras: Paragraph[], span: SourceSpan, path: string[]): Clause {
  const paragraphs: ClauseParagraph[] = [];
  paras.forEach((p, k) => {
    const start = k === 0 ? p.start + label.length : p.start;
    const text = k === 0 ? p.text.slice(label.length) : p.text;
    const h = k === 0 ? null : readHeading(text);
    const current = paragraphs[paragraphs.length - 1];
    if (h?.role === 'item' && current) {
      const item: Item = { label: h.printed, ordinal: h.ordinal, text: h.rest, start, end: p.end, items: [] };
      const last = current.items[current.items.length - 1];
      // 目 (1. or （1）) sit in the 项 (（一）) before them; a list numbered 1. with no （一） above is the 项 themselves.
      if (last && h.style !== 'cn-paren' && labelStyleOf(last.label) === 'cn-paren') last.items.push(item);
      else current.items.push(item);
      current.end = p.end;
      return;
    }
    // The label on a line of its own (第三条 then the text below it) leaves no 款 of its own: the next paragraph is the first.
    if (k === 0 && !text.trim()) return;
    paragraphs.push({ text, start, end: p.end, items: [] });
  });
  const text = paras.map((p) => p.text).join('\n').slice(label.length).trim();
  const stop = titleEnd(text);
  return {
    id,
    ordinal,
    section,
    label,
    title: text.slice(0, stop).replace(/[。；：]$/, '').trim(),
    text,
    body: text.slice(stop).trim(),
    units: [],
    facts: [],
    span,
    path,
    paragraphs,
  };
}

const labelStyleOf = (label: string) => readHeading(label)?.style ?? null;

/** The title sentence of an article: up to its first 。 (or ； / ：) in the first paragraph. */
function titleEnd(text: string): number {
  const line = text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length;
  const m = /[。；：]/.exec(text.slice(0, line));
  return m ? m.index + 1 : line;
}

/** A title line (isTitleLike: short, no sentence, a kind of document named), and no date at its start, no parenthesised note, no heading. */
function looksLikeTitle(t: string): boolean {
  return isTitleLike(t) && !/：/.test(t) && !/^[（(]|^\d{4}年|^[零〇一二三四五六七八九十]{4}年/.test(t) && !readHeading(t);
}

/**
 * The rest of a heading's title on the line after it: short, no sentence (no 。；：), no numbered unit of its own, after a first line
 * that is broken off (…人民法院和, …军事管理区的) or full (twelve characters or more), or before one that goes on (及其辅助性业务…). A
 * short title over a short line (水污染防治措施 / 工业水污染防治) is a heading over an unnumbered subheading.
 */
function goesOnTitle(title: string, text: string): boolean {
  const t = text.trim();
  if (!title || !t || t.length > TITLE_LINE || /[。；：！？:;]/.test(t) || readHeading(t) !== null) return false;
  // A line of four characters or fewer after a whole title is a subheading (一般规定), unless the title breaks off before it.
  return TITLE_BREAK.test(title) || TITLE_GOES_ON.test(t) || (title.length >= FULL_TITLE_LINE && t.length > 4);
}
