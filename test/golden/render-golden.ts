// Renders a parsed document as reviewable text for the golden files: structure, units and facts, one line each.
import type { Fact } from '../../src/model/fact.js';
import type { Clause, ParsedDocument } from '../../src/model/parsed-document.js';
import { inSection } from '../../src/parse/in-section.js';

const fact = (f: Fact) =>
  `    ${f.text} = ${f.range ? `${f.range.minStrict ? '(' : ''}${f.range.min}–${f.range.max}${f.range.maxStrict ? ')' : ''}` : f.value} ${f.unit} ${f.comparator}${f.strict ? ' excl' : ''} ${f.kind}${f.item ? ` [${f.item}]` : ''}` +
  `${f.base ? ` ×${f.base}` : ''}${f.subject ? ` 对${f.subject}` : ''}${f.tier ? ` 〈${f.tier}〉` : ''} | ${f.quantity}`;

/** 款 and their 项/目, where the clause is an article: ¶2 (3 项: （一）[2 目] （二） （三）). */
const structure = (c: Clause) =>
  c.paragraphs && (c.paragraphs.length > 1 || c.paragraphs.some((p) => p.items.length))
    ? ` | ${c.paragraphs.map((p, k) => `¶${k + 1}${p.items.length ? ` ${p.items.map((i) => `${i.label}${i.items.length ? `[${i.items.length} 目]` : ''}`).join(' ')}` : ''}`).join(' ')}`
    : '';

export function renderGolden(doc: ParsedDocument): string {
  const out: string[] = [`title: ${doc.title}`];
  const meta = doc.meta;
  if (meta && (meta.history.length || meta.effective || meta.issuer)) {
    out.push(`meta: date ${meta.date ?? '-'} · effective ${meta.effective ?? '-'} · issuer ${meta.issuer ?? '-'}`);
    for (const h of meta.history) out.push(`  ${h.date} ${h.event}`);
  }
  if (doc.preamble) out.push(`preamble L${doc.preamble.span.line}: ${doc.preamble.text.slice(0, 40)}`, ...doc.preamble.facts.map(fact));
  const clause = (c: Clause) => [
    `  ${c.id} ${c.label}${c.title} | units: ${c.units.join('、') || '-'} | L${c.span.line}-${c.span.endLine}${c.path?.length ? ` | ${c.path.join(' › ')}` : ''}${structure(c)}`,
    ...c.facts.map(fact),
  ];
  for (const c of doc.clauses.filter((c) => c.section === 0)) out.push(...clause(c));
  for (const s of doc.sections) {
    out.push(`${s.id} ${s.label}${s.title} | lead: ${s.lead ?? '-'} | L${s.span.line}`, ...s.facts.map(fact));
    for (const c of doc.clauses.filter((c) => inSection(c, s))) out.push(...clause(c));
  }
  if (doc.closing) out.push(`closing L${doc.closing.span.line}: ${doc.closing.text.slice(0, 40)}`, ...doc.closing.facts.map(fact));
  for (const t of doc.attachments) {
    out.push(`${t.id} ${t.attachment ?? ''} ${t.title} | ${t.columns.join(' / ')} | 填报: ${t.reportedBy ?? '-'}`);
    for (const r of t.rows) out.push(`  ${r.id} ${r.category ?? '-'} #${r.number} L${r.span.line}: ${r.text.slice(0, 50)}`, ...r.facts.map(fact));
  }
  for (const w of doc.warnings) out.push(`warning L${w.line}: ${w.message}`);
  return `${out.join('\n')}\n`;
}
