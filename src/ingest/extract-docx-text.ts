// Reads a Word .docx with mammoth: paragraphs as lines, tables as tab-separated rows, automatic list numbers written out as Word prints them.
import { InputError } from '../errors.js';
import { extractHtmlText } from './extract-html-text.js';
import { writeListNumbers } from './write-list-numbers.js';

/** The text of a .docx: mammoth's HTML rendering, read back as the HTML input is. */
export async function extractDocxText(bytes: Uint8Array, name: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(await writeListNumbers(bytes)) })).value;
  } catch (err) {
    throw new InputError(`${name}: cannot read the Word file (${(err as Error).message.split('\n')[0]}); is it a .docx (not an old .doc)?`);
  }
  const text = extractHtmlText(`<body>${html}</body>`);
  if (!/\p{Script=Han}/u.test(text)) throw new InputError(`${name}: the Word file has no Chinese text in it`);
  return text;
}
