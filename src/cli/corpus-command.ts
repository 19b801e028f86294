// `policydiff corpus [--json] [--terms]`: lists the documents of the corpus, or rebuilds its list of quoted terms.
import type { Command } from 'commander';
import path from 'node:path';
import { loadManifest } from '../ingest/load-manifest.js';
import { readDocument } from '../ingest/read-document.js';
import { corpusTermsPath, quotedTerms, writeCorpusTerms } from '../lexicon/corpus-terms.js';
import { normalizeDocument } from '../normalize/normalize-document.js';
import { buildLineages } from '../families/build-lineages.js';
import type { CorpusEntry } from '../model/corpus.js';
import { paint, renderTable, writeOut } from '../render/terminal-output.js';

/** How a law's history names what happened on its last date. */
const HISTORY_WORDS: Record<string, string> = { adopted: '通过', amended: '修正', revised: '修订', promulgated: '公布', approved: '批准', effective: '施行' };

export function registerCorpusCommand(program: Command): void {
  program
    .command('corpus')
    .description('list the documents in the corpus with their ids, as lineages (national → province → city → county, drafts beside their finals)')
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
      const lineages = buildLineages(documents);
      const lineage = new Map(lineages.flatMap((l) => l.members.map((m) => [m.id, l] as const)));
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
          ...(d.history ? { issuer: d.issuer ?? null, history: d.history, effective: d.effective ?? null } : {}),
          // Its lineage (the top document's id), the document it implements there, and for a draft its final.
          lineage: lineage.get(d.id)!.top.id,
          implements: lineage.get(d.id)!.parent.get(d.id) ?? null,
          ...(lineage.get(d.id)!.draftOf.has(d.id) ? { draftOf: lineage.get(d.id)!.draftOf.get(d.id) } : {}),
        }));
        writeOut(JSON.stringify(out, null, 2));
        return;
      }
      const out: string[] = [];
      for (const l of lineages) {
        out.push(paint(`${l.subject || l.top.title} — ${l.members.length} document${l.members.length > 1 ? 's' : ''}, anchored on ${l.top.id}`, 'bold'));
        const rows: string[][] = [];
        // The tree: each document under the one it implements, a draft just after its final.
        const shown = new Set<string>();
        const visit = (d: CorpusEntry, depth: number, mark: string) => {
          if (shown.has(d.id)) return;
          shown.add(d.id);
          // A law's number column says how it was last made (2024-06-28 修正) and when it took effect, where the text says so.
          const last = d.history?.[d.history.length - 1];
          const made = last ? `${HISTORY_WORDS[last.event] ?? last.event}${d.effective ? `，${d.effective}施行` : ''}` : null;
          rows.push([`${'  '.repeat(depth)}${mark}${d.id}`, `${d.jurisdiction.name} (${d.jurisdiction.level})`, d.stage, d.date ?? '—', d.docNumber ?? made ?? '—', d.title]);
          for (const draft of l.members.filter((m) => l.draftOf.get(m.id) === d.id)) visit(draft, depth, '· ');
          for (const child of l.members.filter((m) => l.parent.get(m.id) === d.id)) visit(child, depth + 1, '└ ');
        };
        for (const root of l.members.filter((m) => !l.parent.get(m.id) && !l.draftOf.has(m.id))) visit(root, 0, '');
        // Every document is listed, whatever its links (a member the tree did not reach is listed at the top level).
        for (const m of l.members) visit(m, 0, '');
        out.push(renderTable(['id', 'jurisdiction', 'stage', 'date', 'number', 'title'], rows), '');
      }
      writeOut(out.join('\n').trimEnd());
    });
}
