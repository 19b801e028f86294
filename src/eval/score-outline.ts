// Scores the outline read from a markdown law file (LawRefBook format) against the articles, title and text it prints.
import type { NormalizedDocument } from '../model/normalized-document.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { normalizeDocument } from '../normalize/normalize-document.js';
import { type OutsideUnits, outsideUnits } from '../parse/check-coverage.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../parse/parse-chinese-numeral.js';

const INFO_END = '<!-- INFO END -->';
const NUM = `[${CHINESE_NUMERAL_CHARS.replace('点', '')}]+`;
// A space inside the label (第十五 条) is a typo of the source; the label is still printed.
const ARTICLE_LINE = new RegExp(`^第[ \\u3000]*(${NUM})[ \\u3000]*条(?:之(${NUM}))?`);
const FOUND_ID = /^c(\d+)(-\d+)?(?:-dup\d+)?$/;

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

/** An article number after a sentence end inside a line (…举行秘密会议。 第十六条 市人民代表大会…), where a line break was lost. */
const ARTICLE_INSIDE = new RegExp(`[。；！？][ \\u3000]*第(${NUM})条(?!之)`, 'g');

/**
 * The article numbers printed after `<!-- INFO END -->` (c12, c12-1), in order, repeats kept: those at the start of a line, and
 * those a source printed inside a line after the last line-start article (a line break lost) — the numbers next in the series,
 * each after a sentence end, where the next line start carries the number after them, or none follows. (Citations and quotes are
 * not told apart here: a 。第十六条规定的… where 第十六条 itself is missing would count as printed.)
 */
export function printedArticles(raw: string): string[] {
  const at = raw.indexOf(INFO_END);
  const body = at >= 0 ? raw.slice(at + INFO_END.length) : raw;
  const lines: Array<{ text: string; n: number | null; id: string | null }> = [];
  for (const line of body.split(/\r?\n/)) {
    const text = line.replace(/^\ufeff/, '');
    const m = ARTICLE_LINE.exec(text);
    const n = m ? parseChineseNumeral(m[1]!) : null;
    const sub = m?.[2] === undefined ? null : parseChineseNumeral(m[2]);
    const id = m && n !== null && !(m[2] !== undefined && sub === null) ? (sub === null ? `c${n}` : `c${n}-${sub}`) : null;
    lines.push({ text, n: id && sub === null ? n : null, id });
  }
  const ids: string[] = [];
  const nextNumber = new Array<number | null>(lines.length).fill(null);
  for (let k = lines.length - 2; k >= 0; k--) nextNumber[k] = lines[k + 1]!.n ?? nextNumber[k + 1]!;
  let last: number | null = null;
  lines.forEach((l, k) => {
    if (l.id) ids.push(l.id);
    if (l.n !== null) last = l.n;
    if (last === null) return;
    const next = nextNumber[k]!;
    const inside: number[] = [];
    for (const m of l.text.matchAll(ARTICLE_INSIDE)) if (parseChineseNumeral(m[1]!) === last + inside.length + 1) inside.push(last + inside.length + 1);
    if (inside.length && (next === null || next === last + inside.length + 1)) {
      for (const n of inside) ids.push(`c${n}`);
      last += inside.length;
    }
  });
  return ids;
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
