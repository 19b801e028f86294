// `policydiff diff <base> <other>`: what changed in every aligned pair — text, items, figures, attribution — as text, Markdown, HTML, CSV or JSON.
import type { Command } from 'commander';
import * as z from 'zod';
import { checkOutput } from './check-output.js';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { diffPair } from '../pipeline.js';
import { draftAmendment } from '../diff/draft-amendment.js';
import { renderAmendment } from '../render/report/amendment-text.js';
import { renderNumbersCsv, renderPairsCsv } from '../render/report/diff-csv.js';
import { renderDiffHtml } from '../render/report/diff-html.js';
import { renderDiffMarkdown } from '../render/report/diff-markdown.js';
import { renderDiffText } from '../render/report/diff-text.js';
import { terminalWidth, writeOut } from '../render/terminal-output.js';
import { loadDiffUi } from './load-ui.js';
import { parseOptions } from './resolve-options.js';
import { warnParse } from './warn-parse.js';

const Options = z.object({
  json: z.boolean().optional(),
  csv: z.boolean().optional(),
  all: z.boolean().optional(),
  format: z.enum(['text', 'md', 'html', 'csv', 'json', 'amendment', 'docx']).optional(),
  lang: z.enum(['zh', 'en']).optional(),
  oldNew: z.boolean().optional(),
  numbers: z.boolean().optional(),
  output: z.string().min(1).optional(),
  tui: z.boolean().optional(),
});

/** The format asked for: --format, else --json, else the output file's extension, else text. */
function formatOf(opts: z.infer<typeof Options>): NonNullable<z.infer<typeof Options>['format']> {
  const asked = opts.format ?? (opts.json ? 'json' : opts.csv ? 'csv' : undefined);
  const ext = opts.output?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const byExt = ext === undefined ? undefined : EXTENSION_FORMAT[ext];
  // A file whose name says another format (out.docx with text in it, --format html -o x.csv) is refused, never written wrong.
  if (ext !== undefined && byExt === undefined && !['out', 'log'].includes(ext)) {
    throw new InputError(`policydiff diff: cannot write a .${ext} file (formats: .txt, .md, .html, .docx, .csv, .json); name the file for one of them`);
  }
  // The amendment is text or Markdown: either file name takes it.
  if (asked === 'amendment' && byExt && byExt !== 'text' && byExt !== 'md') {
    throw new InputError(`policydiff diff: --format amendment goes in a .txt or .md file, not .${ext}`);
  }
  if (asked && asked !== 'amendment' && byExt && byExt !== asked) throw new InputError(`policydiff diff: --format ${asked} does not go in a .${ext} file; name it .${FORMAT_EXTENSION[asked]}`);
  return asked ?? byExt ?? 'text';
}

const EXTENSION_FORMAT: Record<string, z.infer<typeof Options>['format']> = {
  txt: 'text',
  text: 'text',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  csv: 'csv',
  json: 'json',
  docx: 'docx',
};
const FORMAT_EXTENSION: Record<string, string> = { text: 'txt', md: 'md', html: 'html', csv: 'csv', json: 'json', docx: 'docx' };

export function registerDiffCommand(program: Command): void {
  program
    .command('diff')
    .description('compare two documents: changed wording, items, figures (loosens/tightens) and attribution per aligned pair')
    .argument('<base>', 'the reference document: parent policy or earlier version (corpus id or path)')
    .argument('<other>', 'the document compared with it (corpus id or path)')
    .option('--format <format>', 'text, md, html or docx (a 修改对照表; docx with Word tracked changes, needs -o), csv, json, or amendment (a draft 修改决定; Markdown with -o x.md)', undefined)
    .option('--old-new', 'with md, html or docx: a 新旧对照表 (原条文 / 修改后条文 / 说明) in the order of the new text')
    .option('--lang <lang>', 'the words of the md, html and docx reports: zh (default) or en')
    .option('--json', 'same as --format json')
    .option('--csv', 'same as --format csv')
    .option('--numbers', 'with --format csv: one row per figure that changed instead of one row per pair')
    .option('--all', 'also list pairs that are identical or differ only by variants')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout; the extension can give the format')
    .option('--no-tui', 'print the text report even on a terminal (the UI opens when stdout and stdin are terminals and no format is asked for)')
    .addHelpText(
      'after',
      '\nOn a terminal, without --format, -o or --no-tui, it opens the review UI (? there lists the keys).\n' +
        'Exit status as diff(1): 0 no differences, 1 differences found, 2 bad input (the UI exits 0).\n\nExamples:\n' +
        '  policydiff diff hangzhou-2024-draft hangzhou-2024\n' +
        '  policydiff diff hangzhou-2024-draft hangzhou-2024 --format html -o 对照表.html\n' +
        '  policydiff diff hangzhou-2024-draft hangzhou-2024 -o 对照表.docx        # Word, with tracked changes\n' +
        '  policydiff diff hangzhou-2024 jiande-2024 --format csv --numbers -o figures.csv\n' +
        '  policydiff diff hangzhou-2024 jiande-2024 --json > diff.json\n' +
        "  policydiff diff '会计法(2017-11-04).md' '会计法(2024-06-28).md' --format amendment -o 修改决定.md",
    )
    .action(async (baseArg: string, otherArg: string, raw: unknown) => {
      const opts = parseOptions(Options, raw, 'diff');
      opts.output = checkOutput('policydiff diff', opts.output, [baseArg, otherArg]);
      const format = formatOf(opts);
      if (opts.numbers && format !== 'csv') throw new InputError('policydiff diff: --numbers goes with --format csv (one row per figure)');
      if (opts.oldNew && !['md', 'html', 'docx'].includes(format)) throw new InputError('policydiff diff: --old-new goes with --format md, html or docx (a 新旧对照表)');
      if (format === 'docx' && !opts.output) throw new InputError('policydiff diff: --format docx writes a Word file: name it with -o 对照表.docx');
      const pair = diffPair(baseArg, otherArg);
      warnParse(pair.base, pair.other);
      const interactive = opts.tui !== false && !opts.format && !opts.json && !opts.output && process.stdout.isTTY && process.stdin.isTTY;
      if (interactive) {
        await (await loadDiffUi()).openDiffTui(pair);
        return;
      }
      const { diff } = pair;
      const same = diff.pairs.every((p) => p.status === 'identical' || p.status === 'variant-only') && !diff.headings?.length;
      const all = Boolean(opts.all);
      const lang = opts.lang ?? 'zh';
      if (format === 'docx') {
        // docx (700 KB of code) loads only for a Word report, not at every start.
        const { renderDiffDocx } = await import('../render/report/diff-docx.js');
        writeFileAtomic(opts.output!, await renderDiffDocx(diff, { all, lang, oldNew: opts.oldNew, date: new Date().toISOString().replace(/\.\d+Z$/, 'Z') }));
        process.stderr.write(`wrote ${opts.output}\n`);
        process.exitCode = same ? 0 : 1;
        return;
      }
      const text =
        format === 'amendment'
          ? renderAmendment(draftAmendment(diff, pair.base.parsed, pair.other.parsed), { markdown: /\.(md|markdown)$/i.test(opts.output ?? '') })
          : format === 'json'
          ? JSON.stringify(diff, null, 2)
          : format === 'csv'
            ? opts.numbers
              ? renderNumbersCsv(diff)
              : renderPairsCsv(diff)
            : format === 'md'
              ? renderDiffMarkdown(diff, { all, lang, oldNew: opts.oldNew })
              : format === 'html'
                ? renderDiffHtml(diff, { all, lang, oldNew: opts.oldNew })
                : renderDiffText(diff, { all, width: opts.output ? 100 : terminalWidth() });
      if (opts.output) {
        writeFileAtomic(opts.output, text.endsWith('\n') ? text : `${text}\n`);
        process.stderr.write(`wrote ${opts.output}\n`);
      } else writeOut(text);
      process.exitCode = same ? 0 : 1;
    });
}
