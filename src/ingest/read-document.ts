// Resolves a <doc> argument (corpus id or file path) and reads its text with its corpus entry.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { CorpusEntry, SourceFormat } from '../model/corpus.js';
import { checkZipSize } from './check-zip-size.js';
import { decodeText, emptyFileError } from './decode-text.js';
import { extractBinaryText } from './extract-binary-text.js';
import { extractHtmlText } from './extract-html-text.js';
import { loadManifest } from './load-manifest.js';
import { corpusDir } from '../store/project-paths.js';

export interface SourceDocument {
  /** Corpus id, or the file's base name for a file outside the corpus. */
  id: string;
  /** Path of the raw file. */
  file: string;
  /** The manifest entry, when the document is in the corpus. */
  entry: CorpusEntry | null;
  format: SourceFormat;
  encoding: string;
  /** Decoded raw text (no normalization); for .html/.docx/.pdf the text extracted from it. */
  raw: string;
}

const FORMAT_BY_EXT: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/**
 * Text files larger than this are refused: the largest law of the 2,057 shared ones (刑法) is 0.2 MB, and at 5 MB every command
 * still finishes within 30 s and 2 GB on a 2-core machine (an 18 MB text took 75 s and 2.2 GB to diff).
 */
const MAX_TEXT_BYTES = 5 * 2 ** 20;
/** Word and PDF files carry images and fonts; their extracted text is held to MAX_TEXT_BYTES too. */
const MAX_BINARY_BYTES = 200 * 2 ** 20;

/** Reads a document given a corpus id or a path to a file. */
export function readDocument(arg: string): SourceDocument {
  const manifest = loadManifest();
  const entry = manifest.documents.find((d) => d.id === arg);
  if (entry) {
    const file = path.resolve(corpusDir(), entry.file);
    // The manifest names files in corpora/; one that points elsewhere (../../etc/shadow) is refused, never read.
    const rel = path.relative(corpusDir(), file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw new InputError(`corpora/manifest.json: the file of "${entry.id}" (${entry.file}) is outside corpora/; fix the entry`);
    // The entry's format says where the text came from (jiande-2024 is a PDF's text, saved as .txt); the file's extension says how to read it.
    const { text, encoding } = readTextFile(file);
    return { id: entry.id, file, entry, format: entry.format, encoding, raw: text };
  }
  const looksLikePath = arg.includes('/') || arg.includes('\\') || /\.[a-z0-9]{1,5}$/i.test(arg);
  if (!looksLikePath && !fs.existsSync(arg)) {
    const ids = manifest.documents.map((d) => d.id);
    const near = closestId(arg, ids);
    if (near) throw new InputError(`unknown document "${arg}": did you mean ${near}? ('policydiff corpus' lists the ids)`);
    throw new InputError(`unknown document "${arg}": not a corpus id (${ids.join(', ')}) nor a file; run 'policydiff corpus' to list ids`);
  }
  const file = path.resolve(arg);
  const format = formatOf(file);
  const { text, encoding } = readTextFile(file, format);
  // A path is never a corpus id: a file named like a corpus document (~/Downloads/jiande-2024.txt) must not take that document's
  // reviewed alignments, so its id gets a mark of its own path.
  // The corpus file itself, given by its path, is that corpus document.
  const own = manifest.documents.find((d) => path.resolve(corpusDir(), d.file) === file);
  if (own) return { id: own.id, file, entry: own, format: own.format, encoding, raw: text };
  let id = idFromPath(file) || 'document';
  const mark = () => `${id}-${crypto.createHash('sha256').update(file).digest('hex').slice(0, 6)}`;
  if (manifest.documents.some((d) => d.id === id)) id = mark();
  // Two files of one name in one command (v1/通知.txt, v2/通知.txt) are two documents: the second gets the mark of its path.
  const holder = pathIds.get(id);
  if (holder !== undefined && holder !== file) id = mark();
  pathIds.set(id, file);
  return { id, file, entry: null, format, encoding, raw: text };
}

/** The file each path-given id stands for in this process. */
const pathIds = new Map<string, string>();

/**
 * Reads a document file as text, with clear errors for missing files, folders and binary content:
 * plain text and markdown decoded (UTF-8, GB18030, UTF-16), HTML reduced to its policy text,
 * Word and PDF files through their extractors.
 */
export function readTextFile(file: string, format = formatOf(file)): { text: string; encoding: string; bytes: Buffer } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new InputError(`${file}: a symbolic link that points back at itself; give the document file`);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new InputError(`${file}: cannot read the file (${code ?? (err as Error).message})`);
    throw new InputError(`${file}: no such file; check the path, or use a corpus id ('policydiff corpus' lists them)`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory; give a document file or a corpus id`);
  // Only a regular file has an end: a device (/dev/zero) or a pipe would be read for ever.
  if (!stat.isFile()) throw new InputError(`${file}: not a regular file (a device, pipe or socket); save the document to a file and give that`);
  const limit = format === 'docx' || format === 'pdf' ? MAX_BINARY_BYTES : MAX_TEXT_BYTES;
  if (stat.size > limit) {
    throw new InputError(`${file}: ${Math.round(stat.size / 2 ** 20)} MB is far beyond a policy document (the bundled ones are under 0.2 MB; the limit is ${limit / 2 ** 20} MB); is it the right file?`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new InputError(`${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (format === 'docx' || format === 'pdf') {
    checkSignature(bytes, format, file);
    if (format === 'docx') checkZipSize(bytes, file);
    const text = extractBinaryText(file, bytes, format);
    if (text.length * 3 > MAX_TEXT_BYTES) throw new InputError(`${file}: the ${format} holds ${Math.round(text.length / 1e6)} million characters of text, far beyond a policy document; is it the right file?`);
    return { text, encoding: format, bytes };
  }
  const { text, encoding } = decodeText(bytes, file);
  if (format === 'html') return { text: extractHtmlText(text), encoding, bytes };
  return { text, encoding, bytes };
}

/** A .docx is a zip ("PK"), a PDF starts with "%PDF": say so plainly instead of letting the extractor fail. */
function checkSignature(bytes: Buffer, format: 'docx' | 'pdf', file: string): void {
  if (bytes.length === 0) throw emptyFileError(file);
  if (format === 'docx' && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const old = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    throw new InputError(`${file}: not a Word .docx file${old ? ' (it is an old binary .doc; save it as .docx)' : ''}`);
  }
  if (format === 'pdf' && !bytes.subarray(0, 1024).includes('%PDF')) throw new InputError(`${file}: not a PDF file (no %PDF header)`);
}

export function formatOf(file: string): SourceFormat {
  return FORMAT_BY_EXT[path.extname(file).toLowerCase()] ?? 'txt';
}

/** The corpus id a mistyped one most likely meant: one it begins (jiande → jiande-2024), else one at most two edits away. */
export function closestId(typed: string, ids: string[]): string | null {
  const starts = ids.filter((id) => id.startsWith(typed));
  if (starts.length === 1) return starts[0]!;
  let best: string | null = null;
  let bestDistance = 3;
  for (const id of ids) {
    const d = editDistance(typed, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

function idFromPath(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}
