// `policydiff parse <doc> [--json]`: the structure of one document (sections, clauses, units, attachments).
import type { Command } from 'commander';
import { loadDocument } from '../pipeline.js';
import { paint, renderTable, terminalWidth, fit, writeOut } from '../render/terminal-output.js';
import { warnParse } from './warn-parse.js';
import { inSection, isPartPassage } from '../parse/in-section.js';

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('show the structure of a document: sections, clauses, responsible units, attachment tables')
    .argument('<doc>', 'corpus id or path to a file')
    .option('--json', 'print the parsed document as JSON')
    .addHelpText('after', '\nExamples:\n  policydiff parse jiande-2024\n  policydiff parse hangzhou-2024 --json > hz.json\n  policydiff parse ./my-plan.txt')
    .action((doc: string, opts: { json?: boolean }) => {
      const { parsed, source, normalized } = loadDocument(doc);
      warnParse({ parsed, source });
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
      const parts = new Set(parsed.clauses.map((c) => c.part).filter((k) => k !== undefined)).size;
      lines.push(
        // A file of several documents says how many; their title and closing passages are not sections.
        `${parts ? `${parts} documents, ` : ''}${parsed.sections.filter((x) => !isPartPassage(x)).length} sections, ${parsed.clauses.length} clauses` +
          (parsed.attachments.length ? `, ${parsed.attachments.length} attachment tables (${rows} rows)` : '') +
          ` · script ${normalized.script}${normalized.scriptChanges ? ` (${normalized.scriptChanges} characters converted, ${normalized.variants.length} words reversed)` : ''}` +
          ` · layout ${normalized.layout}`,
      );
      const record = parsed.meta;
      if (record?.history.length) lines.push(paint(`history: ${record.history.map((h) => `${h.date} ${h.event}`).join(' · ')}${record.effective ? ` · in force ${record.effective}` : ''}${record.issuer ? ` · ${record.issuer}` : ''}`, 'dim'));
      if (parsed.preamble) lines.push('', `${paint('preamble', 'cyan')}  ${fit(parsed.preamble.text, width - 10)}`);
      // An article's place below its section (第一节 …) and its 款/项 counts, where the text is written in articles.
      const place = (c: (typeof parsed.clauses)[number]) => {
        const below = (c.path ?? []).slice(1).join(' › ');
        const items = (c.paragraphs ?? []).reduce((n, p) => n + p.items.length, 0);
        const parts = c.paragraphs && (c.paragraphs.length > 1 || items) ? `${c.paragraphs.length}款${items ? ` ${items}项` : ''}` : '';
        return [below, parts].filter(Boolean).join(' · ');
      };
      const articles = parsed.clauses.some((c) => c.paragraphs);
      const clauseTable = (section: Pick<(typeof parsed.sections)[number], 'number' | 'part'>) => {
        const clauses = parsed.clauses.filter((c) => inSection(c, section));
        if (!clauses.length) return;
        // Articles: their place and parts before the title, which takes what width is left.
        if (articles) {
          const table = clauses.map((c) => [c.id, c.label, `${c.facts.length}`, `L${c.span.line}`, place(c) || '—', c.title]);
          lines.push(indent(renderTable(['id', 'label', 'facts', 'line', 'place, 款 and 项', 'title'], table, width - 2)));
          return;
        }
        // Items under subheadings ((一)加大财税支持 over 1. to 4.): the subheading each stands under.
        const under = clauses.some((c) => (c.path?.length ?? 0) > 1);
        const table = clauses.map((c) => [c.id, c.label, ...(under ? [(c.path ?? []).slice(1).join(' › ') || '—'] : []), c.title, `${c.facts.length}`, `L${c.span.line}`, c.units.join('、') || '—']);
        lines.push(indent(renderTable(['id', 'label', ...(under ? ['under'] : []), 'title', 'facts', 'line', 'responsible units'], table, width - 2)));
      };
      if (parsed.clauses.some((c) => c.section === 0)) {
        lines.push('');
        clauseTable({ number: 0 });
      }
      for (const section of parsed.sections) {
        lines.push('', paint(`${section.id}  ${section.label}${section.title}`, 'bold') + (section.lead ? paint(`  牵头：${section.lead}`, 'dim') : ''));
        if (section.intro) lines.push(paint(`    ${fit(section.intro, width - 4)}`, 'dim'));
        clauseTable(section);
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
