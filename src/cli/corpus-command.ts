// `policydiff corpus [--json]`: lists the documents of the corpus.
import type { Command } from 'commander';
import { loadManifest } from '../ingest/load-manifest.js';
import { renderTable, writeOut } from '../render/terminal-output.js';

export function registerCorpusCommand(program: Command): void {
  program
    .command('corpus')
    .description('list the documents in the corpus with their ids')
    .option('--json', 'print the manifest entries as JSON')
    .addHelpText('after', '\nExample:\n  policydiff corpus\n  policydiff corpus --json')
    .action((opts: { json?: boolean }) => {
      const { documents } = loadManifest();
      if (opts.json) {
        const out = documents.map((d) => ({
          id: d.id,
          title: d.title,
          jurisdiction: d.jurisdiction,
          stage: d.stage,
          date: d.date,
          docNumber: d.docNumber,
          script: d.script,
          format: d.format,
          file: d.file,
        }));
        writeOut(JSON.stringify(out, null, 2));
        return;
      }
      const rows = documents.map((d) => [
        d.id,
        `${d.jurisdiction.name} (${d.jurisdiction.level})`,
        d.stage,
        d.date ?? '—',
        d.docNumber ?? '—',
        d.title,
      ]);
      writeOut(renderTable(['id', 'jurisdiction', 'stage', 'date', 'number', 'title'], rows));
    });
}
