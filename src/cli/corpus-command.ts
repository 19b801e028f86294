// `policydiff corpus [--json] [--terms]`: lists the documents of the corpus, or rebuilds its list of quoted terms.
import type { Command } from 'commander';
import path from 'node:path';
import { loadManifest } from '../ingest/load-manifest.js';
import { readDocument } from '../ingest/read-document.js';
import { corpusTermsPath, quotedTerms, writeCorpusTerms } from '../lexicon/corpus-terms.js';
import { normalizeDocument } from '../normalize/normalize-document.js';
import { renderTable, writeOut } from '../render/terminal-output.js';

export function registerCorpusCommand(program: Command): void {
  program
    .command('corpus')
    .description('list the documents in the corpus with their ids')
    .option('--json', 'print the manifest entries as JSON')
    .option('--terms', `rebuild ${path.join('corpora', 'terms.tsv')} from the terms every document puts in quotes`)
    .addHelpText('after', '\nExamples:\n  policydiff corpus\n  policydiff corpus --json\n  policydiff corpus --terms')
    .action((opts: { json?: boolean; terms?: boolean }) => {
      const { documents } = loadManifest();
      if (opts.terms) {
        const terms = documents.flatMap((d) => quotedTerms(normalizeDocument(d.id, readDocument(d.id).raw).text));
        const n = writeCorpusTerms(terms);
        process.stderr.write(`wrote ${corpusTermsPath()}: ${n} terms from ${documents.length} documents\n`);
        return;
      }
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
