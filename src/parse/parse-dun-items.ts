// Reads a text numbered only 一、二、三、 whose items are sentences, not headings (a 决定, a short 通知): each item a clause, c1, c2 ….
import type { ParsedDocument, SourceSpan } from '../model/parsed-document.js';
import { opensTakingEffect } from '../lexicon/load-document-kinds.js';
import { buildClause } from './build-clause.js';
import type { Paragraph } from './paragraphs.js';
import { CLOSING_START, policyOutline } from './parse-policy-part.js';
import { readHeading } from './read-heading.js';
import { readSectionHeading } from './read-label.js';

/** Fewest items in order that make the numbering the text's outline. */
const MIN_ITEMS = 2;


/**
 * The items of a text that numbers its paragraphs 一、二、三、 and writes them as sentences (一、本市应税大气污染物适用税额为每污染当量
 * 12元。), some or all: the 一、 run from 1 on, each next number in order, with the paragraphs after it up to the next; what stands
 * before the first is the preamble (below the title), a closing sentence after the last (本决定自…起施行, 以上…) the closing. Null
 * where there is no such run, or where every one is a heading line.
 */
export function parseDunItems(
  paragraphs: Paragraph[],
  bodyEnd: number,
  spanOf: (s: number, e: number) => SourceSpan,
  titleAt: number,
): Omit<ParsedDocument, 'id' | 'attachments'> | null {
  const starts: Array<{ at: number; ordinal: number; printed: string }> = [];
  for (let i = titleAt + 1; i < bodyEnd; i++) {
    const h = readHeading(paragraphs[i]!.text);
    if (h?.style === 'cn-dun' && h.ordinal === starts.length + 1) starts.push({ at: i, ordinal: h.ordinal, printed: h.printed });
  }
  // Where every one is a heading line (一、总体要求), the text numbers sections: read as such, their paragraphs the items.
  if (starts.length < MIN_ITEMS || starts.every((s) => readSectionHeading(paragraphs[s.at]!.text))) return null;
  const lastItem = starts[starts.length - 1]!.at;
  let closingAt = bodyEnd;
  for (let i = lastItem + 1; i < bodyEnd; i++) {
    const text = paragraphs[i]!.text.trim();
    if (CLOSING_START.test(text) || opensTakingEffect(text)) {
      closingAt = i;
      break;
    }
  }
  const clauses = starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : closingAt;
    return buildClause({ label: { ordinal: s.ordinal, printed: s.printed }, section: 0, paragraphs: paragraphs.slice(s.at, end) }, spanOf);
  });
  const passage = (id: 'preamble' | 'closing', paras: Paragraph[]) =>
    paras.length ? { id, text: paras.map((p) => p.text).join('\n'), facts: [], span: spanOf(paras[0]!.start, paras[paras.length - 1]!.end) } : null;
  const title = titleAt >= 0 ? paragraphs[titleAt]!.text : '';
  return {
    title,
    cover: paragraphs.slice(0, Math.max(0, titleAt)).map((p) => p.text).join('\n'),
    preamble: passage('preamble', paragraphs.slice(titleAt + 1, starts[0]!.at)),
    sections: [],
    clauses,
    closing: passage('closing', paragraphs.slice(closingAt, bodyEnd)),
    warnings: [],
    outline: policyOutline([], clauses),
  };
}
