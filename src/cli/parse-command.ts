// `policydiff parse <doc> [--json]`: the structure of one document (sections, clauses, units, attachments).
import type { Command } from 'commander';
import { loadDocument } from '../pipeline.js';
import { paint, renderTable, terminalWidth, fit, writeOut } from '../render/terminal-output.js';
import { warnOutline } from './warn-outline.js';

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('show the structure of a document: sections, clauses, responsible units, attachment tables')
    .argument('<doc>', 'corpus id or path to a file')
    .option('--json', 'print the parsed document as JSON')
    .addHelpText('after', '\nExamples:\n  policydiff parse jiande-2024\n  policydiff parse hangzhou-2024 --json > hz.json\n  policydiff parse ./my-plan.txt')
    .action((doc: string, opts: { json?: boolean }) => {
      const { parsed, source, normalized } = loadDocument(doc);
      warnOutline({ parsed, source });
      if (opts.json) {
        writeOut(JSON.stringify(parsed, null, 2));
        return;
      }
      const width = terminalWidth();
      const lines: string[] = [];
      lines.push(paint(parsed.title || '(no title found)', 'bold'));
      const meta = source.entry
        ? `${source.entry.id} · ${source.entry.jurisdiction.name} · ${source.entry.stage} · ${source.entry.date ?? 'no date'} · ${source.entry.docNumber ?? 'no number'}`
        : source.file;
      lines.push(paint(meta, 'dim'));
      const rows = parsed.attachments.reduce((n, t) => n + t.rows.length, 0);
      lines.push(
        `${parsed.sections.length} sections, ${parsed.clauses.length} clauses` +
          (parsed.attachments.length ? `, ${parsed.attachments.length} attachment tables (${rows} rows)` : '') +
          ` · script ${normalized.script}${normalized.scriptChanges ? ` (${normalized.scriptChanges} characters converted, ${normalized.variants.length} words reversed)` : ''}` +
          ` · layout ${normalized.layout}`,
      );
      if (parsed.preamble) lines.push('', `${paint('preamble', 'cyan')}  ${fit(parsed.preamble.text, width - 10)}`);
      for (const section of parsed.sections) {
        lines.push('', paint(`${section.id}  ${section.label}${section.title}`, 'bold') + (section.lead ? paint(`  牵头：${section.lead}`, 'dim') : ''));
        if (section.intro) lines.push(paint(`    ${fit(section.intro, width - 4)}`, 'dim'));
        const clauses = parsed.clauses.filter((c) => c.section === section.number);
        const table = clauses.map((c) => [c.id, c.label, c.title, `${c.facts.length}`, `L${c.span.line}`, c.units.join('、') || '—']);
        if (table.length) lines.push(indent(renderTable(['id', 'label', 'title', 'facts', 'line', 'responsible units'], table, width - 2)));
      }
      if (parsed.closing) lines.push('', `${paint('closing', 'cyan')}  ${fit(parsed.closing.text, width - 10)}`);
      for (const t of parsed.attachments) {
        lines.push('', paint(`${t.id}  ${t.attachment ?? ''} ${t.title}`, 'bold') + paint(`  ${t.rows.length} rows${t.reportedBy ? ` · 填报：${t.reportedBy}` : ''}`, 'dim'));
        const table = t.rows.map((r) => [r.id, r.category ?? '', r.number, `${r.facts.length}`, r.text]);
        lines.push(indent(renderTable(['id', 'category', 'no.', 'facts', 'text'], table, width - 2)));
      }
      for (const w of parsed.warnings) lines.push(paint(`warning: ${source.file}:${w.line}: ${w.message}`, 'yellow'));
      writeOut(lines.join('\n'));
    });
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
