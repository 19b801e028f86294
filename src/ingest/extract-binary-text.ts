// Text of a .docx or .pdf for the synchronous pipeline: extracted in a child process once, then cached by the file's content hash.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { contentHash, readCached, writeCached } from './content-cache.js';

/** Bump when the extractors change what they produce, so cached texts are made again. */
const EXTRACTOR_VERSION = '1';

/**
 * The extracted text of a Word or PDF file. mammoth and pdfjs are asynchronous and the pipeline is
 * not, so the extraction runs in a child process (about 0.5 s); its result is cached under the hash
 * of the file's bytes, so a document is extracted once.
 */
export function extractBinaryText(file: string, bytes: Uint8Array, format: 'docx' | 'pdf'): string {
  const key = `${contentHash(EXTRACTOR_VERSION, format, bytes)}.txt`;
  const cached = readCached('extracted', key);
  if (cached) return cached.toString('utf8');
  const text = runExtractor(file, format);
  writeCached('extracted', key, text);
  return text;
}

function runExtractor(file: string, format: string): string {
  const compiled = fileURLToPath(new URL('./extract-binary-main.js', import.meta.url));
  // From the compiled package run the .js; from the sources (tests, tsx) run the .ts through tsx.
  const args = fs.existsSync(compiled) ? [compiled] : ['--import', 'tsx', fileURLToPath(new URL('./extract-binary-main.ts', import.meta.url))];
  try {
    return execFileSync(process.execPath, [...args, file, format, file], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    const line = (e.stderr ?? '').trim().split('\n').pop() || e.message.split('\n')[0];
    throw new InputError(line!.startsWith(file) ? line! : `${file}: ${line}`);
  }
}
