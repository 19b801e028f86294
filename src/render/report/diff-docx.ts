// A document diff as a Word 修改对照表 (.docx): summary on top, then the four-column table with the redline as Word tracked changes.
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  InsertedTextRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type IParagraphRunOptions,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentDiff, PairDiff, Segment } from '../../model/clause-diff.js';
import { loadReportWords } from '../../lexicon/load-report-words.js';
import { reportRows } from './report-rows.js';
import { columnHeads, describeVariants, pairNotes, statusLabel, summaryLines, tableLabels } from './describe-changes.js';
import type { ReportOptions } from './diff-markdown.js';

const AUTHOR = 'PolicyDiff';
/** Column shares of the table (clause, base, other with tracked changes, notes), in fiftieths of a percent as Word counts them. */
const WIDTHS = [12, 33, 33, 22];
const OLD_NEW_WIDTHS = [38, 38, 24];
const FONT = { ascii: 'Times New Roman', eastAsia: 'SimSun', hAnsi: 'Times New Roman' };

/**
 * The Word file: each changed pair a row; its third column is the other text with the base's deletions and the other's insertions as
 * tracked changes, so accepting all gives the other text and rejecting all the base's words. `date` stamps the revisions (ISO).
 */
export async function renderDiffDocx(diff: DocumentDiff, opts: ReportOptions & { date: string }): Promise<Uint8Array> {
  const lang = opts.lang ?? 'zh';
  const w = loadReportWords(lang);
  const [head, ...summary] = summaryLines(diff, lang);
  const heads = columnHeads(diff, lang);
  const shown = reportRows(diff, { all: opts.all, byNew: opts.oldNew });
  const widths = opts.oldNew ? OLD_NEW_WIDTHS : WIDTHS;
  const hidden = diff.pairs.length - shown.length;
  let revision = 0;
  const change = () => ({ id: ++revision, author: AUTHOR, date: opts.date });
  const tracked = (segments: Segment[]): Paragraph[] =>
    lines(
      segments,
      (s, text) =>
        s.op === 'equal'
          ? new TextRun({ text, font: FONT })
          : s.op === 'delete'
            ? new DeletedTextRun({ text, ...change(), font: FONT })
            : new InsertedTextRun({ text, ...change(), font: FONT }),
      // A line break deleted or inserted is a tracked paragraph mark: accepted or rejected, the lines join as the text has them.
      (s) => (s.op === 'delete' ? { deletion: change() } : s.op === 'insert' ? { insertion: change() } : {}),
    );
  const cell = (paragraphs: Paragraph[], k: number, header = false) =>
    new TableCell({
      width: { size: widths[k]! * 50, type: WidthType.PERCENTAGE },
      children: paragraphs.length ? paragraphs : [new Paragraph('')],
      ...(header ? { shading: { fill: 'EEEEEE' } } : {}),
    });
  const plain = (text: string, bold = false) => text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, font: FONT })] }));
  const headerRow = new TableRow({
    tableHeader: true,
    children: (opts.oldNew
      ? [`${w('head.old-article')}（${diff.base}）`, `${w('head.new-article')}（${diff.other}）`, w('head.notes')]
      : [w('head.label'), `${heads[0]}（${diff.base}）`, `${heads[1]}（${diff.other}）`, w('head.notes')]
    ).map((t, k) => cell(plain(t, true), k, true)),
  });
  const row = (p: PairDiff) => {
    const notes = pairNotes(p, lang, heads);
    if (p.variants.length) notes.push(w('note.variants', { x: describeVariants(p.variants, 3, lang) }));
    // An added clause is one tracked insertion, a dropped one a tracked deletion: rejecting all gives back the base text here too.
    const whole: Segment[] | null =
      p.status === 'other-only' ? [{ op: 'insert', text: p.text?.other ?? '' }] : p.status === 'base-only' ? [{ op: 'delete', text: p.text?.base ?? '' }] : null;
    const other = p.redline?.length ? tracked(p.redline) : whole ? tracked(whole) : plain(p.text?.other ?? '');
    if (opts.oldNew) {
      // 新旧对照表: each article's number in bold above its text; the status among the notes.
      const number = (n: string | undefined) => (n ? [new Paragraph({ children: [new TextRun({ text: n, bold: true, font: FONT })] })] : []);
      return new TableRow({
        children: [
          cell(p.text?.base ? [...number(p.numbering?.base), ...plain(p.text.base)] : [], 0),
          cell(p.status === 'base-only' ? other : [...number(p.numbering?.other), ...other], 1),
          cell([...plain(statusLabel(p.status, lang), true), ...notes.flatMap((n) => plain(`· ${n}`))], 2),
        ],
      });
    }
    const label = tableLabels(p);
    return new TableRow({
      cantSplit: false,
      children: [
        cell([...plain(`${label.base}\n↔ ${label.other}`), ...plain(statusLabel(p.status, lang), true)], 0),
        cell(plain(p.text?.base ?? ''), 1),
        cell(other, 2),
        cell(notes.flatMap((n) => plain(`· ${n}`)), 3),
      ],
    });
  };
  const doc = new Document({
    creator: AUTHOR,
    lastModifiedBy: AUTHOR,
    title: `${w('report.title')} ${head}`,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 850, bottom: 850, left: 850, right: 850 } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })] }),
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: w(opts.oldNew ? 'report.title-old-new' : 'report.title'), bold: true, size: 32, font: FONT })] }),
          ...plain(head!),
          ...summary.map((l) => new Paragraph({ children: [new TextRun({ text: l.trim(), font: FONT })], bullet: { level: 0 } })),
          new Paragraph({ children: [new TextRun({ text: w(opts.oldNew ? 'report.legend.docx-old-new' : 'report.legend.docx'), italics: true, font: FONT })] }),
          new Table({ width: { size: 5000, type: WidthType.PERCENTAGE }, rows: [headerRow, ...shown.map(row)] }),
          ...(hidden ? plain(w('report.hidden', { n: hidden })) : []),
          ...plain(w('report.made')),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Segments as paragraphs, a new one at each line break inside a segment; `mark` tracks the break where it was deleted or inserted. */
function lines(segments: Segment[], run: (s: Segment, text: string) => ParagraphChild, mark: (s: Segment) => IParagraphRunOptions = () => ({})): Paragraph[] {
  const out: Paragraph[] = [];
  let current: ParagraphChild[] = [];
  for (const s of segments) {
    s.text.split('\n').forEach((part, k) => {
      if (k > 0) {
        out.push(new Paragraph({ children: current, run: mark(s) }));
        current = [];
      }
      if (part) current.push(run(s, part));
    });
  }
  out.push(new Paragraph({ children: current }));
  return out;
}
