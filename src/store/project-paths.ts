// Where the corpus and the reviewed alignments live: the package folder, or POLICYDIFF_ROOT when set.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding corpora/ and alignments/ (POLICYDIFF_ROOT overrides, e.g. for tests). */
export function projectRoot(): string {
  const fromEnv = process.env.POLICYDIFF_ROOT;
  if (fromEnv) return path.resolve(fromEnv);
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function corpusDir(): string {
  return path.join(projectRoot(), 'corpora');
}

export function alignmentsDir(): string {
  return path.join(projectRoot(), 'alignments');
}
