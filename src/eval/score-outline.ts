// Scores the outline read from a markdown law file (LawRefBook format) against the articles, title and text it prints.
import type { NormalizedDocument } from '../model/normalized-document.js';
import type { ParsedDocument, SourceSpan } from '../model/parsed-document.js';
import { normalizeDocument, rawLineOf } from '../normalize/normalize-document.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../parse/parse-chinese-numeral.js';

const INFO_END = '<!-- INFO END -->';
const NUM = `[${CHINESE_NUMERAL_CHARS.replace('点', '')}]+`;
// A space inside the label (第十五 条) is a typo of the source; the label is still printed.
const ARTICLE_LINE = new RegExp(`^第[ \\u3000]*(${NUM})[ \\u3000]*条(?:之(${NUM}))?`);
const FOUND_ID = /^c(\d+)(-\d+)?(?:-dup\d+)?$/;

export interface OutsideUnits {
  bodyChars: number;
  outsideChars: number;
  firstOutside: { line: number; text: string } | null;
}

export interface OutlineScore {
  articlesPrinted: number;
  articlesFound: number;
  missing: string[];
  extra: string[];
  titleRight: boolean;
  expectedTitle: string;
  title: string;
  outsideShare: number;
  outside: OutsideUnits;
  exact: boolean;
}

/** The article numbers printed at the start of lines after `<!-- INFO END -->` (c12, c12-1), in order, repeats kept. */
export function printedArticles(raw: string): string[] {
  const at = raw.indexOf(INFO_END);
  const body = at >= 0 ? raw.slice(at + INFO_END.length) : raw;
  const ids: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const m = ARTICLE_LINE.exec(line.replace(/^\ufeff/, ''));
    if (!m) continue;
    const n = parseChineseNumeral(m[1]!);
    if (n === null) continue;
    const sub = m[2] === undefined ? null : parseChineseNumeral(m[2]);
    if (m[2] !== undefined && sub === null) continue;
    ids.push(sub === null ? `c${n}` : `c${n}-${sub}`);
  }
  return ids;
}

function unitSpans(parsed: ParsedDocument): SourceSpan[] {
  const spans: SourceSpan[] = [];
  if (parsed.preamble) spans.push(parsed.preamble.span);
  for (const s of parsed.sections) spans.push(s.span);
  for (const c of parsed.clauses) spans.push(c.span);
  for (const n of parsed.outline ?? []) spans.push(n.span);
  if (parsed.closing) spans.push(parsed.closing.span);
  for (const t of parsed.attachments) for (const r of t.rows) spans.push(r.span);
  return spans;
}

/** Non-whitespace characters of the body (from the first unit on) that no unit's span covers. */
export function outsideUnits(parsed: ParsedDocument, normalized: NormalizedDocument): OutsideUnits {
  const text = normalized.text;
  const spans = unitSpans(parsed);
  if (!spans.length) {
    const bodyChars = text.replace(/\s+/g, '').length;
    return { bodyChars, outsideChars: bodyChars, firstOutside: bodyChars ? firstLine(normalized, text.search(/\S/)) : null };
  }
  const mark = new Uint8Array(text.length + 1);
  let bodyStart = text.length;
  for (const s of spans) {
    const a = Math.max(0, Math.min(s.start, text.length));
    const b = Math.max(a, Math.min(s.end, text.length));
    if (a < bodyStart) bodyStart = a;
    mark.fill(1, a, b);
  }
  let bodyChars = 0;
  let outsideChars = 0;
  let first = -1;
  for (let i = bodyStart; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0) continue;
    bodyChars++;
    if (!mark[i]) {
      outsideChars++;
      if (first < 0) first = i;
    }
  }
  return { bodyChars, outsideChars, firstOutside: first >= 0 ? firstLine(normalized, first) : null };
}

function firstLine(normalized: NormalizedDocument, offset: number): { line: number; text: string } {
  const text = normalized.text;
  const end = text.indexOf('\n', offset);
  const snippet = text.slice(offset, end < 0 ? text.length : end).slice(0, 40);
  return { line: rawLineOf(normalized, offset), text: snippet };
}

/** The title of the `# ` line, normalized as the document is and without whitespace. */
export function expectedTitle(raw: string): string {
  const line = /^\ufeff?#[ \t]+(.*)$/m.exec(raw);
  if (!line) return '';
  return normalizeDocument('title', line[1]!.trim()).text.replace(/\s+/g, '');
}

function multisetDiff(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** Compares the parse of one markdown law file with what the file prints. */
export function scoreOutline(raw: string, parsed: ParsedDocument, normalized: NormalizedDocument): OutlineScore {
  const printed = printedArticles(raw);
  const found = parsed.clauses
    .filter((c) => FOUND_ID.test(c.id) && c.label.startsWith('第'))
    .map((c) => c.id.replace(/-dup\d+$/, ''));
  const missing = multisetDiff(printed, found);
  const extra = multisetDiff(found, printed);
  const expected = expectedTitle(raw);
  const title = parsed.title.replace(/\s+/g, '');
  const titleRight = expected === title;
  const outside = outsideUnits(parsed, normalized);
  const outsideShare = outside.bodyChars ? outside.outsideChars / outside.bodyChars : 0;
  return {
    articlesPrinted: printed.length,
    articlesFound: found.length,
    missing,
    extra,
    titleRight,
    expectedTitle: expected,
    title,
    outsideShare,
    outside,
    exact: titleRight && !missing.length && !extra.length && outside.outsideChars === 0,
  };
}
