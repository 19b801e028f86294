// Reads a text numbered only 一、二、三、 whose items are sentences, not headings (a 决定, a short 通知): each item a clause, c1, c2 ….
import type { ParseWarning, ParsedDocument, SourceSpan } from '../model/parsed-document.js';
import { opensTakingEffect } from '../lexicon/load-document-kinds.js';
import { buildClause } from './build-clause.js';
import { type Paragraph, passage } from './paragraphs.js';
import { policyOutline } from './parse-policy-part.js';
import { closingOpener } from '../lexicon/load-paragraph-openers.js';
import { readHeading } from './read-heading.js';
import { readSectionHeading } from './read-label.js';

/** Fewest items in order that make the numbering the text's outline. */
const MIN_ITEMS = 2;
/** How far a number may jump ahead and still be the next item (with a warning). */
const MAX_GAP = 3;

/**
 * The items of a text that numbers its paragraphs 一、二、三、 and writes them as sentences (一、本市应税大气污染物适用税额为每污染当量
 * 12元。), some or all: the 一、 run from 1 on, each next number in order (a small gap taken with a warning; a number that goes back,
 * a list inside an item, is its text, said too), with the paragraphs after it up to the next; what stands
 * before the first is the preamble (below the title), a closing sentence after the last (本决定自…起施行, 以上…) the closing. Null
 * where there is no such run, or where every one is a heading line. A paragraph inside a quotation (`quoted`) is the quoting item's text.
 */
export function parseDunItems(
  paragraphs: Paragraph[],
  bodyEnd: number,
  spanOf: (s: number, e: number) => SourceSpan,
  titleAt: number,
  quoted: boolean[],
): Omit<ParsedDocument, 'id' | 'attachments'> | null {
  const starts: Array<{ at: number; ordinal: number; printed: string }> = [];
  const warnings: ParseWarning[] = [];
  const said = new Set<number>();
  for (let i = titleAt + 1; i < bodyEnd; i++) {
    const h = quoted[i] ? null : readHeading(paragraphs[i]!.text);
    if (h?.style !== 'cn-dun') continue;
    const last = starts[starts.length - 1]?.ordinal ?? 0;
    // The next number; a small gap is taken and said (a number lost), a repeat or a restart (a list inside an item) is text.
    if (h.ordinal !== last + 1 && !(last > 0 && h.ordinal > last + 1 && h.ordinal <= last + 1 + MAX_GAP)) {
      // Said once for each run of such numbers.
      if (last > 0 && h.ordinal <= last && !said.has(last)) {
        said.add(last);
        warnings.push({ line: spanOf(paragraphs[i]!.start, paragraphs[i]!.end).line, message: `${h.printed} does not continue the numbering (the last item is ${starts[starts.length - 1]!.printed}): read as text of the item before` });
      }
      continue;
    }
    if (h.ordinal !== last + 1) warnings.push({ line: spanOf(paragraphs[i]!.start, paragraphs[i]!.end).line, message: `numbering jumps from ${last} to ${h.ordinal}` });
    starts.push({ at: i, ordinal: h.ordinal, printed: h.printed });
  }
  // Where every one is a heading line (一、总体要求), the text numbers sections: read as such, their paragraphs the items.
  if (starts.length < MIN_ITEMS || starts.every((s) => readSectionHeading(paragraphs[s.at]!.text))) return null;
  const lastItem = starts[starts.length - 1]!.at;
  let closingAt = bodyEnd;
  for (let i = lastItem + 1; i < bodyEnd; i++) {
    const text = paragraphs[i]!.text.trim();
    if (closingOpener().test(text) || opensTakingEffect(text)) {
      closingAt = i;
      break;
    }
  }
  const clauses = starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : closingAt;
    return buildClause({ label: { ordinal: s.ordinal, printed: s.printed }, section: 0, paragraphs: paragraphs.slice(s.at, end) }, spanOf);
  });
  const title = titleAt >= 0 ? paragraphs[titleAt]!.text : '';
  return {
    title,
    cover: paragraphs.slice(0, Math.max(0, titleAt)).map((p) => p.text).join('\n'),
    preamble: passage('preamble', paragraphs.slice(titleAt + 1, starts[0]!.at), spanOf),
    sections: [],
    clauses,
    closing: passage('closing', paragraphs.slice(closingAt, bodyEnd), spanOf),
    warnings,
    outline: policyOutline([], clauses),
  };
}
