// Compares a document's attachment tables with its body: each row that restates a clause, and every figure the two state differently.
import type { ConsistencyReport, Disagreement } from '../model/consistency.js';
import type { Fact } from '../model/fact.js';
import type { ParsedDocument, Table, TableRow } from '../model/parsed-document.js';
import { bigramDice } from './bigram-dice.js';
import { collectSide, type DiffSide, isComparedFact } from './diff-side.js';
import { diffPassages } from './diff-passages.js';

/** A row restates a clause when their texts are this alike, and clearly more alike than with any other clause. */
export const RESTATES = 0.3;
const MARGIN = 1.5;

export function checkAttachments(doc: ParsedDocument, places: RegExp): ConsistencyReport {
  const restated: ConsistencyReport['restated'] = [];
  const disagreements: Disagreement[] = [];
  let rows = 0;
  for (const table of doc.attachments) {
    for (const row of table.rows) {
      rows++;
      const scored = doc.clauses.map((c) => ({ c, s: bigramDice(row.text, c.text) })).sort((a, b) => b.s - a.s);
      const best = scored[0];
      if (!best || best.s < RESTATES || best.s < MARGIN * (scored[1]?.s ?? 0)) continue;
      restated.push({ row: row.id, clause: best.c.id, similarity: Math.round(best.s * 100) / 100 });
      const body = collectSide(doc, [best.c.id]);
      const side = rowSide(row);
      const { numbers } = diffPassages(body, side, { places, crossJurisdiction: false });
      for (const n of numbers) {
        if (n.change !== 'changed' || !n.before || !n.after || n.weak) continue; // weak: two different quantities that happen to sit in the same place
        if (n.before.value === n.after.value && n.before.unit === n.after.unit && n.before.comparator === n.after.comparator) continue;
        // A row often reorders the clause's sentences: a figure the other side also states elsewhere is a restatement, not a contradiction.
        const same = (a: Fact, b: Fact) => a.value === b.value && a.unit === b.unit;
        if (body.facts.some((f) => same(f, n.after!)) || side.facts.some((f) => same(f, n.before!))) continue;
        disagreements.push({
          quantity: n.quantity,
          body: { place: { id: best.c.id, label: `${best.c.label}${best.c.title}`, line: best.c.span.line, endLine: best.c.span.endLine }, fact: n.before },
          table: { place: { id: row.id, label: rowLabel(table, row), line: row.span.line, endLine: row.span.endLine }, fact: n.after },
          delta: n.delta,
          relative: n.relative,
          confidence: n.confidence,
        });
      }
    }
  }
  return { document: doc.id, tables: doc.attachments.length, rows, restated, disagreements };
}

function rowSide(row: TableRow): DiffSide {
  return { ids: [row.id], text: row.text, facts: row.facts.filter(isComparedFact), units: [], lead: null, title: null, spans: [row.span], clauses: false };
}

/** 附件1 1-1 2024年扩大有效投资政策措施, 延续类 第4项 */
function rowLabel(table: Table, row: TableRow): string {
  return `${[table.attachment, table.title].filter(Boolean).join(' ')}，${row.category ? `${row.category} ` : ''}第${row.number}项`;
}
