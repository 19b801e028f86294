// Child-process entry that extracts the text of a .docx or .pdf file: prints the text, or one error line and exit 2.
import fs from 'node:fs';
import { InputError } from '../errors.js';
import { extractDocxText } from './extract-docx-text.js';
import { extractPdfText } from './extract-pdf-text.js';

async function main(): Promise<void> {
  const [file, format, name] = process.argv.slice(2) as [string, string, string];
  const bytes = fs.readFileSync(file);
  const text = format === 'pdf' ? await extractPdfText(bytes, name) : await extractDocxText(bytes, name);
  process.stdout.write(text);
}

main().catch((err: unknown) => {
  const message = err instanceof InputError ? err.message : `cannot extract the text (${(err as Error)?.message ?? String(err)})`;
  process.stderr.write(`${message}\n`);
  process.exit(2);
});
