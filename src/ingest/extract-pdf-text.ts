// Reads the text layer of a PDF with pdfjs-dist (and the CJK CMaps it ships) as lines, one page after another.
import { createRequire } from 'node:module';
import path from 'node:path';
import { InputError } from '../errors.js';

const require = createRequire(import.meta.url);

/** The fields of a pdfjs text item that line-building reads. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * The text of a PDF as it would come from a text extraction: one line per printed line, pages in
 * order, page footers ("－ 3 －") kept. The normalize stage then joins hard-wrapped lines and drops
 * page numbers, as it does for a .txt extracted from a PDF.
 */
export async function extractPdfText(bytes: Uint8Array, name: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const why = (err as Error).name === 'PasswordException' ? 'it is password-protected' : `it is not a readable PDF (${(err as Error).message})`;
    throw new InputError(`${name}: cannot open the PDF: ${why}`);
  }
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    pages.push(markIndents(pageLines(content.items.flatMap((i) => ('str' in i ? [i as TextItem] : [])))).join('\n'));
    page.cleanup();
  }
  await doc.destroy();
  // Pages end with a form feed, as pdftotext writes them: normalize knows where a page's running head and foot are.
  const text = pages.join('\f');
  if (!/\p{Script=Han}/u.test(text)) {
    throw new InputError(`${name}: the PDF has no Chinese text layer (a scanned image?); run it through OCR first, or give a .txt or .docx`);
  }
  return `${text}\n`;
}

interface PrintedLine {
  text: string;
  /** Where the line starts, and the height of its type. */
  x: number;
  height: number;
}

/**
 * A line that starts well right of the page's left margin (the indent of a new paragraph, a centred heading) is written with two
 * ideographic spaces before it, as a text file keeps an indent: normalize starts a paragraph there.
 */
function markIndents(lines: PrintedLine[]): string[] {
  // The margin is where the leftmost lines start (a page of short items may have more lines indented than not).
  let margin = Infinity;
  for (const l of lines) if (l.text.trim() && l.x < margin) margin = l.x;
  return lines.map((l) => (lines.length >= 3 && l.text.trim() && l.x - margin >= 1.5 * l.height ? `\u3000\u3000${l.text}` : l.text));
}

/** Groups a page's text items into printed lines by their baseline, top to bottom, left to right. */
function pageLines(items: TextItem[]): PrintedLine[] {
  const rows: Array<{ y: number; height: number; parts: Array<{ x: number; end: number; str: string }> }> = [];
  for (const item of items) {
    if (item.str === '') continue;
    const x = item.transform[4]!;
    const y = item.transform[5]!;
    const height = Math.abs(item.height) || Math.abs(item.transform[3]!) || 10;
    let row = rows.find((r) => Math.abs(r.y - y) < Math.min(r.height, height) * 0.5);
    if (!row) rows.push((row = { y, height, parts: [] }));
    row.parts.push({ x, end: x + item.width, str: item.str });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    r.parts.sort((a, b) => a.x - b.x);
    let line = '';
    let end = -Infinity;
    for (const part of r.parts) {
      // A visible gap between two runs of Latin text is a space; CJK runs join directly.
      if (line && part.x - end > r.height * 0.25 && /[\w.,;:]$/.test(line) && /^[\w(]/.test(part.str)) line += ' ';
      line += part.str;
      end = part.end;
    }
    // Where the text starts: the first run that prints something (a run of spaces before it is no text).
    const first = r.parts.find((p) => p.str.trim()) ?? r.parts[0]!;
    return { text: line, x: first.x + (first.str.length - first.str.trimStart().length) * r.height, height: r.height };
  });
}
