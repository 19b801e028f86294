// Test helpers: the five bundled documents, loaded through the real pipeline once per test file.
import { loadDocument, type LoadedDocument } from '../../src/pipeline.js';

export const CORPUS_IDS = ['hangzhou-2024-draft', 'hangzhou-2024', 'jiande-2024', 'quzhou-2024', 'haining-2024-draft'] as const;

const cache = new Map<string, LoadedDocument>();

export function load(id: string): LoadedDocument {
  let doc = cache.get(id);
  if (!doc) {
    doc = loadDocument(id);
    cache.set(id, doc);
  }
  return doc;
}
