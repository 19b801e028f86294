// Schemas of the difference engine's result (`policydiff diff --json`): per pair changes, figures, variants; a summary.
import * as z from 'zod';
import { Fact } from './fact.js';
import { REVIEW_REASONS } from './review-policy.js';

export const PairStatus = z.enum(['identical', 'variant-only', 'modified', 'moved', 'base-only', 'other-only']);

/** One run of a redline: text both sides share, or text only base (delete) or only other (insert) has. */
/**
 * A stretch of a redline. `text` is as the other side prints it for equal and insert, as the base prints it for delete; an equal
 * stretch whose two sides differ by variants alone also carries the base's wording in `base`, so that equal (base) + delete gives
 * back the base text and equal + insert the other text, exactly.
 */
export const Segment = z.object({ op: z.enum(['equal', 'delete', 'insert']), text: z.string(), base: z.string().optional() });

/**
 * Where a change or figure is, as the law writes it (第四十一条第二款第（三）项; a numbered clause by its label, （五）), and the
 * same structured: the clause id, and the 款, 项 and 目 by number where the clause is an article.
 */
export const Place = z.object({
  where: z.string(),
  at: z.object({
    clause: z.string(),
    paragraph: z.number().int().optional(),
    item: z.number().int().optional(),
    subitem: z.number().int().optional(),
  }),
});

/** The place fields a change or figure carries: in the base (else, for what only the other has, in the other), and the other's. */
const Placed = {
  where: z.string().optional(),
  at: Place.shape.at.optional(),
  /** The other document's place, where it is not the same (a renumbered article, a 款 moved up). */
  whereOther: z.string().optional(),
};

export const ChangeKind = z.enum([
  'text-added',
  'text-dropped',
  'reworded',
  'numeric',
  'items-added',
  'items-dropped',
  'items-renamed',
  'title',
  'moved',
  'responsible-units',
  'lead',
  /** A 款 split in two, or two joined in one, the words unchanged there: before and after hold each side's 款, a line each. */
  'paragraphs',
]);

export const Change = z.object({
  kind: ChangeKind,
  /** The base wording (null where text was added), and the other's (null where text was dropped). */
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** Items added, dropped or renamed (for items-* kinds); renamed items read "old → new". */
  items: z.array(z.string()).optional(),
  /** Word-level redline of the edit with a little context (numbers stay whole tokens). */
  words: z.array(Segment).optional(),
  /** Character-level redline (diff-match-patch, semantic cleanup) for short edits without numbers. */
  chars: z.array(Segment).optional(),
  /** Only comparator wording with the same meaning changed (不超过 → 最高). */
  minor: z.boolean().optional(),
  /** Part of a change reported once in the summary (e.g. every clause gained a 责任单位 line). */
  systematic: z.boolean().optional(),
  ...Placed,
  /** Text added or dropped that is one whole 款, 项 or 目 (第二条增加一款，作为第一款), or one whole article of a split or merge: `where` names it. */
  whole: z.enum(['article', 'paragraph', 'item', 'subitem']).optional(),
  /**
   * A whole 款 or 项 that went to (dropped here) or came from (added here) another article, where it is, or stands, the same or
   * nearly (`same`: word for word but for marks and names of place); `within`: words dropped here that stand, with others, in an
   * article or 款 added there (a catch-all 构成犯罪的，依法追究刑事责任 gathered from several articles).
   */
  elsewhere: z.object({ where: z.string(), same: z.boolean(), within: z.boolean().optional() }).optional(),
  /** For items added or dropped with their figures (数字化车间培育企业50家): the pair's `numbers` (indices) that went with them. */
  figures: z.array(z.number().int()).optional(),
});

export const Effect = z.enum(['loosens', 'tightens', 'neutral']);
/** A figure's role in its clause (src/lexicon/figure-roles.tsv says which way a higher figure moves the policy). */
export const FigureRole = z.enum(['benefit', 'budget', 'fee', 'penalty', 'target', 'threshold', 'tier', 'time-authority', 'time-person', 'trigger', 'unknown']);

export const NumberChange = z.object({
  /** What the figure measures, from the base wording when there is one. */
  quantity: z.string(),
  before: Fact.nullable(),
  after: Fact.nullable(),
  change: z.enum(['unchanged', 'changed', 'added', 'dropped']),
  /** after − before in the canonical unit, when both exist and share a unit; sums of two periods in the base's (每月 against 每年: per month). */
  delta: z.number().nullable(),
  /** delta / before. */
  relative: z.number().nullable(),
  /** Two time limits in other units (满三个月 → 六十日, 十日 → 十个工作日): which is longer, where that can be told. */
  longer: z.enum(['longer', 'shorter']).optional(),
  /** Where a range is compared and its two bounds move differently (100万元 → 100万元以上500万元以下): each bound's move. */
  deltaBounds: z.object({ min: z.number(), max: z.number() }).optional(),
  effect: Effect,
  role: FigureRole,
  /** An absolute total compared across jurisdictions of different size: shown, not judged. */
  scaleDependent: z.boolean(),
  /** How sure the pairing is, in [0, 1]; 1 where the word diff lines the two figures up. */
  confidence: z.number(),
  /** A pairing below the sure level (0.5): the two figures may measure different things; shown, never judged (effect neutral). */
  weak: z.boolean().optional(),
  /** Added or dropped with the item it measures (a target dropped whole): reported with that item's change, one finding. */
  withItem: z.boolean().optional(),
  ...Placed,
});

export const Variant = z.object({
  /**
   * numbering: the printed number of a 项 or 目 that follows from the items before it ((三) → (二) after one was deleted);
   * self-reference: what the text calls itself (本政策 → 本方案).
   */
  kind: z.enum(['script', 'vocabulary', 'jurisdiction', 'punctuation', 'number-format', 'cross-reference', 'numbering', 'self-reference']),
  before: z.string(),
  after: z.string(),
  count: z.number().int(),
});

export const PairDiff = z.object({
  base: z.array(z.string()),
  other: z.array(z.string()),
  status: PairStatus,
  /** How each side is printed: label and title of its clauses (（五）强化能源要素保障). */
  labels: z.object({ base: z.string(), other: z.string() }),
  /** The printed labels alone (（五）, 5.), joined with + for a split or merge. */
  numbering: z.object({ base: z.string(), other: z.string() }).optional(),
  /** The section the pair sits in, as printed (一、扩大有效投资政策): the base side's, else the other's; '' for preamble and closing. */
  section: z.string().optional(),
  /** The link this pair comes from (absent for base-only and other-only). */
  link: z
    .object({ score: z.number(), status: z.string(), kind: z.string().optional(), needsReview: z.enum(REVIEW_REASONS).optional(), contested: z.boolean().optional() })
    .optional(),
  changes: z.array(Change),
  numbers: z.array(NumberChange),
  variants: z.array(Variant),
  /** The responsible units (责任单位) each side names, where either names any: shown with every pair, even when the change is systematic. */
  units: z.object({ base: z.array(z.string()), other: z.array(z.string()) }).optional(),
  /** The display text of each side (clauses joined; without the 责任单位 note). */
  text: z.object({ base: z.string(), other: z.string() }).optional(),
  /** Word redline of the whole pair, base → other; variants are not marked. */
  redline: z.array(Segment).optional(),
  /** The same text under another number (an article renumbered because others were inserted or deleted before it). */
  renumbered: z.boolean().optional(),
});

export const SystematicChange = z.object({
  kind: ChangeKind,
  description: z.string(),
  count: z.number().int(),
  pairs: z.array(z.string()),
  /** What it is, for a report in another language: a 责任单位 line gained, lost or different, or one edit (before → after) repeated. */
  pattern: z.enum(['gained', 'lost', 'differ', 'edit']).optional(),
  /** The clause pairs it was counted among (gained/lost/differ), the document that gained or lost the line. */
  of: z.number().int().optional(),
  document: z.string().optional(),
  before: z.string().nullable().optional(),
  after: z.string().nullable().optional(),
});

export const DiffSummary = z.object({
  clauses: z.object({ base: z.number().int(), other: z.number().int() }),
  pairs: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  /** Pairs whose text is the same (or differs by variants) under another number: counted once, never listed as changes. */
  renumbered: z.number().int().optional(),
  /** Section headings and intros (a law's chapters) the same under another number, counted apart from the articles. */
  renumberedHeadings: z.number().int().optional(),
  /** Pairs of several clauses: clauses merged into one (several base, one or more other), one split into several. */
  joined: z.object({ merged: z.number().int(), split: z.number().int() }).optional(),
  byKind: z.record(z.string(), z.number().int()),
  figures: z.object({ changed: z.number().int(), added: z.number().int(), dropped: z.number().int(), unchanged: z.number().int() }),
  effects: z.object({ loosens: z.number().int(), tightens: z.number().int(), neutral: z.number().int() }),
  /** Money figures that changed, added or dropped (the lines a reviewer reads first). */
  money: z.array(z.object({ pair: z.string(), quantity: z.string(), before: z.string().nullable(), after: z.string().nullable(), effect: Effect })),
  systematic: z.array(SystematicChange),
  variants: z.array(Variant),
  /** Characters the script conversion changed in each document (traditional → simplified). */
  script: z.object({ base: z.number().int(), other: z.number().int() }),
});

/** What a document says about itself (from the corpus manifest, else read from its text). */
export const DocumentInfo = z.object({
  jurisdiction: z.string().nullable(),
  stage: z.string(),
  date: z.string().nullable(),
  docNumber: z.string().nullable(),
});

/** A heading in the text that is no unit of its own (a law's 节, its 编) on one side: where it stands, and the first clause under it. */
const HeadingSide = z.object({ label: z.string(), title: z.string(), where: z.string(), line: z.number().int(), first: z.string().nullable() });
export const HeadingChange = z.object({
  change: z.enum(['renamed', 'added', 'dropped']),
  /** Its heading style (heading-styles.tsv): section for a 节, book for a 编 … */
  style: z.string(),
  base: HeadingSide.nullable(),
  other: HeadingSide.nullable(),
});

export const DocumentDiff = z.object({
  base: z.string(),
  other: z.string(),
  titles: z.object({ base: z.string(), other: z.string() }),
  /** Jurisdiction, stage, date and number of each side. */
  documents: z.object({ base: DocumentInfo, other: DocumentInfo }).optional(),
  summary: DiffSummary,
  pairs: z.array(PairDiff),
  /** Headings that are no unit (a 节, a 编) renamed, added or dropped; those renumbered only are counted in summary.renumberedHeadings. */
  headings: z.array(HeadingChange).optional(),
  /** What could not be read as it should (a weak outline: text in no unit, nothing numbered), for each document: said in every report. */
  warnings: z.array(z.object({ document: z.string(), line: z.number().int(), message: z.string() })),
});

export type PairStatus = z.infer<typeof PairStatus>;
export type Segment = z.infer<typeof Segment>;
export type Place = z.infer<typeof Place>;
export type ChangeKind = z.infer<typeof ChangeKind>;
export type Change = z.infer<typeof Change>;
export type Effect = z.infer<typeof Effect>;
export type FigureRole = z.infer<typeof FigureRole>;
export type NumberChange = z.infer<typeof NumberChange>;
export type Variant = z.infer<typeof Variant>;
export type PairDiff = z.infer<typeof PairDiff>;
export type SystematicChange = z.infer<typeof SystematicChange>;
export type DiffSummary = z.infer<typeof DiffSummary>;
export type DocumentInfo = z.infer<typeof DocumentInfo>;
export type DocumentDiff = z.infer<typeof DocumentDiff>;
export type HeadingChange = z.infer<typeof HeadingChange>;
