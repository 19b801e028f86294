// The reviewed decisions of a pair: read and applied to the aligner's result, each link told why to check it; one decision saved under the lock.
import crypto from 'node:crypto';
import { checkReviewedIds, mergeReviewed, readAlignmentFile, writeAlignmentFile } from './align/alignment-store.js';
import { reviewAlignment } from './align/review-alignment.js';
import type { ReviewAction } from './model/review-action.js';
import type { Alignment, AlignmentFile } from './model/alignment.js';
import { reviewReason } from './model/review-policy.js';
import type { AlignedPair } from './pipeline.js';
import { withFileLock } from './store/with-file-lock.js';

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

/** The aligner's links with the reviewed decisions applied, each saying whether, and why, a person should look at it. */
export function reviewedAlignment(auto: Alignment, reviewed: AlignmentFile | null): Alignment {
  const merged = mergeReviewed(auto, reviewed);
  return { ...merged, links: merged.links.map(withReviewReason) };
}

/** A link with the reason to review it (needsReview), where it has one; without the field where it has none. */
function withReviewReason(link: Alignment['links'][number]): Alignment['links'][number] {
  const { needsReview: _old, ...rest } = link;
  const reason = reviewReason(rest);
  return reason ? { ...rest, needsReview: reason } : rest;
}

/** A short hash of a document's text, for telling which text a reviewed file's decisions were made on. */
export function textHash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}
