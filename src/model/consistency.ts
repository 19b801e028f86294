// Schema of `policydiff check <doc> --json`: figures a document's attachment tables state differently from its own body.
import * as z from 'zod';
import { Fact } from './fact.js';

export const Place = z.object({
  /** Clause id (c5) or table row id (t1.r4). */
  id: z.string(),
  /** How a reader finds it: （五）强化能源要素保障, or 附件1 1-1 … 延续类 第4项. */
  label: z.string(),
  /** 1-based lines in the raw file where it starts and ends. */
  line: z.number().int(),
  endLine: z.number().int(),
});

export const Disagreement = z.object({
  quantity: z.string(),
  body: z.object({ place: Place, fact: Fact }),
  table: z.object({ place: Place, fact: Fact }),
  /** table − body in the canonical unit, when both share it. */
  delta: z.number().nullable(),
  relative: z.number().nullable(),
  /** How sure the pairing of the two figures is, in [0, 1]. */
  confidence: z.number(),
});

export const ConsistencyReport = z.object({
  document: z.string(),
  tables: z.number().int(),
  rows: z.number().int(),
  /** Rows that restate a body clause: the row, the clause, and how alike their texts are (bigram Dice). */
  restated: z.array(z.object({ row: z.string(), clause: z.string(), similarity: z.number() })),
  disagreements: z.array(Disagreement),
});

export type Place = z.infer<typeof Place>;
export type Disagreement = z.infer<typeof Disagreement>;
export type ConsistencyReport = z.infer<typeof ConsistencyReport>;
