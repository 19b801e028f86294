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
  // Every passage of the body that states figures: the preamble, each section's intro and each clause.
  const passages = [
    ...(doc.preamble?.text ? [{ id: 'preamble', text: doc.preamble.text, label: '序言', span: doc.preamble.span }] : []),
    ...doc.sections.filter((x) => x.intro.trim()).map((x) => ({ id: x.id, text: x.intro, label: `${x.label}${x.title}（引言）`, span: x.span })),
    ...doc.clauses.map((c) => ({ id: c.id, text: c.text, label: `${c.label}${c.title}`, span: c.span })),
  ];
  for (const table of doc.attachments) {
    for (const row of table.rows) {
      rows++;
      const scored = passages.map((c) => ({ c, s: bigramDice(row.text, c.text) })).sort((a, b) => b.s - a.s);
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
          body: { place: { id: best.c.id, label: best.c.label, line: best.c.span.line, endLine: best.c.span.endLine }, fact: n.before },
          table: { place: { id: row.id, label: rowLabel(table, row), line: row.span.line, endLine: row.span.endLine }, fact: n.after },
          delta: n.delta,
          relative: n.relative,
          confidence: n.confidence,
        });
      }
    }
  }
  disagreements.push(...byQuantity(doc, passages, disagreements));
  return { document: doc.id, tables: doc.attachments.length, rows, restated, disagreements };
}

/** A row's figure and a body figure measure the same thing when their quantity phrases are at least this alike (one unit). */
const SAME_QUANTITY = 0.75;

/**
 * The figures no restated passage covered, compared by what they measure, as figure pairing does: a row figure whose quantity the
 * body states (in any passage, intros and the preamble too) with another value and nowhere with its own is a disagreement.
 */
function byQuantity(doc: ParsedDocument, passages: Array<{ id: string; label: string; span: ParsedDocument['clauses'][number]['span'] }>, found: Disagreement[]): Disagreement[] {
  const stated = (f: Fact) => f.kind !== 'year' && f.kind !== 'date';
  const body = passages.flatMap((p) => collectSide(doc, [p.id]).facts.filter(stated).map((f) => ({ p, f })));
  const seen = new Set(found.map((d) => `${d.table.place.id}|${d.table.fact.start}`));
  const out: Disagreement[] = [];
  for (const table of doc.attachments) {
    for (const row of table.rows) {
      for (const f of row.facts.filter(stated)) {
        if (seen.has(`${row.id}|${f.start}`)) continue;
        const same = body.map((b) => ({ ...b, s: b.f.unit === f.unit ? bigramDice(b.f.quantity, f.quantity) : 0 })).filter((b) => b.s >= SAME_QUANTITY);
        if (!same.length || same.some((b) => b.f.value === f.value)) continue;
        const best = same.sort((a, b) => b.s - a.s)[0]!;
        const delta = Math.round((f.value - best.f.value) * 1e4) / 1e4;
        out.push({
          quantity: f.quantity,
          body: { place: { id: best.p.id, label: best.p.label, line: best.p.span.line, endLine: best.p.span.endLine }, fact: best.f },
          table: { place: { id: row.id, label: rowLabel(table, row), line: row.span.line, endLine: row.span.endLine }, fact: f },
          delta,
          relative: best.f.value ? Math.round((delta / best.f.value) * 1e4) / 1e4 : null,
          confidence: Math.round(best.s * 100) / 100,
        });
      }
    }
  }
  return out;
}

function rowSide(row: TableRow): DiffSide {
  return { ids: [row.id], text: row.text, facts: row.facts.filter(isComparedFact), units: [], lead: null, title: null, spans: [row.span], clauses: false, places: [] };
}

/** 附件1 1-1 2024年扩大有效投资政策措施, 延续类 第4项 */
function rowLabel(table: Table, row: TableRow): string {
  return `${[table.attachment, table.title].filter(Boolean).join(' ')}，${row.category ? `${row.category} ` : ''}第${row.number}项`;
}
