// Splits a normalized text into paragraphs with their offsets, and joins paragraphs into a passage (a preamble, a closing).

import type { Passage, SourceSpan } from '../model/parsed-document.js';

export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
    start = end + 1;
  }
  return out;
}

/** Paragraphs as one passage (their texts a line each, their span from the first to the last); null for none. */
export function passage(id: string, paras: Paragraph[], spanOf: (s: number, e: number) => SourceSpan): Passage | null {
  if (paras.length === 0) return null;
  return {
    id,
    text: paras.map((p) => p.text).join('\n'),
    facts: [],
    span: spanOf(paras[0]!.start, paras[paras.length - 1]!.end),
  };
}
