// `policydiff diff <base> <other>`: what changed in every aligned pair — text, items, figures, attribution — as text or JSON.
import type { Command } from 'commander';
import { diffPair } from '../pipeline.js';
import { renderDiffText } from '../render/report/diff-text.js';
import { terminalWidth, writeOut } from '../render/terminal-output.js';

export function registerDiffCommand(program: Command): void {
  program
    .command('diff')
    .description('compare two documents: changed wording, items, figures (loosens/tightens) and attribution per aligned pair')
    .argument('<base>', 'the reference document: parent policy or earlier version (corpus id or path)')
    .argument('<other>', 'the document compared with it (corpus id or path)')
    .option('--json', 'print the full result as JSON')
    .option('--all', 'also list pairs that are identical or differ only by variants')
    .addHelpText(
      'after',
      '\nExit status as diff(1): 0 no differences, 1 differences found, 2 bad input.\n\nExamples:\n' +
        '  policydiff diff hangzhou-2024-draft hangzhou-2024\n  policydiff diff hangzhou-2024 jiande-2024 --json > diff.json',
    )
    .action((baseArg: string, otherArg: string, opts: { json?: boolean; all?: boolean }) => {
      const { diff } = diffPair(baseArg, otherArg);
      const same = diff.pairs.every((p) => p.status === 'identical' || p.status === 'variant-only');
      process.exitCode = same ? 0 : 1;
      if (opts.json) writeOut(JSON.stringify(diff, null, 2));
      else writeOut(renderDiffText(diff, { all: Boolean(opts.all), width: terminalWidth() }));
    });
}
