// `policydiff add FILE --id ID --level …`: copies a document into the corpus and registers it.
import type { Command } from 'commander';
import * as z from 'zod';
import { addDocument } from '../add-document.js';
import { JurisdictionLevel, Stage } from '../model/corpus.js';
import { paint, writeOut } from '../render/terminal-output.js';
import { parseOptions } from './resolve-options.js';

const AddOptions = z.object({
  id: z.string().max(64, 'at most 64 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, e.g. zhejiang-2024'),
  level: JurisdictionLevel,
  parent: z.string().trim().min(1, 'name the parent document (its corpus id) or jurisdiction').optional(),
  stage: Stage.optional(),
  name: z.string().trim().min(2, 'a jurisdiction name has at least two characters, e.g. 浙江省').optional(),
});

export function registerAddCommand(program: Command): void {
  program
    .command('add')
    .description('copy a document into corpora/ and register it (title, number and date are read from the text)')
    .argument('<file>', 'the document: .txt or .md (UTF-8, GB18030/GBK or UTF-16), .html, .docx, or .pdf with a text layer')
    .requiredOption('--id <id>', 'corpus id, e.g. zhejiang-2024')
    .requiredOption('--level <level>', 'national, province, city or county')
    .option('--parent <id>', 'corpus id of the policy this one implements (or the parent jurisdiction’s name)')
    .option('--stage <stage>', 'draft or final (default: draft when the text says 征求意见稿)')
    .option('--name <name>', 'issuing jurisdiction, when it cannot be read from the text (e.g. 浙江省)')
    .addHelpText('after', '\nExample:\n  policydiff add ~/docs/浙政发2024-4.txt --id zhejiang-2024 --level province')
    .action((file: string, raw: unknown) => {
      const opts = parseOptions(AddOptions, raw, 'add');
      const { entry, clauses, sections } = addDocument({ file, ...opts });
      writeOut(
        `${paint('added', 'green')} ${entry.id}: ${entry.title} · ${entry.jurisdiction.name} (${entry.jurisdiction.level}) · ${entry.stage}` +
          ` · ${entry.date ?? 'no date found'} · ${entry.docNumber ?? 'no document number found'} · ${sections} sections, ${clauses} clauses`,
      );
    });
}
