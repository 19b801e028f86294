// Reads and validates corpora/manifest.json; every problem is reported with the file and the place.
import fs from 'node:fs';
import { readRegularFile } from '../store/read-regular-file.js';
import path from 'node:path';
import { InputError, formatIssuePath } from '../errors.js';
import { Manifest } from '../model/corpus.js';
import { corpusDir } from '../store/project-paths.js';

export function manifestPath(): string {
  return path.join(corpusDir(), 'manifest.json');
}

/** Loads the manifest; a missing manifest is an empty corpus, a malformed one an InputError. */
export function loadManifest(): Manifest {
  const file = manifestPath();
  let raw: string;
  try {
    raw = readRegularFile(file).toString('utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, documents: [] };
    throw new InputError(`${file}: cannot read the corpus manifest (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new InputError(`${file}: the corpus manifest is not valid JSON (${(err as Error).message}); fix or restore it from git`);
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${file}: the corpus manifest is malformed at ${formatIssuePath(issue.path)}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const doc of parsed.data.documents) {
    if (seen.has(doc.id)) throw new InputError(`${file}: the corpus manifest lists id "${doc.id}" twice; remove one entry`);
    seen.add(doc.id);
  }
  return parsed.data;
}
