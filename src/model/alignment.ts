// Schemas of an alignment (`policydiff align --json`) and of the reviewed files in alignments/.
import * as z from 'zod';
import { REVIEW_REASONS } from './review-policy.js';

export const LinkStatus = z.enum(['auto', 'confirmed', 'rejected', 'manual']);

export const Link = z.object({
  base: z.array(z.string()).min(1),
  other: z.array(z.string()).min(1),
  /** For auto links, the calibrated probability that the link is right (see README); 1 for manual links. */
  score: z.number().min(0).max(1),
  /** The raw similarity (TF-IDF cosine blend) the aligner matched on. */
  similarity: z.number().min(0).max(1).optional(),
  /**
   * The similarity counting only the words and bigrams no unit beside either of the two has: what the pair shares beyond the wording
   * of its neighbours (a penalty chapter's formula). Set by align on a one-to-one link in order of two articles whose similarity is
   * under 0.35 (review-policy.ts BY_PLACE_SHARED).
   */
  ownSimilarity: z.number().min(0).max(1).optional(),
  status: LinkStatus,
  /** How the link was found: in order, moved, split/merge, or by a person. */
  kind: z.enum(['ordered', 'moved', 'split', 'manual']).optional(),
  note: z.string().optional(),
  /**
   * A unit of the link reads closer to a unit outside it than to its partner (its margin over the best rival is below 0): the
   * order of the documents, not the wording, chose this link. Set by align on auto links.
   */
  contested: z.boolean().optional(),
  /** Why a person should check it (review-policy.ts): set by align on every link that needs a look, never kept in reviewed files. */
  needsReview: z.enum(REVIEW_REASONS).optional(),
});

export const Alignment = z.object({
  base: z.string(),
  other: z.string(),
  links: z.array(Link),
  baseOnly: z.array(z.string()),
  otherOnly: z.array(z.string()),
});

export const AlignmentFile = Alignment.extend({
  createdBy: z.string(),
  updatedAt: z.string(),
  /** A hash of each document's text the decisions were made on (absent in files written before it was kept). */
  made: z.object({ base: z.string(), other: z.string() }).optional(),
});

export type LinkStatus = z.infer<typeof LinkStatus>;
export type Link = z.infer<typeof Link>;
export type Alignment = z.infer<typeof Alignment>;
export type AlignmentFile = z.infer<typeof AlignmentFile>;
