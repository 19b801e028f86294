// When a person should check a link: the one home of the review policy that align, families and every renderer read.

/** Below this calibrated score a link is flagged for review (on held-out documents about two in three such links are right). */
export const LOW_CONFIDENCE = 0.8;
/** The same line, as the UIs print it. */
export const LOW_CONFIDENCE_TEXT = LOW_CONFIDENCE.toFixed(2);

/**
 * Below this similarity a link out of the documents' order rests on little: its text alone chose it, and shares little (on the
 * shared revisions about four in ten such moves are wrong, though their scores say otherwise).
 */
export const THIN_MOVE = 0.3;

/**
 * Below this similarity a one-to-one link in the documents' order rests on its place alone: the two clauses stand in the same slot
 * between links that agree and share little (on the shared revisions about half such links pair unrelated articles — a clause
 * deleted and another added in its place — though their scores are high).
 */
export const BY_PLACE = 0.2;

/**
 * …and below this one a one-to-one link in order of two articles rests on its place where what they share is the wording their
 * neighbours share too: its `ownSimilarity` (counting only the words and bigrams no unit beside either article has) is under
 * `BY_PLACE_OWN`. That is a penalty article deleted and another added in its slot, alike only in the formula every penalty of the
 * chapter has (违反本法规定…由…主管部门责令改正…处…罚款: 矿产资源法 第四十二条 倒卖探矿权 ↔ 第六十六条 未取得勘查许可证); on the newest
 * versions of the shared revisions 12 of 18 such links pair two different items, though most score above 0.9 (10 of the 18 were
 * flagged already for another reason).
 */
export const BY_PLACE_SHARED = 0.35;
export const BY_PLACE_OWN = 0.05;

/** A link as the alignment or a pair of the diff carries it. */
type LinkLike = { status: string; score: number; base?: string[]; other?: string[]; contested?: boolean; kind?: string; similarity?: number; ownSimilarity?: number };

/** An unreviewed link the aligner is not sure of: check it. */
export function isLowConfidence(link: LinkLike): boolean {
  return link.status === 'auto' && link.score < LOW_CONFIDENCE;
}

/** Which way a link joins clauses: one into several is a split, several into one a merge, several into several joined; null when one to one. */
export function joinShape(link: Pick<LinkLike, 'base' | 'other'>): 'split' | 'merge' | 'joined' | null {
  const [b, o] = [link.base?.length ?? 1, link.other?.length ?? 1];
  if (b > 1 && o > 1) return 'joined';
  return o > 1 ? 'split' : b > 1 ? 'merge' : null;
}

/** The word printed beside a link's score for its kind ('split' in the JSON is a split, a merge or joined). */
export function linkKindWord(link: Pick<LinkLike, 'base' | 'other'> & { kind?: string }): string {
  if (!link.kind || link.kind === 'ordered') return '';
  return link.kind === 'split' ? (joinShape(link) ?? 'split') : link.kind;
}

/** A link that carries an item only in part: unsure, or one side of a split or merge. (A contested link is whole: it may be the wrong one.) */
export function isPartialLink(link: LinkLike): boolean {
  return isLowConfidence(link) || (link.base?.length ?? 1) > 1 || (link.other?.length ?? 1) > 1;
}

/**
 * Why a person should look at a link: the aligner is not sure of it, it joins several clauses (an unreviewed split or merge),
 * another clause reads closer than the one it was linked to (contested: the documents' order chose it), it links two clauses
 * out of order that share little (thin-move), or two in order that share little, or little their neighbours do not share too,
 * linked by their place alone (by-place).
 */
export const REVIEW_REASONS = ['low-confidence', 'split', 'merge', 'contested', 'thin-move', 'by-place'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** The reason to review a link, or null for one that needs no look (reviewed, or sure and one to one). */
export function reviewReason(link: LinkLike): ReviewReason | null {
  if (isLowConfidence(link)) return 'low-confidence';
  if (link.status !== 'auto') return null;
  if ((link.other?.length ?? 1) > 1) return 'split';
  if ((link.base?.length ?? 1) > 1) return 'merge';
  if (link.contested) return 'contested';
  if (link.kind === 'moved' && link.similarity !== undefined && link.similarity < THIN_MOVE) return 'thin-move';
  if (link.kind === 'ordered' && link.similarity !== undefined && link.similarity < BY_PLACE) return 'by-place';
  if (link.kind === 'ordered' && link.ownSimilarity !== undefined && link.ownSimilarity < BY_PLACE_OWN) return 'by-place';
  return null;
}

/** Whether a link may not carry the same item at all (unsure, contested, or resting on little shared wording), as the UIs mark it. */
export function isDoubtful(link: { needsReview?: ReviewReason; contested?: boolean }): boolean {
  return link.needsReview === 'low-confidence' || link.needsReview === 'thin-move' || link.needsReview === 'by-place' || !!link.contested;
}
