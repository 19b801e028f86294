// `policydiff check <doc>`: figures that a document's attachment tables state differently from its own body.
import type { Command } from 'commander';
import { z } from 'zod';
import { writeFileAtomic } from '../ingest/write-file-atomic.js';
import { checkDocument } from '../pipeline.js';
import { renderCheckText } from '../render/report/check-text.js';
import { writeOut } from '../render/terminal-output.js';
import { parseOptions } from './resolve-options.js';

const Options = z.object({ json: z.boolean().optional(), output: z.string().min(1).optional() });

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description("compare a document's attachment tables with its body: every figure they state differently, with both places")
    .argument('<doc>', 'corpus id or path')
    .option('--json', 'the report as JSON')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addHelpText('after', '\nExit status: 0 nothing disagrees, 1 figures disagree, 2 bad input.\n\nExamples:\n  policydiff check haining-2024-draft\n  policydiff check haining-2024-draft --json > check.json')
    .action((doc: string, raw: unknown) => {
      const opts = parseOptions(Options, raw, 'check');
      const report = checkDocument(doc);
      const text = opts.json ? JSON.stringify(report, null, 2) : renderCheckText(report);
      if (opts.output) {
        writeFileAtomic(opts.output, `${text}\n`);
        process.stderr.write(`wrote ${opts.output}\n`);
      } else writeOut(text);
      process.exitCode = report.disagreements.length ? 1 : 0;
    });
}
