// `policydiff facts <doc> [--json]`: every numeric fact of a document, passage by passage.
import type { Command } from 'commander';
import type { Fact } from '../model/fact.js';
import { loadDocument } from '../pipeline.js';
import { describeParty } from '../extract/read-penalty.js';
import { formatValue, paint, renderTable, terminalWidth, writeOut } from '../render/terminal-output.js';
import { warnParse } from './warn-parse.js';

export interface FactGroup {
  id: string;
  label: string;
  title: string;
  line: number;
  facts: Fact[];
}

export function registerFactsCommand(program: Command): void {
  program
    .command('facts')
    .description('list the numeric facts (caps, floors, ratios, amounts, counts, dates) of a document')
    .argument('<doc>', 'corpus id or path to a file')
    .option('--json', 'print the facts as JSON')
    .option('--all', 'include calendar years and dates (left out of the table by default)')
    .addHelpText('after', '\nExamples:\n  policydiff facts hangzhou-2024\n  policydiff facts jiande-2024 --json')
    .action((doc: string, opts: { json?: boolean; all?: boolean }) => {
      const loaded = loadDocument(doc);
      const { parsed } = loaded;
      warnParse(loaded);
      const groups: FactGroup[] = [];
      if (parsed.preamble) groups.push({ id: 'preamble', label: '', title: '序言', line: parsed.preamble.span.line, facts: parsed.preamble.facts });
      // Sections and clauses in text order: a law without chapters has all its articles outside any section.
      const units = [
        ...parsed.sections.map((s) => ({ at: s.span.start, group: { id: s.id, label: s.label, title: s.title, line: s.span.line, facts: s.facts } })),
        ...parsed.clauses.map((c) => ({ at: c.span.start, group: { id: c.id, label: c.label, title: c.title, line: c.span.line, facts: c.facts } })),
      ];
      for (const u of units.sort((a, b) => a.at - b.at)) groups.push(u.group);
      if (parsed.closing) groups.push({ id: 'closing', label: '', title: '结尾', line: parsed.closing.span.line, facts: parsed.closing.facts });
      for (const t of parsed.attachments) {
        for (const r of t.rows) groups.push({ id: r.id, label: r.number, title: `${t.title} ${r.cells['政策内容'] ?? ''}`.trim(), line: r.span.line, facts: r.facts });
      }
      if (opts.json) {
        writeOut(JSON.stringify({ id: parsed.id, title: parsed.title, passages: groups }, null, 2));
        return;
      }
      const width = terminalWidth();
      const out: string[] = [];
      let total = 0;
      for (const g of groups) {
        const facts = opts.all ? g.facts : g.facts.filter((f) => f.kind !== 'year' && f.kind !== 'date');
        if (!facts.length) continue;
        total += facts.length;
        out.push('', paint(`${g.id}  ${g.label}${g.title}`, 'bold') + paint(`  L${g.line}`, 'dim'));
        const rows = facts.map((f) => [
          f.text,
          f.range ? `${formatValue(f.range.min, f.unit)}–${formatValue(f.range.max, f.unit)}` : formatValue(f.value, f.unit),
          describeBound(f),
          describeParty(f) + f.quantity,
        ]);
        out.push(
          renderTable(['text', 'value', 'cmp', 'what it measures'], rows, width)
            .split('\n')
            .map((l) => `  ${l}`)
            .join('\n'),
        );
      }
      out.unshift(paint(`${parsed.title} — ${total} facts${opts.all ? '' : ' (years and dates left out; --all shows them)'}`, 'bold'));
      writeOut(out.join('\n'));
    });
}

/** The comparator, and which bounds are excluded: max, min excl., range (min excl.). */
function describeBound(f: Fact): string {
  if (f.range) {
    const ex = [f.range.minStrict && 'min', f.range.maxStrict && 'max'].filter(Boolean);
    return ex.length ? `range (${ex.join(', ')} excl.)` : 'range';
  }
  return f.strict ? `${f.comparator} excl.` : f.comparator;
}
