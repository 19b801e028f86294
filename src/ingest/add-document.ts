// Copies a document into corpora/ and registers it in the manifest, refusing duplicate ids and content.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { CorpusEntry, JurisdictionLevel, Stage } from '../model/corpus.js';
import { normalizeDocument } from '../normalize/normalize-document.js';
import { parseDocument } from '../parse/parse-document.js';
import { detectMetadata, documentMetadata } from './detect-metadata.js';
import { loadManifest, manifestPath } from './load-manifest.js';
import { corpusDir } from './project-paths.js';
import { formatOf, readTextFile } from './read-document.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { quotedTerms, readTerms, writeCorpusTerms } from '../lexicon/corpus-terms.js';

export interface AddRequest {
  file: string;
  id: string;
  level: JurisdictionLevel;
  parent?: string;
  stage?: Stage;
  name?: string;
}

/** Adds a file to the corpus; returns the new manifest entry and its clause count. */
export function addDocument(req: AddRequest): { entry: CorpusEntry; clauses: number; sections: number } {
  const manifest = loadManifest();
  if (manifest.documents.some((d) => d.id === req.id)) {
    throw new InputError(`id "${req.id}" is already in the corpus; choose another --id`);
  }
  const { text, encoding, bytes } = readTextFile(req.file);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  for (const d of manifest.documents) {
    const known = d.sha256 ?? hashFile(path.join(corpusDir(), d.file));
    if (known === sha256) throw new InputError(`${req.file}: same content as corpus document "${d.id}"; it is already in the corpus`);
  }
  let parentName: string | null = null;
  let parentId: string | undefined;
  if (req.parent) {
    const parentDoc = manifest.documents.find((d) => d.id === req.parent);
    if (parentDoc) {
      parentName = parentDoc.jurisdiction.name;
      parentId = parentDoc.id;
    } else {
      parentName = req.parent;
    }
  }
  const normalized = normalizeDocument(req.id, text);
  const parsed = parseDocument(normalized);
  const meta = documentMetadata(parsed, normalized.text);
  const name = req.name ?? meta.jurisdiction ?? detectMetadata(normalized.text.slice(0, 600), normalized.text).jurisdiction;
  if (!name) throw new InputError(`${req.file}: cannot tell which jurisdiction issued it; give --name (e.g. --name 杭州市)`);
  const ext = path.extname(req.file).toLowerCase() || '.txt';
  const fileName = `${req.id}${ext}`;
  const entry: CorpusEntry = {
    id: req.id,
    title: parsed.title || path.basename(req.file),
    jurisdiction: { name, level: req.level, parent: parentName, ...(parentId ? { parentId } : {}) },
    stage: req.stage ?? meta.stage,
    date: meta.date,
    docNumber: meta.docNumber,
    script: normalized.script,
    format: formatOf(req.file),
    file: fileName,
    encoding,
    sha256,
  };
  const target = path.join(corpusDir(), fileName);
  if (fs.existsSync(target)) throw new InputError(`${target} already exists; remove it or choose another --id`);
  fs.mkdirSync(corpusDir(), { recursive: true });
  writeFileAtomic(target, bytes);
  writeFileAtomic(manifestPath(), `${JSON.stringify({ ...manifest, documents: [...manifest.documents, entry] }, null, 2)}\n`);
  writeCorpusTerms([...readTerms(), ...quotedTerms(normalized.text)]);
  return { entry, clauses: parsed.clauses.length, sections: parsed.sections.length };
}

function hashFile(file: string): string | null {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}
