// The corpus's own policy terms — whatever its documents put in quotes (“千项万亿”, “415X”) — kept as a sorted TSV beside the manifest.
import fs from 'node:fs';
import path from 'node:path';
import { corpusDir } from '../store/project-paths.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';

const HEADER = '# Terms quoted in the corpus documents, kept whole by the word segmenter. Rebuilt by `policydiff corpus --terms`; `policydiff add` adds a new document\'s terms.\nterm';

export function corpusTermsPath(): string {
  return path.join(corpusDir(), 'terms.tsv');
}

/**
 * Terms written in quotes (“千项万亿”, “专精特新”): 2–10 characters, at least two of them Han, and no digits
 * (figures stay separate tokens with their units, so “3个70%” or “1050” are left to the number reader).
 */
export function quotedTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/“([^”\s]{2,10})”/g)) {
    const t = m[1]!;
    if (!/\d/.test(t) && /^[\p{Script=Han}A-Za-z]/u.test(t) && (t.match(/\p{Script=Han}/gu) ?? []).length >= 2) out.push(t);
  }
  return out;
}

/** The terms of a term list (the corpus one by default); none when there is no file yet. */
export function readTerms(file = corpusTermsPath()): string[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && l !== 'term');
}

/** Writes the terms sorted by code point and without duplicates, atomically. */
export function writeCorpusTerms(terms: Iterable<string>, file = corpusTermsPath()): number {
  const sorted = [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileAtomic(file, `${HEADER}\n${sorted.join('\n')}\n`);
  return sorted.length;
}
