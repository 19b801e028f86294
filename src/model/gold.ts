// Schemas of the hand-checked gold files in alignments/gold/ (read at the edge, validated).
import * as z from 'zod';

const GoldRef = z.union([z.number().int(), z.string()]);

export const GoldAlignment = z.object({
  source: z.object({ file: z.string(), label: z.string() }),
  target: z.object({ file: z.string(), label: z.string() }),
  links: z.array(z.object({ source: GoldRef, target: GoldRef, sure: z.boolean(), note: z.string().optional() })),
  /** Units on one side only; the law gold (kuaiji.align.json) names them `ref`, the policy golds `clause`. */
  sourceOnly: z.array(z.object({ clause: GoldRef.optional(), ref: GoldRef.optional(), note: z.string().optional() })),
  targetOnly: z.array(z.object({ clause: GoldRef.optional(), ref: GoldRef.optional(), note: z.string().optional() })),
  /** What a reference numbers: article (第X条) in a law, clause otherwise. */
  unit: z.string().optional(),
});

export type GoldRef = z.infer<typeof GoldRef>;
export type GoldAlignment = z.infer<typeof GoldAlignment>;

/** Gold references to PolicyDiff ids: 5 → c5, "S3" → s3, "preamble" stays. */
export function goldRefToId(ref: GoldRef): string {
  if (typeof ref === 'number') return `c${ref}`;
  const s = /^S(\d+)$/.exec(ref);
  return s ? `s${s[1]}` : ref;
}

/** Hand-checked substantive changes of a draft/final pair (hz-draft-final.changes.json). */
export const GoldChanges = z.object({
  changes: z.array(
    z.object({
      /** null where an article is only on the other side (article-added, article-dropped in the law gold). */
      source: GoldRef.nullable(),
      target: GoldRef.nullable(),
      kind: z.string(),
      before: z.string().nullable(),
      after: z.string().nullable(),
      quantity: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
});

/** Hand-checked pairs of county and city figures for the same quantity (jiande-hangzhou.numbers.json). */
export const GoldNumbers = z.object({
  pairs: z.array(z.object({ source: GoldRef, target: GoldRef, quantity: z.string(), county: z.string(), city: z.string(), note: z.string().optional() })),
});

export type GoldChanges = z.infer<typeof GoldChanges>;
export type GoldNumbers = z.infer<typeof GoldNumbers>;
