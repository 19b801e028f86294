// Schema of a normalized document: canonical display text with an offset map back to the raw file.
import * as z from 'zod';
import { Script } from './corpus.js';

export const TextVariant = z.object({
  kind: z.enum(['vocabulary']),
  /** Offsets in the display text. */
  start: z.number().int(),
  end: z.number().int(),
  source: z.string(),
  display: z.string(),
});

export const NormalizedDocument = z.object({
  id: z.string(),
  /** Canonical display text: simplified script, one paragraph per line, table rows tab-separated. */
  text: z.string(),
  /** offsets[i] = offset in `raw` of text[i]. */
  offsets: z.custom<Int32Array>((v) => v instanceof Int32Array),
  raw: z.string(),
  /** Offsets in `raw` where each raw line starts (for 1-based line numbers). */
  rawLineStarts: z.array(z.number().int()),
  script: Script,
  layout: z.enum(['wrapped', 'paragraphs']),
  /** How many characters the script conversion changed. */
  scriptChanges: z.number().int(),
  variants: z.array(TextVariant),
  dropped: z.record(z.string(), z.number().int()),
});

export type TextVariant = z.infer<typeof TextVariant>;
export type NormalizedDocument = z.infer<typeof NormalizedDocument>;
