// Builds the outline of a text: which paragraphs open a heading, an article or a numbered item, nested with a stack, their numbering checked per level.
import { chineseNumeral } from '../text/format-chinese-numeral.js';
import type { Paragraph } from './paragraphs.js';
import { type Heading, readHeading } from './read-heading.js';

export interface OutlineEntry {
  /** Index of the paragraph that opens it. */
  para: number;
  heading: Heading;
  /** 1 for the top level of this text. */
  depth: number;
  /** Index into entries of the entry it sits in; -1 at the top. */
  parent: number;
}

export interface Outline {
  entries: OutlineEntry[];
  /** Paragraph ranges [from, to) of a table of contents (目录), which lists headings without opening them. */
  toc: Array<[number, number]>;
  warnings: Array<{ para: number; message: string }>;
}

/** How far a number may jump ahead and still be the next one (a gap is warned about). */
const MAX_GAP = 3;
/** Fixed ranks sit above every style that nests by first appearance. */
const FIRST_FREE_RANK = 100;
const TOC = /^目录$/;

/**
 * Reads the outline of paragraphs [from, to).
 * `roles`: which kinds of numbered paragraph open entries — a law's items (（一）, 1.) are 项 and 目 of its articles, not entries of the outline.
 */
export function buildOutline(paragraphs: Paragraph[], from: number, to: number, roles: ReadonlySet<Heading['role']>, firstArticle = 1): Outline {
  const entries: OutlineEntry[] = [];
  const warnings: Outline['warnings'] = [];
  const toc: Outline['toc'] = [];
  const rankOf = new Map<string, number>();
  /** Last number of each style anywhere so far (articles and chapters run on through a law), and per parent entry (restarts). */
  const lastAnywhere = new Map<string, number>();
  const lastUnder = new Map<string, number>();
  let stack: number[] = [];

  // Articles are numbered as one series whichever way they are printed (第十二条, 第12条, 第十二条之一).
  const numberKey = (h: Heading) => (h.role === 'article' ? 'article' : h.style);
  // Each paragraph's heading, read once for the contents and the outline.
  const headings: Array<Heading | null> = [];
  for (let i = from; i < to; i++) headings[i] = readHeading(paragraphs[i]!.text);
  const headingAt = (i: number) => headings[i] ?? null;
  const implicitToc = roles.has('article') ? contentsBeforeArticles(paragraphs, from, to, headingAt) : null;
  for (let i = from; i < to; i++) {
    const text = paragraphs[i]!.text;
    if (implicitToc && i === implicitToc[0]) {
      toc.push(implicitToc);
      i = implicitToc[1] - 1;
      continue;
    }
    if (TOC.test(text)) {
      const end = tocEnd(paragraphs, i + 1, to);
      toc.push([i, end]);
      i = end - 1;
      continue;
    }
    const h = headingAt(i);
    if (!h || !roles.has(h.role)) continue;
    const rank = h.rank ?? rankOf.get(h.style) ?? FIRST_FREE_RANK + rankOf.size;
    // The parent: the nearest open entry of a higher rank.
    const rankAt = (k: number) => entries[k]!.heading.rank ?? rankOf.get(entries[k]!.heading.style)!;
    let depth = stack.length;
    while (depth > 0 && rankAt(stack[depth - 1]!) >= rank) depth--;
    const parent = depth > 0 ? stack[depth - 1]! : -1;
    const key = numberKey(h);
    const under = `${parent}:${key}`;
    const started = lastAnywhere.get(key) ?? (key === 'article' ? firstArticle - 1 : undefined);
    const verdict = judgeNumber(h, started, lastUnder.get(under), lastSubOf(entries, key));
    if (verdict === 'reject') {
      // An article number that continues nothing (第九千条 after 第二条) is read as text of the article before: said, not silent.
      if (h.role === 'article' && h.sub === null && started !== undefined) {
        warnings.push({ para: i, message: `${h.printed} does not continue the numbering (${started > 0 ? `the last article is 第${chineseNumeral(started)}条` : 'no article before it'}): read as text` });
      }
      continue;
    }
    if (verdict !== 'next') warnings.push({ para: i, message: verdict });
    if (h.rank === null && !rankOf.has(h.style)) rankOf.set(h.style, rank);
    entries.push({ para: i, heading: h, depth: depth + 1, parent });
    stack = [...stack.slice(0, depth), entries.length - 1];
    lastAnywhere.set(key, h.ordinal);
    lastUnder.set(under, h.ordinal);
  }
  return { entries, toc, warnings };
}

/** The 之 number of the last article when it had one (第十二条之一 → 1), else 0. */
function lastSubOf(entries: OutlineEntry[], key: string): number {
  for (let k = entries.length - 1; k >= 0; k--) {
    const h = entries[k]!.heading;
    if ((h.role === 'article' ? 'article' : h.style) === key) return h.sub ?? 0;
  }
  return 0;
}

/**
 * Whether a number continues its level: the next one after the last anywhere (a law numbers articles through its chapters),
 * or 1 under a new parent (节 restart in each 章); a small gap or a repeat is taken with a warning; anything else is text.
 */
function judgeNumber(h: Heading, anywhere: number | undefined, under: number | undefined, lastSub: number): 'next' | 'reject' | string {
  if (h.sub !== null) {
    // 第十二条之一 follows 第十二条 (or 第十二条之一 …之二).
    return anywhere === h.ordinal && h.sub === lastSub + 1 ? 'next' : 'reject';
  }
  if (anywhere === undefined) {
    if (h.ordinal === 1) return 'next';
    // A text whose first chapter heading was lost in publishing (it starts at 第二章) still has its chapters.
    return h.role === 'heading' && h.ordinal <= 1 + MAX_GAP ? `numbering starts at ${h.ordinal} (${h.printed})` : 'reject';
  }
  if (h.ordinal === anywhere + 1) return 'next';
  if (h.ordinal === 1 && under === undefined) return 'next';
  const last = under ?? anywhere;
  if (h.ordinal === last + 1) return 'next';
  if (h.ordinal > last + 1 && h.ordinal <= last + 1 + MAX_GAP) return `numbering jumps from ${last} to ${h.ordinal} (${h.printed})`;
  if (h.ordinal === last && h.sub === null) return `number ${h.printed} appears twice`;
  return 'reject';
}

/** A table of contents runs until its first heading comes again (the text itself begins). */
function tocEnd(paragraphs: Paragraph[], from: number, to: number): number {
  const first = paragraphs[from]?.text;
  if (first === undefined || !readHeading(first)) return from;
  const entry = withoutPageNumber(first);
  for (let i = from + 1; i < to; i++) if (withoutPageNumber(paragraphs[i]!.text) === entry && paragraphs[i]!.text === entry) return i;
  return from;
}

/** A contents line without its page number and the leader before it: 第一章 总则……1 → 第一章 总则. */
function withoutPageNumber(text: string): string {
  return text.replace(/(?:[…．.·・\-—_－]{2,}|[\s\u3000]+)\d{1,4}$/, '').trimEnd();
}

/**
 * Contents without a 目录 line: headings listed before the first article, the list ending where its first heading comes again.
 * Returns the paragraph range of the list, or null.
 */
function contentsBeforeArticles(paragraphs: Paragraph[], from: number, to: number, headingAt: (i: number) => Heading | null): [number, number] | null {
  const seen = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const text = paragraphs[i]!.text;
    const h = headingAt(i);
    if (h?.role === 'article') return null;
    if (h?.role !== 'heading') continue;
    // A contents line may carry a page number (第一章 总则……1); the heading itself does not.
    const entry = withoutPageNumber(text);
    const before = seen.get(entry);
    if (before !== undefined && text === entry) return [before, i];
    if (before === undefined) seen.set(entry, i);
  }
  return null;
}
