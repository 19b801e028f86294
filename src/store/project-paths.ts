// Where the corpus and the reviewed alignments live: the package folder, or POLICYDIFF_ROOT when set.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
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

/** POLICYDIFF_ROOT, when set, must name a folder that exists: a blank or missing one would make folders where nobody asked for them. */
export function checkProjectRoot(): void {
  const fromEnv = process.env.POLICYDIFF_ROOT;
  if (fromEnv === undefined) return;
  if (!fromEnv.trim()) throw new InputError('policydiff: POLICYDIFF_ROOT is set but blank; unset it, or name the project folder');
  let folder = false;
  try {
    folder = fs.statSync(fromEnv).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) throw new InputError(`policydiff: POLICYDIFF_ROOT=${fromEnv}: no such folder; name the folder that holds corpora/ and alignments/`);
}
