// Chains the stages: ingest → normalize → parse → extract → align → diff.
import { readDocument, type SourceDocument } from './ingest/read-document.js';
import * as z from 'zod';
import { NormalizedDocument as NormalizedDocumentSchema } from './model/normalized-document.js';
import type { NormalizedDocument } from './model/normalized-document.js';
import { ParsedDocument as ParsedDocumentSchema } from './model/parsed-document.js';
import type { ParsedDocument } from './model/parsed-document.js';
import { normalizeDocument } from './normalize/normalize-document.js';
import { parseDocument } from './parse/parse-document.js';
import { extractDocumentFacts } from './extract/extract-document-facts.js';
import { alignDocuments } from './align/align-documents.js';
import { InputError } from './errors.js';
import { alignmentPath, checkReviewedIds, readAlignmentFile } from './align/alignment-store.js';
import { documentInfo, jurisdictionNames, jurisdictionOf } from './document-info.js';
import { reviewedAlignment, textHash } from './review-store.js';
import { Alignment as AlignmentSchema } from './model/alignment.js';
import type { Alignment, AlignmentFile } from './model/alignment.js';
import { DocumentDiff as DocumentDiffSchema } from './model/clause-diff.js';
import type { DocumentDiff, DocumentInfo } from './model/clause-diff.js';
import { diffDocuments } from './diff/diff-documents.js';
import { checkAttachments } from './diff/check-attachments.js';
import type { ConsistencyReport } from './model/consistency.js';
import { ownBodyPattern, placePattern } from './align/mask-text.js';
import { cachedResult } from './store/content-cache.js';
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
  const ownBodies = crossJurisdiction ? ownBodyPattern(names) : null;
  const diff = cachedResult('diffs', inputs, () => diffDocuments(base, other, aligned.alignment, { places, crossJurisdiction, ownBodies }), DocumentDiffSchema);
  return { ...diff, documents: { base: documentInfo(base), other: documentInfo(other) } };
}

/** What a cached result computed from a document depends on: its id and text. */
function documentKey(d: LoadedDocument): string[] {
  return [d.source.id, d.source.raw];
}

/** Reads a document and compares its attachment tables with its body. */
export function checkDocument(arg: string): ConsistencyReport {
  return checkLoaded(loadDocument(arg)).report;
}

/** The check of a loaded document, with the document itself (the check view shows the texts of rows and clauses). */
export function checkLoaded(doc: LoadedDocument): { report: ConsistencyReport; document: ParsedDocument; info: DocumentInfo } {
  return { report: checkAttachments(doc.parsed, placePattern(jurisdictionNames(doc))), document: doc.parsed, info: documentInfo(doc) };
}
