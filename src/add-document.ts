// Copies a document into corpora/ and registers it in the manifest, refusing duplicate ids and content.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from './errors.js';
import type { CorpusEntry, JurisdictionLevel, Stage } from './model/corpus.js';
import { normalizeDocument } from './normalize/normalize-document.js';
import { parseDocument } from './parse/parse-document.js';
import { detectMetadata, documentMetadata } from './ingest/detect-metadata.js';
import { loadManifest, manifestPath } from './ingest/load-manifest.js';
import { corpusDir } from './store/project-paths.js';
import { closestId, formatOf, readTextFile } from './ingest/read-document.js';
import { withFileLock } from './store/with-file-lock.js';
import { writeFileAtomic } from './store/write-file-atomic.js';
import { quotedTerms, readTerms, writeCorpusTerms } from './lexicon/corpus-terms.js';
import { ensureDir } from './store/ensure-dir.js';

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
  const { text, encoding, bytes } = readTextFile(req.file);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const textSha256 = decodedTextHash(text);
  refuseDuplicate(manifest.documents, req, sha256, textSha256);
  let parentName: string | null = null;
  let parentId: string | undefined;
  if (req.parent) {
    const parentDoc = manifest.documents.find((d) => d.id === req.parent);
    if (parentDoc) {
      parentName = parentDoc.jurisdiction.name;
      parentId = parentDoc.id;
    } else if (/^[a-z0-9][a-z0-9-]*$/.test(req.parent)) {
      // Written like a corpus id but naming none: a typo (hangzhuo-2024), not a jurisdiction (those are names: 杭州市).
      const near = closestId(req.parent, manifest.documents.map((d) => d.id));
      throw new InputError(`--parent ${req.parent}: no document with that id in the corpus${near ? `; did you mean ${near}?` : ''} (give a corpus id, or the parent jurisdiction's name, e.g. 杭州市)`);
    } else {
      parentName = req.parent;
    }
  }
  const normalized = normalizeDocument(req.id, text);
  const parsed = parseDocument(normalized);
  const meta = documentMetadata(parsed, normalized.text);
  const name = req.name ?? meta.jurisdiction ?? detectMetadata(normalized.text.slice(0, 600), normalized.text).jurisdiction;
  if (!name) throw new InputError(`${req.file}: cannot tell which jurisdiction issued it; give --name (e.g. --name 杭州市)`);
  // A name read from the text that cannot be of the level given (a province named in a county's plan is the one it implements).
  const levelOfName = /(?:省|自治区|特别行政区)$/.test(name) ? 'province' : /(?:县|旗|自治县)$/.test(name) ? 'county' : null;
  if (!req.name && levelOfName && levelOfName !== req.level && !(req.level === 'national' && name === '中华人民共和国')) {
    throw new InputError(`${req.file}: the text names ${name} (a ${levelOfName}) but --level is ${req.level}: it may be the jurisdiction it implements, not the one that issued it; give --name (e.g. --name 杭州市)`);
  }
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
    textSha256,
    ...(parsed.meta?.history.length || parsed.meta?.effective || parsed.meta?.issuer
      ? { issuer: parsed.meta.issuer, history: parsed.meta.history.map((h) => ({ date: h.date, event: h.event })), effective: parsed.meta.effective }
      : {}),
  };
  const target = path.join(corpusDir(), fileName);
  ensureDir(corpusDir());
  // Registering is a read-modify-write of the manifest: under its lock, on the manifest as it is then, so documents added at
  // the same time by other processes are all kept; a file is never left in corpora/ unregistered.
  withFileLock(manifestPath(), () => {
    const now = loadManifest();
    refuseDuplicate(now.documents, req, sha256, textSha256);
    if (fs.existsSync(target)) throw new InputError(`${target} already exists; remove it or choose another --id`);
    writeFileAtomic(target, bytes);
    try {
      writeFileAtomic(manifestPath(), `${JSON.stringify({ ...now, documents: [...now.documents, entry] }, null, 2)}\n`);
    } catch (err) {
      fs.rmSync(target, { force: true });
      throw err;
    }
    writeCorpusTerms([...readTerms(), ...quotedTerms(normalized.text)]);
  });
  return { entry, clauses: parsed.clauses.length, sections: parsed.sections.length };
}

/** The id taken, or the same content under another id, is refused. */
function refuseDuplicate(documents: CorpusEntry[], req: AddRequest, sha256: string, textSha256: string): void {
  if (documents.some((d) => d.id === req.id)) throw new InputError(`id "${req.id}" is already in the corpus; choose another --id`);
  for (const d of documents) {
    const known = d.sha256 ?? hashFile(path.join(corpusDir(), d.file));
    if (known === sha256) throw new InputError(`${req.file}: same content as corpus document "${d.id}"; it is already in the corpus`);
    // The same text in another encoding or with a BOM (a text file of the corpus is decoded to compare; Word and PDF keep their hash).
    const text = d.textSha256 ?? (/\.(?:txt|md)$/i.test(d.file) ? textHashOfFile(path.join(corpusDir(), d.file)) : null);
    if (text === textSha256) throw new InputError(`${req.file}: the same text as corpus document "${d.id}" (saved in another encoding); it is already in the corpus`);
  }
}

/** The hash of a decoded text, without a byte-order mark and with line ends made one. */
function decodedTextHash(text: string): string {
  return crypto.createHash('sha256').update(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')).digest('hex');
}

function textHashOfFile(file: string): string | null {
  try {
    return decodedTextHash(readTextFile(file).text);
  } catch {
    return null;
  }
}

function hashFile(file: string): string | null {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}
