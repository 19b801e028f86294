// Schema of a parsed document: sections, clauses with facts, attachments (`policydiff parse --json`).
import { z } from 'zod';
import { Fact } from './fact.js';

/** Where a piece of the canonical text came from in the raw file. */
export const SourceSpan = z.object({
  /** Offsets into the canonical text. */
  start: z.number().int(),
  end: z.number().int(),
  /** 1-based line in the raw file where the span starts and ends. */
  line: z.number().int(),
  endLine: z.number().int(),
});

export const Section = z.object({
  id: z.string(),
  number: z.number().int(),
  label: z.string(),
  title: z.string(),
  lead: z.string().nullable(),
  intro: z.string(),
  facts: z.array(Fact),
  span: SourceSpan,
});

export const Clause = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  section: z.number().int(),
  label: z.string(),
  title: z.string(),
  /** Full clause text after the label, without the responsible-units note. */
  text: z.string(),
  /** Text after the title sentence. */
  body: z.string(),
  units: z.array(z.string()),
  facts: z.array(Fact),
  span: SourceSpan,
});

export const Passage = z.object({
  id: z.string(),
  text: z.string(),
  facts: z.array(Fact),
  span: SourceSpan,
});

export const TableRow = z.object({
  id: z.string(),
  /** Printed 序号 of the row within its category. */
  number: z.string(),
  category: z.string().nullable(),
  cells: z.record(z.string(), z.string()),
  text: z.string(),
  facts: z.array(Fact),
  span: SourceSpan,
});

export const Table = z.object({
  id: z.string(),
  number: z.number().int(),
  attachment: z.string().nullable(),
  title: z.string(),
  columns: z.array(z.string()),
  reportedBy: z.string().nullable(),
  rows: z.array(TableRow),
});

export const ParseWarning = z.object({ line: z.number().int(), message: z.string() });

export const ParsedDocument = z.object({
  id: z.string(),
  title: z.string(),
  /** Cover letter before the title (notice wrapper), if any. */
  cover: z.string(),
  preamble: Passage.nullable(),
  sections: z.array(Section),
  clauses: z.array(Clause),
  closing: Passage.nullable(),
  attachments: z.array(Table),
  warnings: z.array(ParseWarning),
});

export type SourceSpan = z.infer<typeof SourceSpan>;
export type Section = z.infer<typeof Section>;
export type Clause = z.infer<typeof Clause>;
export type Passage = z.infer<typeof Passage>;
export type TableRow = z.infer<typeof TableRow>;
export type Table = z.infer<typeof Table>;
export type ParseWarning = z.infer<typeof ParseWarning>;
export type ParsedDocument = z.infer<typeof ParsedDocument>;
