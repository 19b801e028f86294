// `policydiff align <base> <other> [--json] [--write]`: clause pairs side by side with scores, unmatched clauses listed.
import type { Command } from 'commander';
import type { Alignment } from '../model/alignment.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { isDoubtful, linkKindWord } from '../model/review-policy.js';
import { alignPair } from '../pipeline.js';
import { saveReviewed } from '../review-store.js';
import { describeUnit } from '../parse/describe-unit.js';
import { fit, paint, pad, terminalWidth, writeOut } from '../render/terminal-output.js';
import { warnParse } from './warn-parse.js';

export function registerAlignCommand(program: Command): void {
  program
    .command('align')
    .description('pair the clauses of two documents that carry the same policy item')
    .argument('<base>', 'the reference document (parent policy or earlier version)')
    .argument('<other>', 'the document compared with it')
    .option('--json', 'print the alignment as JSON')
    .option('--write', 'save it to alignments/<base>__<other>.json, keeping every reviewed decision')
    .addHelpText(
      'after',
      '\nExamples:\n  policydiff align hangzhou-2024 jiande-2024\n  policydiff align hangzhou-2024 quzhou-2024 --write\n  policydiff align hangzhou-2024-draft hangzhou-2024 --json',
    )
    .action((baseArg: string, otherArg: string, opts: { json?: boolean; write?: boolean }) => {
      const aligned = alignPair(baseArg, otherArg);
      warnParse(aligned.base, aligned.other);
      const { base, other, alignment, file } = aligned;
      if (opts.write) saveReviewed(aligned, (current) => current, 'policydiff align');
      if (opts.json) {
        writeOut(JSON.stringify(alignment, null, 2));
      } else {
        writeOut(renderAlignment(alignment, base.parsed, other.parsed));
        if (opts.write) writeOut(paint(`saved ${file}`, 'dim'));
      }
      process.exitCode = alignment.baseOnly.length || alignment.otherOnly.length || alignment.links.some((l) => l.base.join() !== l.other.join()) ? 1 : 0;
    });
}

/** Two columns: base label and title ↔ other label and title, with score and status. */
export function renderAlignment(a: Alignment, base: ParsedDocument, other: ParsedDocument): string {
  const width = Math.min(terminalWidth(), 160);
  const col = Math.max(24, Math.floor((width - 16) / 2));
  const lines: string[] = [
    paint(`${base.title}  ↔  ${other.title}`, 'bold'),
    `${base.id}: ${base.clauses.length} clauses  ↔  ${other.id}: ${other.clauses.length} clauses · ${a.links.filter((l) => l.status !== 'rejected').length} links · ${a.baseOnly.length} base-only · ${a.otherOnly.length} other-only`,
    '',
  ];
  for (const l of a.links) {
    const n = Math.max(l.base.length, l.other.length);
    const mark = l.status === 'auto' ? (l.contested ? ' contested' : '') : ` ${l.status}`;
    for (let k = 0; k < n; k++) {
      const left = l.base[k] ? describeUnit(base, l.base[k]!) : '';
      const right = l.other[k] ? describeUnit(other, l.other[k]!) : '';
      const tail = k === 0 ? paint(`${l.score.toFixed(2)}${linkKindWord(l) ? ` ${linkKindWord(l)}` : ''}${mark}`, isDoubtful(l) ? 'yellow' : 'dim') : '';
      const line = `${pad(left, col)} ${k === 0 ? '↔' : '+'} ${pad(right, col)} ${tail}`;
      lines.push(l.status === 'rejected' ? paint(line, 'dim') : line);
    }
  }
  if (a.baseOnly.length) {
    lines.push('', paint(`only in ${base.id} (no counterpart in ${other.id}):`, 'yellow'));
    for (const id of a.baseOnly) lines.push(`  ${fit(describeUnit(base, id), width - 2)}`);
  }
  if (a.otherOnly.length) {
    lines.push('', paint(`only in ${other.id} (no counterpart in ${base.id}):`, 'yellow'));
    for (const id of a.otherOnly) lines.push(`  ${fit(describeUnit(other, id), width - 2)}`);
  }
  return lines.join('\n');
}
