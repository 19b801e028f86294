// Schema of a parsed document: sections, clauses with facts, attachments (`policydiff parse --json`).
import * as z from 'zod';
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
  /** Where the file holds several documents (a notice printing a 若干政策 and an 行动计划): which one, from 1; absent otherwise. */
  part: z.number().int().optional(),
});

/** A 项 of a 款 (（一）…), or a 目 of a 项 (1. …): its printed label, number and text, with offsets into the canonical text. */
export interface Item {
  label: string;
  ordinal: number;
  text: string;
  start: number;
  end: number;
  items: Item[];
}
export const Item: z.ZodType<Item> = z.lazy(() =>
  z.object({ label: z.string(), ordinal: z.number().int(), text: z.string(), start: z.number().int(), end: z.number().int(), items: z.array(Item) }),
);

/** A 款 of an article: one of its paragraphs, with the 项 written under it. */
export const ClauseParagraph = z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), items: z.array(Item) });

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
  /** The headings above it, as printed (第二章 会计核算, 第一节 一般规定); empty where there are none. */
  path: z.array(z.string()).optional(),
  /** Its paragraphs (款) with their items (项, 目), where the text is an article. */
  paragraphs: z.array(ClauseParagraph).optional(),
  /** Which document of a file that holds several, from 1 (its `section` is a number of that document's own numbering); absent otherwise. */
  part: z.number().int().optional(),
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
  /** The text the table holds: its 附件 line, title, header and rows. */
  span: SourceSpan.optional(),
});

export const ParseWarning = z.object({
  line: z.number().int(),
  message: z.string(),
  /**
   * outline: every command that reads the document says so — the outline is weak (text in no unit, or nothing numbered), or the
   * text may be incomplete (it never says when it takes effect).
   */
  kind: z.literal('outline').optional(),
});

/** One heading, article or numbered item of the outline, as read from the text. */
export const OutlineNode = z.object({
  /** The heading style (heading-styles.tsv): chapter, section, article, cn-paren … */
  style: z.string(),
  /** 1 for the top level. */
  depth: z.number().int(),
  ordinal: z.number().int(),
  /** The Y of 第X条之Y. */
  sub: z.number().int().nullable(),
  label: z.string(),
  title: z.string(),
  line: z.number().int(),
  span: SourceSpan,
  /** The unit it opens: a section (s3) or a clause (c12); null for a heading that is neither (a 节). */
  unit: z.string().nullable(),
});

export const HISTORY_EVENTS = ['adopted', 'amended', 'revised', 'promulgated', 'approved', 'effective'] as const;

/** One event of the document's history: adopted, amended, revised, promulgated …, with its date. */
export const HistoryEntry = z.object({
  date: z.string(),
  event: z.enum(HISTORY_EVENTS),
  text: z.string(),
});

/** What the text says of itself beside its title. */
export const DocumentMeta = z.object({
  history: z.array(HistoryEntry),
  /** The latest date of its history, else the date printed at its end. */
  date: z.string().nullable(),
  /** 自…起施行. */
  effective: z.string().nullable(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
});

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
  /** Every heading and numbered unit, in text order. */
  outline: z.array(OutlineNode).optional(),
  meta: DocumentMeta.optional(),
});

export type SourceSpan = z.infer<typeof SourceSpan>;
export type Section = z.infer<typeof Section>;
export type Clause = z.infer<typeof Clause>;
export type Passage = z.infer<typeof Passage>;
export type TableRow = z.infer<typeof TableRow>;
export type Table = z.infer<typeof Table>;
export type ParseWarning = z.infer<typeof ParseWarning>;
export type ClauseParagraph = z.infer<typeof ClauseParagraph>;
export type OutlineNode = z.infer<typeof OutlineNode>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type ParsedDocument = z.infer<typeof ParsedDocument>;
