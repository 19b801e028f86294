// `policydiff families [<doc>…]`: one row per policy item across documents, with adoption marks and figures side by side.
import type { Command } from 'commander';
import { checkOutput } from './check-output.js';
import { InputError } from '../errors.js';
import { buildLineages, lineageOf } from '../families/build-lineages.js';
import { findParents, type ParentCandidate } from '../families/find-parents.js';
import { readBasis } from '../parse/read-basis.js';
import { buildFamilies, chooseDocuments, type FamilyMember, familyFigures, familyMember, pickAnchor } from '../families/build-families.js';
import { loadManifest } from '../ingest/load-manifest.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import type { CorpusEntry } from '../model/corpus.js';
import { makeMasker } from '../align/mask-text.js';
import { alignLoaded, type LoadedDocument, loadDocument } from '../pipeline.js';
import { jurisdictionNames } from '../document-info.js';
import { startProgress } from '../render/progress.js';
import { renderFamiliesCsv, renderFamiliesHtml, renderFamiliesMarkdown, renderFamiliesText, renderFigureCsv, renderFigureText } from '../render/report/families-report.js';
import { loadFamiliesUi } from './load-ui.js';
import { parseOptions } from './resolve-options.js';
import * as z from 'zod';
import { terminalWidth, writeOut } from '../render/terminal-output.js';
import { warnParse } from './warn-parse.js';

const Options = z.object({
  json: z.boolean().optional(),
  csv: z.boolean().optional(),
  format: z.enum(['text', 'md', 'html', 'csv', 'json']).optional(),
  output: z.string().min(1).optional(),
  figures: z.string().min(1).optional(),
  lineage: z.string().min(1).optional(),
  tui: z.boolean().optional(),
});

export function registerFamiliesCommand(program: Command): void {
  program
    .command('families')
    .description('one row per policy item across documents (anchored on the provincial template when present), with adoption marks')
    .argument('[docs...]', 'corpus ids or paths (default: one document per jurisdiction, the final where there is one)')
    .option('--format <format>', 'text, md, html, csv (UTF-8 with BOM, for R, pandas or a spreadsheet) or json')
    .option('--json', 'same as --format json')
    .option('--csv', 'same as --format csv')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--lineage <id>', 'with no documents named: the lineage of this document (the corpus may hold several; `corpus` shows them)')
    .option('--figures <family>', "each document's figures for the items of one family (its anchor clause id, e.g. c16)")
    .option('--no-tui', 'print the text table even on a terminal (the matrix UI opens when stdout and stdin are terminals and no format is asked for)')
    .addHelpText(
      'after',
      '\nExamples:\n  policydiff families\n  policydiff families --lineage yh-national\n  policydiff families --csv -o families.csv\n  policydiff families --format html -o families.html\n  policydiff families --figures c16\n  policydiff families hangzhou-2024 jiande-2024 quzhou-2024',
    )
    .action(async (docs: string[], raw: unknown) => {
      const opts = parseOptions(Options, raw, 'families');
      opts.output = checkOutput('policydiff families', opts.output, docs);
      const format = opts.format ?? (opts.json ? 'json' : opts.csv ? 'csv' : 'text');
      const entries = loadManifest().documents;
      let chosen: { anchor: string; others: string[] };
      if (docs.length === 0) {
        // One lineage at a time, anchored on its own top document: unrelated documents never share a table.
        const lineages = buildLineages(entries);
        const lineage = opts.lineage ? lineageOf(lineages, opts.lineage) : lineages.length === 1 ? lineages[0] : undefined;
        if (opts.lineage && !lineage) throw new InputError(`policydiff families: --lineage ${opts.lineage}: no such document in the corpus ('policydiff corpus' lists them)`);
        if (!lineage) {
          const list = lineages.map((l) => `${l.top.id} (${l.subject}, ${l.members.length} document${l.members.length > 1 ? 's' : ''})`).join('; ');
          throw new InputError(`policydiff families: the corpus holds ${lineages.length} lineages: ${list}; name one with --lineage <id>`);
        }
        // In corpus order, as the documents were added.
        const c = chooseDocuments(entries.filter((e) => lineage.members.includes(e)));
        const set = [c.anchor, ...c.others];
        const top = set.find((e) => e.id === lineage.top.id) ?? c.anchor;
        chosen = { anchor: top.id, others: set.filter((e) => e !== top).map((e) => e.id) };
        if (chosen.others.length === 0) throw new InputError(`policydiff families: the lineage of ${lineage.top.id} holds one document; add the documents that implement it, or name documents`);
      } else {
        if (opts.lineage) throw new InputError('policydiff families: --lineage goes without documents named (it chooses them)');
        if (new Set(docs).size !== docs.length) throw new InputError('policydiff families: a document is named twice');
        const known = docs.map((d) => entries.find((e) => e.id === d)).filter((e): e is CorpusEntry => !!e);
        const anchor = known.length === docs.length ? pickAnchor(known).anchor.id : docs[0]!;
        chosen = { anchor, others: docs.filter((d) => d !== anchor) };
      }
      if (chosen.others.length === 0) throw new InputError('policydiff families: name at least two documents');
      const anchor = loadDocument(chosen.anchor);
      warnParse(anchor);
      const progress = startProgress('aligning', chosen.others.length);
      const members: FamilyMember[] = [];
      const loaded: LoadedDocument[] = [anchor];
      const candidate = (d: LoadedDocument, arg: string): ParentCandidate & { arg: string } => ({ id: d.parsed.id, arg, title: d.parsed.title, basis: readBasis(d.parsed), entry: d.source.entry ?? undefined });
      const candidates = [candidate(anchor, chosen.anchor)];
      for (const id of chosen.others) {
        const other = loadDocument(id);
        warnParse(other);
        const names = jurisdictionNames(anchor, other);
        const { alignment } = alignLoaded(anchor, other, names);
        members.push(familyMember(other, alignment, makeMasker(names)));
        candidates.push(candidate(other, id));
        if (opts.figures) loaded.push(other);
        progress.tick(id);
      }
      progress.done();
      // A document implementing another of the table (a city regulation made under the provincial one) is aligned with that one too,
      // so what it carries of the parent finds the parent's row.
      const parents = findParents(candidates);
      for (const m of members) {
        const parentId = parents.get(m.id);
        const parent = candidates.find((c) => c.id === parentId);
        if (!parent || parent.id === anchor.parsed.id) continue;
        const [p, d] = [loadDocument(parent.arg), loadDocument(candidates.find((c) => c.id === m.id)!.arg)];
        m.via = { parent: parent.id, alignment: alignLoaded(p, d, jurisdictionNames(p, d)).alignment };
      }
      const table = buildFamilies(anchor, members);
      const interactive = opts.tui !== false && !opts.format && !opts.json && !opts.csv && !opts.output && !opts.figures && process.stdout.isTTY && process.stdin.isTTY;
      if (interactive) {
        // Ids as the documents were named (a path stays a path) for reading figures later.
        const args = new Map(members.map((m, k) => [m.id, chosen.others[k]!]));
        await (await loadFamiliesUi()).openFamiliesTui(table, anchor, args);
        return;
      }
      let text: string;
      if (opts.figures) {
        const figures = familyFigures(table, opts.figures, loaded, jurisdictionNames(...loaded));
        if (!figures) throw new InputError(`policydiff families: no family "${opts.figures}" (use an id from the first column of \`policydiff families\`)`);
        if (format === 'md' || format === 'html') throw new InputError('policydiff families: --figures prints text, csv or json');
        text = format === 'json' ? JSON.stringify(figures, null, 2) : format === 'csv' ? renderFigureCsv(figures, table.documents) : renderFigureText(figures, terminalWidth(), table.documents);
      } else {
        text =
          format === 'json'
            ? JSON.stringify(table, null, 2)
            : format === 'csv'
              ? renderFamiliesCsv(table)
              : format === 'md'
                ? renderFamiliesMarkdown(table)
                : format === 'html'
                  ? renderFamiliesHtml(table)
                  : renderFamiliesText(table, terminalWidth());
      }
      if (opts.output) {
        writeFileAtomic(opts.output, text.endsWith('\n') ? text : `${text}\n`);
        process.stderr.write(`wrote ${opts.output}\n`);
      } else writeOut(text);
    });
}
