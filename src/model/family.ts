// Schemas of policy families (`policydiff families --json`): one policy item across many documents.
import * as z from 'zod';
import { Fact } from './fact.js';

export const Membership = z.object({
  /** The document's clauses that carry this item (empty when it left the item out). */
  ids: z.array(z.string()),
  /** adopted: a link to the anchor clause; partial: linked, but as part of a split or merge, or by an unreviewed link of low confidence (calibrated score < 0.8); absent. */
  mark: z.enum(['adopted', 'partial', 'absent']),
  score: z.number(),
  /** The document through which it was linked: the parent this one implements (a city article carrying a provincial article that carries the anchor's). */
  via: z.string().optional(),
});

export const Family = z.object({
  /** The anchor clause id, or `<doc>:<clause>` for an item no anchor clause carries. */
  id: z.string(),
  section: z.number().int().nullable(),
  title: z.string(),
  members: z.record(z.string(), Membership),
});

export const FamilyDocument = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  level: z.string(),
  stage: z.string(),
  /** The document of the table it implements, where that is not the anchor (a city regulation made under the provincial one): it was aligned with that one too. */
  parent: z.string().optional(),
});

export const FamilyTable = z.object({
  /** The document every other is aligned with: the provincial template when there is one. */
  anchor: z.string(),
  documents: z.array(FamilyDocument),
  families: z.array(Family),
});

/** One quantity of a family across the documents: the anchor's figure and each document's paired figure. */
export const FamilyFigures = z.object({
  family: z.string(),
  documents: z.array(z.string()),
  /** The document whose clause gives the quantities: the anchor, or for an item it does not carry, the first document that does. */
  reference: z.string().optional(),
  rows: z.array(
    z.object({
      quantity: z.string(),
      values: z.record(z.string(), Fact.nullable()),
      /** The documents whose figure is paired only weakly (confidence below 0.5, as `diff` marks it): it may measure something else. */
      weak: z.array(z.string()).optional(),
      /** A figure the reference clause does not state, which members add (a province's 五个工作日内 under a national article): theirs only. */
      added: z.boolean().optional(),
    }),
  ),
});

export type Membership = z.infer<typeof Membership>;
export type FamilyDocument = z.infer<typeof FamilyDocument>;
export type Family = z.infer<typeof Family>;
export type FamilyTable = z.infer<typeof FamilyTable>;
export type FamilyFigures = z.infer<typeof FamilyFigures>;
