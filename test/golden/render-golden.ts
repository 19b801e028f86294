// Renders a parsed document as reviewable text for the golden files: structure, units and facts, one line each.
import type { Fact } from '../../src/model/fact.js';
import type { ParsedDocument } from '../../src/model/parsed-document.js';

const fact = (f: Fact) =>
  `    ${f.text} = ${f.value}${f.upper !== undefined ? `–${f.upper}` : ''} ${f.unit} ${f.comparator} ${f.kind}${f.item ? ` [${f.item}]` : ''} | ${f.quantity}`;

export function renderGolden(doc: ParsedDocument): string {
  const out: string[] = [`title: ${doc.title}`];
  if (doc.preamble) out.push(`preamble L${doc.preamble.span.line}: ${doc.preamble.text.slice(0, 40)}`, ...doc.preamble.facts.map(fact));
  for (const s of doc.sections) {
    out.push(`${s.id} ${s.label}${s.title} | lead: ${s.lead ?? '-'} | L${s.span.line}`, ...s.facts.map(fact));
    for (const c of doc.clauses.filter((c) => c.section === s.number)) {
      out.push(`  ${c.id} ${c.label}${c.title} | units: ${c.units.join('、') || '-'} | L${c.span.line}-${c.span.endLine}`, ...c.facts.map(fact));
    }
  }
  if (doc.closing) out.push(`closing L${doc.closing.span.line}: ${doc.closing.text.slice(0, 40)}`, ...doc.closing.facts.map(fact));
  for (const t of doc.attachments) {
    out.push(`${t.id} ${t.attachment ?? ''} ${t.title} | ${t.columns.join(' / ')} | 填报: ${t.reportedBy ?? '-'}`);
    for (const r of t.rows) out.push(`  ${r.id} ${r.category ?? '-'} #${r.number} L${r.span.line}: ${r.text.slice(0, 50)}`, ...r.facts.map(fact));
  }
  for (const w of doc.warnings) out.push(`warning L${w.line}: ${w.message}`);
  return `${out.join('\n')}\n`;
}
