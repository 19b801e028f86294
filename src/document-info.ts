// What a document says about itself and the names a comparison folds: its jurisdiction, stage, date and number, from the manifest or its text.
import type { DocumentInfo } from './model/clause-diff.js';
import { documentMetadata } from './ingest/detect-metadata.js';
import { loadManifest } from './ingest/load-manifest.js';
import type { LoadedDocument } from './pipeline.js';

/** Names whose swap between documents is localization, not change: every jurisdiction in the corpus and its parent. */
export function jurisdictionNames(...docs: LoadedDocument[]): string[] {
  const names = new Set<string>();
  for (const d of loadManifest().documents) {
    names.add(d.jurisdiction.name);
    if (d.jurisdiction.parent) names.add(d.jurisdiction.parent);
  }
  for (const d of docs) {
    const found = jurisdictionOf(d);
    if (found) names.add(found);
  }
  return [...names];
}

/** The jurisdiction a document belongs to: from the manifest, else read from its text. */
export function jurisdictionOf(d: LoadedDocument): string | null {
  return d.source.entry?.jurisdiction.name ?? documentMetadata(d.parsed, d.normalized.text).jurisdiction ?? null;
}

/** What a document says about itself: the manifest entry's jurisdiction, stage, date and number, else what its text prints. */
export function documentInfo(d: LoadedDocument): DocumentInfo {
  const e = d.source.entry;
  if (e) return { jurisdiction: e.jurisdiction.name, stage: e.stage, date: e.date, docNumber: e.docNumber };
  const m = documentMetadata(d.parsed, d.normalized.text);
  return { jurisdiction: m.jurisdiction, stage: m.stage, date: m.date, docNumber: m.docNumber };
}
