// Parses attachment tables (tab-separated rows) into rows with category, cells and printed number.
import type { SourceSpan, Table, TableRow } from '../model/parsed-document.js';
import type { Paragraph } from './paragraphs.js';
import { escapeRegExp } from '../normalize/reverse-vocabulary.js';
import { wordsByKind } from '../lexicon/read-lexicon.js';

export type SpanOf = (start: number, end: number) => SourceSpan;

/** The table words of table-words.tsv as patterns: a category row (延续类措施), a total, a reporting unit's line, a header cell. */
const WORDS = wordsByKind('table-words.tsv', ['category', 'header', 'reported-by', 'total']);
const alternatives = (words: string[]) => words.map(escapeRegExp).join('|');
const CATEGORY = new RegExp(`^(${alternatives(WORDS.category)})(?:措施)?$`);
const TOTAL = new RegExp(`^(?:${alternatives(WORDS.total)})$`);
const ATTACHMENT = /^附件\s*(\d*)[：:]?\s*$/;
const REPORTED_BY = new RegExp(`^(?:${alternatives(WORDS['reported-by'])})[：:]\s*(.+)$`);
const HEADER_CELL = new RegExp(`^(?:${alternatives(WORDS.header)})$`);
const NUMBERED_ITEM = /^\d{1,3}[.．、]/;

/** Parses the paragraphs after 附件 into tables t1, t2 … with rows t<n>.r<m>. */
export function parseTables(paragraphs: Paragraph[], spanOf: SpanOf): Table[] {
  const tables: Table[] = [];
  let attachment: string | null = null;
  let title = '';
  let table: Table | null = null;
  let category: string | null = null;
  let afterRepeatedHeader = false;

  for (const p of paragraphs) {
    const line = p.text;
    if (!line.includes('\t')) {
      const att = ATTACHMENT.exec(line.trim());
      const rep = REPORTED_BY.exec(line.trim());
      if (att) {
        attachment = `附件${att[1] ?? ''}`;
        table = null;
      } else if (rep && table) {
        table.reportedBy = rep[1]!.trim();
        table = null;
      } else if (line.trim()) {
        title = line.trim();
        table = null;
      }
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim());
    if (isHeader(cells)) {
      if (table && sameColumns(table.columns, cells)) {
        afterRepeatedHeader = true; // the table goes on after a page break
        continue;
      }
      table = {
        id: `t${tables.length + 1}`,
        number: tables.length + 1,
        attachment,
        title,
        columns: cells.map((c, i) => c || `col${i + 1}`),
        reportedBy: null,
        rows: [],
      };
      tables.push(table);
      category = null;
      afterRepeatedHeader = false;
      continue;
    }
    if (!table) continue;
    const continuation = afterRepeatedHeader && !cells[0] && !(cells[1] && NUMBERED_ITEM.test(cells[1]));
    afterRepeatedHeader = false;
    const nonEmpty = cells.filter(Boolean);
    if (nonEmpty.some((c) => TOTAL.test(c))) continue;
    const categoryCell = cells.find((c) => CATEGORY.test(c));
    if (categoryCell && nonEmpty.length <= 3) {
      category = CATEGORY.exec(categoryCell)![1]!;
      continue;
    }
    const previous = table.rows[table.rows.length - 1];
    if (continuation && previous) {
      table.columns.forEach((col, i) => {
        if (cells[i]) previous.cells[col] = (previous.cells[col] ?? '') + cells[i];
      });
      previous.text = rowText(table.columns, previous.cells);
      previous.span = spanOf(previous.span.start, p.end);
      continue;
    }
    // Tables grouped by a first column (附件2: 八大领域) carry the group down to the rows below.
    const grouped = !/^序号$/.test(table.columns[0] ?? '');
    if (grouped && cells[0]) category = cells[0];
    const rowCells: Record<string, string> = {};
    table.columns.forEach((col, i) => {
      rowCells[col] = cells[i] ?? '';
    });
    const number = grouped ? (/^(\d{1,3})[.．、]/.exec(cells[1] ?? '')?.[1] ?? '') : cells[0] ?? '';
    const row: TableRow = {
      id: `${table.id}.r${table.rows.length + 1}`,
      number,
      category,
      cells: rowCells,
      text: rowText(table.columns, rowCells),
      facts: [],
      span: spanOf(p.start, p.end),
    };
    table.rows.push(row);
  }
  // Each table holds the text from the end of the one before (its 附件 line, title and header) to its last row; the last one, to the end.
  let from = paragraphs[0]?.start ?? 0;
  const end = paragraphs[paragraphs.length - 1]?.end ?? from;
  tables.forEach((t, k) => {
    const to = k === tables.length - 1 ? end : Math.max(from, t.rows[t.rows.length - 1]?.span.end ?? from);
    t.span = spanOf(from, to);
    from = to;
  });
  return tables;
}

function isHeader(cells: string[]): boolean {
  return cells.some((c) => HEADER_CELL.test(c)) && !/^\d/.test(cells[0] ?? '');
}

function sameColumns(columns: string[], cells: string[]): boolean {
  return columns.length === cells.length && columns.every((c, i) => c === (cells[i] || `col${i + 1}`));
}

/** The row's text for comparison and facts: its content cells, without the serial number. */
function rowText(columns: string[], cells: Record<string, string>): string {
  return columns
    .filter((c) => c !== '序号')
    .map((c) => cells[c] ?? '')
    .filter(Boolean)
    .join('；');
}
