// Chains the stages: ingest → normalize → parse → extract (align and diff join here as they land).
import { readDocument, type SourceDocument } from './ingest/read-document.js';
import type { NormalizedDocument } from './model/normalized-document.js';
import type { ParsedDocument } from './model/parsed-document.js';
import { normalizeDocument } from './normalize/normalize-document.js';
import { parseDocument } from './parse/parse-document.js';
import { extractDocumentFacts } from './extract/extract-document-facts.js';

export interface LoadedDocument {
  source: SourceDocument;
  normalized: NormalizedDocument;
  parsed: ParsedDocument;
}

/** Reads, normalizes, parses and extracts facts from a corpus id or a file path. */
export function loadDocument(arg: string): LoadedDocument {
  const source = readDocument(arg);
  const normalized = normalizeDocument(source.id, source.raw);
  const parsed = extractDocumentFacts(parseDocument(normalized));
  return { source, normalized, parsed };
}
