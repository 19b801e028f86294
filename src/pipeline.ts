// Chains the stages: ingest → normalize → parse → extract → align → diff.
import crypto from 'node:crypto';
import { readDocument, type SourceDocument } from './ingest/read-document.js';
import { z } from 'zod';
import { NormalizedDocument as NormalizedDocumentSchema } from './model/normalized-document.js';
import type { NormalizedDocument } from './model/normalized-document.js';
import { ParsedDocument as ParsedDocumentSchema } from './model/parsed-document.js';
import type { ParsedDocument } from './model/parsed-document.js';
import { normalizeDocument } from './normalize/normalize-document.js';
import { parseDocument } from './parse/parse-document.js';
import { extractDocumentFacts } from './extract/extract-document-facts.js';
import { alignDocuments } from './align/align-documents.js';
import { InputError } from './errors.js';
import { reviewReason } from './model/review-policy.js';
import { alignmentPath, checkReviewedIds, mergeReviewed, readAlignmentFile, writeAlignmentFile } from './align/alignment-store.js';
import { type ReviewAction, reviewAlignment } from './align/review-alignment.js';
import { documentMetadata } from './ingest/detect-metadata.js';
import { loadManifest } from './ingest/load-manifest.js';
import { Alignment as AlignmentSchema } from './model/alignment.js';
import type { Alignment, AlignmentFile } from './model/alignment.js';
import { DocumentDiff as DocumentDiffSchema } from './model/clause-diff.js';
import type { DocumentDiff, DocumentInfo } from './model/clause-diff.js';
import { diffDocuments } from './diff/diff-documents.js';
import { checkAttachments } from './diff/check-attachments.js';
import type { ConsistencyReport } from './model/consistency.js';
import { placePattern } from './align/mask-text.js';
import { cachedResult } from './store/content-cache.js';
import { withFileLock } from './store/with-file-lock.js';
import { openSegmentCache, saveSegmentCache } from './segment/segment-cache.js';

/** What the cache must hold for each kind of result; an entry of another shape is computed again. */
const CachedDocument = z.object({ normalized: NormalizedDocumentSchema, parsed: ParsedDocumentSchema });

export interface LoadedDocument {
  source: SourceDocument;
  normalized: NormalizedDocument;
  parsed: ParsedDocument;
}

/**
 * Reads, normalizes, parses and extracts facts from a corpus id or a file path. A bundled build
 * keeps the result in the cache, keyed by the build, the id and the text (see cachedResult).
 */
export function loadDocument(arg: string): LoadedDocument {
  const source = readDocument(arg);
  const { normalized, parsed } = cachedResult(
    'documents',
    [source.id, source.raw],
    () => {
      const normalized = normalizeDocument(source.id, source.raw);
      return { normalized, parsed: extractDocumentFacts(parseDocument(normalized)) };
    },
    CachedDocument,
  );
  return { source, normalized, parsed };
}

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

export interface AlignedPair {
  base: LoadedDocument;
  other: LoadedDocument;
  /** The aligner's own result, before review decisions. */
  auto: Alignment;
  /** With the reviewed decisions of alignments/<base>__<other>.json applied. */
  alignment: Alignment;
  file: string;
  /** The reviewed file as read, or null when there is none. */
  reviewed: AlignmentFile | null;
  /** A hash of each document's text, recorded in the file with the decisions made on them. */
  made: { base: string; other: string };
}

/** Loads two documents and aligns them, applying any reviewed decisions on file. */
export function alignPair(baseArg: string, otherArg: string): AlignedPair {
  const base = loadDocument(baseArg);
  const other = loadDocument(otherArg);
  openSegmentCache(base.source.raw, other.source.raw);
  const aligned = alignLoaded(base, other);
  saveSegmentCache();
  return aligned;
}

/**
 * The most pairs of units two documents may be compared in: every unit of one is scored against every unit of the other, so time
 * and memory grow with the product. 5,000 × 5,000 takes about 10 s and 0.7 GB here; the longest law (民法典) has 1,260 articles.
 */
export const MAX_UNIT_PAIRS = 5_000 * 5_000;

/** Aligns two loaded documents (an anchor loaded once can be aligned with many), applying any reviewed decisions on file. */
export function alignLoaded(base: LoadedDocument, other: LoadedDocument, names = jurisdictionNames(base, other)): AlignedPair {
  // The units alignment pairs: section intros and clauses.
  const units = (d: LoadedDocument) => d.parsed.sections.length + d.parsed.clauses.length;
  const [nb, no] = [units(base), units(other)];
  if (nb * no > MAX_UNIT_PAIRS) {
    const count = (d: LoadedDocument, n: number) => `${d.parsed.id} has ${n.toLocaleString('en')} units to compare (clauses, or paragraphs where nothing is numbered)`;
    throw new InputError(
      `${count(base, nb)} and ${count(other, no)}: ${(nb * no).toLocaleString('en')} pairs to score, more than the ${MAX_UNIT_PAIRS.toLocaleString('en')} PolicyDiff compares at once; compare the documents in parts`,
    );
  }
  const auto = cachedResult('alignments', [...documentKey(base), ...documentKey(other), names.join('\n')], () => {
    const { matrix: _matrix, ...result } = alignDocuments(base.parsed, other.parsed, names);
    return result;
  }, AlignmentSchema);
  const file = alignmentPath(base.parsed.id, other.parsed.id);
  const made = { base: textHash(base.source.raw), other: textHash(other.source.raw) };
  const reviewed = readAlignmentFile(file);
  checkReviewedIds(file, reviewed, auto, made);
  // Each link says whether, and why, a person should look at it: renderers and families read this, never decide it.
  return { base, other, auto, alignment: reviewedAlignment(auto, reviewed), file, reviewed, made };
}

/** The aligner's links with the reviewed decisions applied, each saying whether, and why, a person should look at it. */
function reviewedAlignment(auto: Alignment, reviewed: AlignmentFile | null): Alignment {
  const merged = mergeReviewed(auto, reviewed);
  return { ...merged, links: merged.links.map(withReviewReason) };
}

/** A link with the reason to review it (needsReview), where it has one; without the field where it has none. */
function withReviewReason(link: Alignment['links'][number]): Alignment['links'][number] {
  const { needsReview: _old, ...rest } = link;
  const reason = reviewReason(rest);
  return reason ? { ...rest, needsReview: reason } : rest;
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

/** Aligns two documents (with reviewed decisions) and compares every pair. */
export function diffPair(baseArg: string, otherArg: string): AlignedPair & { diff: DocumentDiff } {
  const aligned = alignPair(baseArg, otherArg);
  const diff = diffAligned(aligned);
  saveSegmentCache();
  return { ...aligned, diff };
}

/** Compares every pair of an aligned pair of documents (again after a review decision). */
export function diffAligned(aligned: AlignedPair): DocumentDiff {
  const { base, other } = aligned;
  // Only the swap of the two documents' own jurisdictions (and 全市, 本市 …) is a variant: a third one named in either text —
  // the province in a citation (《浙江省基本公共服务标准》), a county's own hospital — is text that differs.
  const names = [jurisdictionOf(base), jurisdictionOf(other)].filter((n): n is string => !!n);
  const crossJurisdiction = jurisdictionOf(base) !== jurisdictionOf(other);
  const inputs = [...documentKey(base), ...documentKey(other), JSON.stringify(aligned.alignment), names.join('\n'), String(crossJurisdiction)];
  const places = placePattern(names, { levels: crossJurisdiction });
  const diff = cachedResult('diffs', inputs, () => diffDocuments(base, other, aligned.alignment, { places, crossJurisdiction }), DocumentDiffSchema);
  return { ...diff, documents: { base: documentInfo(base), other: documentInfo(other) } };
}

/** What a cached result computed from a document depends on: its id and text. */
function documentKey(d: LoadedDocument): string[] {
  return [d.source.id, d.source.raw];
}

/**
 * Applies one review decision and saves it in alignments/ (the previous file kept as .bak); returns the pair as now aligned.
 * `policydiff review` and the terminal UI both decide through here.
 */
export function reviewPair(aligned: AlignedPair, action: ReviewAction, createdBy: string): AlignedPair {
  saveReviewed(aligned, (current) => reviewAlignment(current, action, aligned.auto), createdBy);
  return reloadReviewed(aligned);
}

/**
 * Rewrites the pair's alignment file under its lock, from the decisions on file at that moment (not
 * those read earlier): a decision saved meanwhile by another process is kept, not overwritten.
 * `change` gets the aligner's result with those decisions applied. `align --write` saves it as is.
 */
export function saveReviewed(aligned: AlignedPair, change: (current: Alignment) => Alignment, createdBy: string): void {
  withFileLock(aligned.file, () => {
    const current = readAlignmentFile(aligned.file);
    checkReviewedIds(aligned.file, current, aligned.auto, aligned.made);
    writeAlignmentFile(aligned.file, change(mergeReviewed(aligned.auto, current)), createdBy, current, aligned.made);
  });
}

/** Re-reads the pair's alignment file (after a decision or an undo) and applies it to the aligner's own result. */
export function reloadReviewed(aligned: AlignedPair): AlignedPair {
  const reviewed = readAlignmentFile(aligned.file);
  checkReviewedIds(aligned.file, reviewed, aligned.auto, aligned.made);
  return { ...aligned, reviewed, alignment: reviewedAlignment(aligned.auto, reviewed) };
}

/** Reads a document and compares its attachment tables with its body. */
export function checkDocument(arg: string): ConsistencyReport {
  return checkLoaded(loadDocument(arg)).report;
}

/** The check of a loaded document, with the document itself (the check view shows the texts of rows and clauses). */
export function checkLoaded(doc: LoadedDocument): { report: ConsistencyReport; document: ParsedDocument; info: DocumentInfo } {
  return { report: checkAttachments(doc.parsed, placePattern(jurisdictionNames(doc))), document: doc.parsed, info: documentInfo(doc) };
}

/** A short hash of a document's text, for telling which text a reviewed file's decisions were made on. */
function textHash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}
