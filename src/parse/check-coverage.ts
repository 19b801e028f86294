// Checks that the units of a parsed document tile its text: every character of the body in the preamble, a heading, a clause, the closing or an attachment.
import type { NormalizedDocument } from '../model/normalized-document.js';
import type { ParsedDocument, SourceSpan } from '../model/parsed-document.js';
import { rawLineOf } from '../normalize/normalize-document.js';

export interface OutsideUnits {
  bodyChars: number;
  outsideChars: number;
  firstOutside: { line: number; text: string } | null;
}

function unitSpans(parsed: Omit<ParsedDocument, 'id'>): SourceSpan[] {
  const spans: SourceSpan[] = [];
  if (parsed.preamble) spans.push(parsed.preamble.span);
  for (const s of parsed.sections) spans.push(s.span);
  for (const c of parsed.clauses) spans.push(c.span);
  for (const n of parsed.outline ?? []) spans.push(n.span);
  if (parsed.closing) spans.push(parsed.closing.span);
  for (const t of parsed.attachments) for (const r of t.span ? [t] : t.rows) spans.push(r.span!);
  return spans;
}

/** Non-whitespace characters of the body (from the first unit on) that no unit's span covers. */
export function outsideUnits(parsed: Omit<ParsedDocument, 'id'>, normalized: Pick<NormalizedDocument, 'text' | 'offsets' | 'rawLineStarts'>): OutsideUnits {
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

function firstLine(normalized: Pick<NormalizedDocument, 'text' | 'offsets' | 'rawLineStarts'>, offset: number): { line: number; text: string } {
  const text = normalized.text;
  const end = text.indexOf('\n', offset);
  const snippet = text.slice(offset, end < 0 ? text.length : end).slice(0, 40);
  return { line: rawLineOf(normalized, offset), text: snippet };
}

