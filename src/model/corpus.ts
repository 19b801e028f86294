// Schemas for the corpus manifest (corpora/manifest.json) and `policydiff corpus --json`.
import * as z from 'zod';

export const JurisdictionLevel = z.enum(['national', 'province', 'city', 'county']);
export const Stage = z.enum(['draft', 'final']);
export const Script = z.enum(['simplified', 'traditional']);
export const SourceFormat = z.enum(['txt', 'md', 'html', 'docx', 'pdf']);

export const Jurisdiction = z.object({
  name: z.string().min(1),
  level: JurisdictionLevel,
  /** Name of the parent jurisdiction (杭州市 for 建德市), or null at the top. */
  parent: z.string().nullable(),
  /** Corpus id of the parent policy this document implements, when it is in the corpus. */
  parentId: z.string().optional(),
});

export const CorpusEntry = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens'),
  title: z.string(),
  jurisdiction: Jurisdiction,
  stage: Stage,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  docNumber: z.string().nullable(),
  script: Script,
  format: SourceFormat,
  file: z.string().min(1),
  encoding: z.string().optional(),
  sha256: z.string().optional(),
  /** SHA-256 of the decoded text: the same document saved in another encoding, or with a BOM, is found a duplicate. */
  textSha256: z.string().optional(),
  /** What a law or regulation says of itself, read at `add`: who issued it, its history (…通过, …修正), when it took effect. */
  issuer: z.string().nullable().optional(),
  history: z.array(z.object({ date: z.string(), event: z.string() })).optional(),
  effective: z.string().nullable().optional(),
  note: z.string().optional(),
});

export const Manifest = z.object({
  version: z.literal(1),
  documents: z.array(CorpusEntry),
});

export type JurisdictionLevel = z.infer<typeof JurisdictionLevel>;
export type Stage = z.infer<typeof Stage>;
export type Script = z.infer<typeof Script>;
export type SourceFormat = z.infer<typeof SourceFormat>;
export type CorpusEntry = z.infer<typeof CorpusEntry>;
export type Manifest = z.infer<typeof Manifest>;
