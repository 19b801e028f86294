// Splits a normalized text into paragraphs with their offsets.

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
