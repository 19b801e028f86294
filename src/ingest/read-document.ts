// Resolves a <doc> argument (corpus id or file path) and reads its text with its corpus entry.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { CorpusEntry, SourceFormat } from '../model/corpus.js';
import { decodeText } from './decode-text.js';
import { loadManifest } from './load-manifest.js';
import { corpusDir } from './project-paths.js';

export interface SourceDocument {
  /** Corpus id, or the file's base name for a file outside the corpus. */
  id: string;
  /** Path of the raw file. */
  file: string;
  /** The manifest entry, when the document is in the corpus. */
  entry: CorpusEntry | null;
  format: SourceFormat;
  encoding: string;
  /** Decoded raw text (no normalization). */
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

/** Reads a document given a corpus id or a path to a file. */
export function readDocument(arg: string): SourceDocument {
  const manifest = loadManifest();
  const entry = manifest.documents.find((d) => d.id === arg);
  if (entry) {
    const file = path.join(corpusDir(), entry.file);
    const { text, encoding } = readTextFile(file);
    return { id: entry.id, file, entry, format: entry.format, encoding, raw: text };
  }
  const looksLikePath = arg.includes('/') || arg.includes('\\') || /\.[a-z0-9]{1,5}$/i.test(arg);
  if (!looksLikePath && !fs.existsSync(arg)) {
    const known = manifest.documents.map((d) => d.id).join(', ');
    throw new InputError(`unknown document "${arg}": not a corpus id (${known}) nor a file; run 'policydiff corpus' to list ids`);
  }
  const file = path.resolve(arg);
  const { text, encoding } = readTextFile(file);
  const format = formatOf(file);
  return { id: idFromPath(file), file, entry: null, format, encoding, raw: text };
}

/** Reads a file as text, with clear errors for missing files, folders and binary content. */
export function readTextFile(file: string): { text: string; encoding: string; bytes: Buffer } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`${file}: no such file; check the path, or use a corpus id ('policydiff corpus' lists them)`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory; give a document file or a corpus id`);
  const format = formatOf(file);
  if (format === 'docx' || format === 'pdf') {
    throw new InputError(`${file}: .${format} input is not supported yet; save the document as UTF-8 text (.txt) and try again`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new InputError(`${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const { text, encoding } = decodeText(bytes, file);
  return { text, encoding, bytes };
}

export function formatOf(file: string): SourceFormat {
  return FORMAT_BY_EXT[path.extname(file).toLowerCase()] ?? 'txt';
}

function idFromPath(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}
