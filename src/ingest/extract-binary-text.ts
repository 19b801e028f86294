// Text of a .docx or .pdf for the synchronous pipeline: extracted in a child process once, then cached by the file's content hash.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { contentHash, readCached, writeCached } from '../store/content-cache.js';

/** Bump when the extractors change what they produce, so cached texts are made again. */
const EXTRACTOR_VERSION = '4';
/** The extractor child's limits: a policy document's Word or PDF file takes about 0.5 s and 100 MB. */
const CHILD_SECONDS = 60;
const CHILD_MEMORY_MB = 1536;

/**
 * The extracted text of a Word or PDF file. mammoth and pdfjs are asynchronous and the pipeline is
 * not, so the extraction runs in a child process (about 0.5 s); its result is cached under the hash
 * of the file's bytes, so a document is extracted once.
 */
export function extractBinaryText(file: string, bytes: Uint8Array, format: 'docx' | 'pdf'): string {
  const key = `${contentHash(EXTRACTOR_VERSION, format, bytes)}.txt`;
  const cached = readCached('extracted', key);
  // An empty entry is taken for one a crash emptied: extracted again (a document with no text at all is rare, and costs a re-read).
  if (cached && cached.length > 0) return cached.toString('utf8');
  const text = runExtractor(file, format);
  writeCached('extracted', key, text);
  return text;
}

function runExtractor(file: string, format: string): string {
  const compiled = fileURLToPath(new URL('./extract-binary-main.js', import.meta.url));
  // From the compiled package run the .js; from the sources (tests, tsx) run the .ts through tsx.
  const args = fs.existsSync(compiled) ? [compiled] : ['--import', 'tsx', fileURLToPath(new URL('./extract-binary-main.ts', import.meta.url))];
  try {
    // The child has its own memory and time limits, and ends when this process does (it watches its parent).
    return execFileSync(process.execPath, [`--max-old-space-size=${CHILD_MEMORY_MB}`, ...args, file, format, file, String(process.pid)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: CHILD_SECONDS * 1000,
      killSignal: 'SIGKILL',
    });
  } catch (err) {
    const e = err as { stderr?: string; message: string; signal?: string; code?: string };
    if (e.signal === 'SIGKILL' || e.code === 'ETIMEDOUT') throw new InputError(`${file}: reading the ${format} took longer than ${CHILD_SECONDS} s (the limit); is it the right file?`);
    if (e.code === 'ENOBUFS') throw new InputError(`${file}: the ${format} holds more text than 64 MB (the limit); is it the right file?`);
    if (/heap out of memory|Allocation failed/.test(e.stderr ?? '')) throw new InputError(`${file}: reading the ${format} needed more than ${CHILD_MEMORY_MB} MB of memory (the limit); is it the right file?`);
    const line = (e.stderr ?? '').trim().split('\n').pop() || e.message.split('\n')[0];
    throw new InputError(line!.startsWith(file) ? line! : `${file}: ${line}`);
  }
}
