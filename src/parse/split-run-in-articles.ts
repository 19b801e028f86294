// Breaks a paragraph before an article printed inside it (…举行秘密会议。 第十六条 市人民代表大会…), where the numbering around confirms it.
import { CITED } from '../normalize/split-run-on.js';
import { parseChineseNumeral } from './parse-chinese-numeral.js';
import type { Paragraph } from './paragraphs.js';
import { readHeading } from './read-heading.js';

/** An article number after a sentence end, with the spaces before it. */
const RUN_IN = /[。；！？]([ \t\u3000]*)第([零〇一二两三四五六七八九十百千]+)条(?!之)/g;

/**
 * A source that lost a line break prints an article inside the one before it; the outline would then read 第十五条 holding
 * 第十六条, and warn only that the numbering jumps to 第十七条. The paragraph is broken before each article number that comes next
 * after a sentence end, outside quotation marks (an amendment quotes articles), read as no citation — and only where the chain so
 * found is confirmed: the next article printed on a line of its own carries the number after the chain's last, or none follows.
 * Offsets stay those of the text, so every span still points into it.
 */
export function splitRunInArticles(paragraphs: Paragraph[]): Paragraph[] {
  const heads = paragraphs.map((p) => {
    const h = readHeading(p.text);
    return h?.role === 'article' && h.sub === null ? h.ordinal : null;
  });
  // The number of the next article printed on a line of its own after each paragraph, read from the end (one pass).
  const nextHeads = new Array<number | null>(paragraphs.length).fill(null);
  for (let i = paragraphs.length - 2; i >= 0; i--) nextHeads[i] = heads[i + 1] ?? nextHeads[i + 1]!;
  const out: Paragraph[] = [];
  let last: number | null = null;
  paragraphs.forEach((p, i) => {
    if (heads[i] !== null) last = heads[i]!;
    const breaks = last === null ? [] : chainIn(p.text, last);
    const nextHead = nextHeads[i]!;
    if (!breaks.length || (nextHead !== null && nextHead !== last! + breaks.length + 1)) {
      out.push(p);
      return;
    }
    let from = 0;
    for (const at of [...breaks, p.text.length]) {
      const text = p.text.slice(from, at);
      const lead = text.length - text.trimStart().length;
      const kept = text.trim();
      if (kept) out.push({ text: kept, start: p.start + from + lead, end: p.start + from + lead + kept.length });
      from = at;
    }
    last = last! + breaks.length;
  });
  return out;
}

/** Offsets of the articles after `last` printed one after another inside a paragraph's text, each after a sentence end, unquoted. */
function chainIn(text: string, last: number): number[] {
  const breaks: number[] = [];
  let want = last + 1;
  // Quotation depth, counted once through the text as the matches come (an amendment quotes the articles it inserts).
  let depth = 0;
  let counted = 0;
  for (const m of text.matchAll(RUN_IN)) {
    const at = m.index + 1 + m[1]!.length;
    for (; counted < at; counted++) {
      if (text[counted] === '“') depth++;
      else if (text[counted] === '”') depth = Math.max(0, depth - 1);
    }
    const after = m.index + m[0].length;
    if (parseChineseNumeral(m[2]!) !== want || CITED.test(text.slice(after, after + 3)) || depth > 0) continue;
    breaks.push(at);
    want++;
  }
  return breaks;
}
