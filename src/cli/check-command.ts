// `policydiff check <doc>`: figures that a document's attachment tables state differently from its own body, as a view, text or JSON.
import type { Command } from 'commander';
import * as z from 'zod';
import { checkOutput } from './check-output.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { checkLoaded, loadDocument } from '../pipeline.js';
import { renderCheckText } from '../render/report/check-text.js';
import { writeOut } from '../render/terminal-output.js';
import { loadCheckUi } from './load-ui.js';
import { parseOptions } from './resolve-options.js';
import { warnParse } from './warn-parse.js';

const Options = z.object({ json: z.boolean().optional(), output: z.string().min(1).optional(), tui: z.boolean().optional() });

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description("compare a document's attachment tables with its body: every figure they state differently, with both places")
    .argument('<doc>', 'corpus id or path')
    .option('--json', 'the report as JSON')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--no-tui', 'print the text report even on a terminal (the view opens when stdout and stdin are terminals and neither --json nor -o is given)')
    .addHelpText(
      'after',
      '\nOn a terminal, without --json, -o or --no-tui, it opens a view of the document: every table row, the body clause it restates, the figures that disagree (? there lists the keys).\n' +
        'Exit status: 0 nothing disagrees, 1 figures disagree, 2 bad input (the view exits 0).\n\nExamples:\n  policydiff check haining-2024-draft\n  policydiff check haining-2024-draft --no-tui\n  policydiff check haining-2024-draft --json > check.json',
    )
    .action(async (doc: string, raw: unknown) => {
      const opts = parseOptions(Options, raw, 'check');
      opts.output = checkOutput('policydiff check', opts.output, [doc]);
      const loaded = loadDocument(doc);
      warnParse(loaded);
      const checked = checkLoaded(loaded);
      // A document without attachment tables gets its one line, not an empty view.
      if (opts.tui !== false && !opts.json && !opts.output && checked.report.tables > 0 && process.stdout.isTTY && process.stdin.isTTY) {
        await (await loadCheckUi()).openCheckTui(checked);
        return;
      }
      const { report } = checked;
      const text = opts.json ? JSON.stringify(report, null, 2) : renderCheckText(report);
      if (opts.output) {
        writeFileAtomic(opts.output, `${text}\n`);
        process.stderr.write(`wrote ${opts.output}\n`);
      } else writeOut(text);
      process.exitCode = report.disagreements.length ? 1 : 0;
    });
}
