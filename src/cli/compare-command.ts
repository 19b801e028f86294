// `policydiff diff <base> <other>` (interim): clause pairs by number with their titles and differing figures.
import type { Command } from 'commander';
import type { Fact } from '../model/fact.js';
import type { Clause } from '../model/parsed-document.js';
import { loadDocument } from '../pipeline.js';
import { paint, terminalWidth, fit, writeOut } from './output.js';

export function registerCompareCommand(program: Command): void {
  program
    .command('diff')
    .description('compare two documents clause by clause (interim report: clauses paired by their number)')
    .argument('<base>', 'the reference document: parent policy or earlier version (corpus id or path)')
    .argument('<other>', 'the document compared with it (corpus id or path)')
    .option('--json', 'print the comparison as JSON')
    .addHelpText('after', '\nExample:\n  policydiff diff hangzhou-2024-draft hangzhou-2024')
    .action((baseArg: string, otherArg: string, opts: { json?: boolean }) => {
      const base = loadDocument(baseArg).parsed;
      const other = loadDocument(otherArg).parsed;
      const otherById = new Map(other.clauses.map((c) => [c.id, c]));
      const baseIds = new Set(base.clauses.map((c) => c.id));
      const pairs = base.clauses.map((b) => {
        const o = otherById.get(b.id) ?? null;
        return { base: b, other: o, numbers: o ? compareFacts(b.facts, o.facts) : [] };
      });
      const otherOnly = other.clauses.filter((c) => !baseIds.has(c.id));
      const differing = pairs.filter((p) => p.numbers.length > 0).length;
      if (opts.json) {
        writeOut(
          JSON.stringify(
            {
              base: base.id,
              other: other.id,
              pairing: 'by-clause-number',
              summary: { baseClauses: base.clauses.length, otherClauses: other.clauses.length, pairsWithFigureChanges: differing },
              pairs: pairs.map((p) => ({
                base: [p.base.id],
                other: p.other ? [p.other.id] : [],
                numbers: p.numbers,
              })),
              otherOnly: otherOnly.map((c) => c.id),
            },
            null,
            2,
          ),
        );
        process.exitCode = differing || otherOnly.length || pairs.some((p) => !p.other) ? 1 : 0;
        return;
      }
      const width = terminalWidth();
      const out: string[] = [];
      out.push(paint(`${base.title}  ↔  ${other.title}`, 'bold'));
      out.push(`${base.id}: ${base.clauses.length} clauses  ↔  ${other.id}: ${other.clauses.length} clauses · ${differing} pairs with different figures`);
      out.push(paint('Clauses are paired by their number in this version; the clause aligner and full difference engine replace this pairing as they land.', 'dim'));
      for (const p of pairs) {
        const half = Math.floor((width - 14) / 2);
        const left = `${p.base.label}${p.base.title}`;
        const right = p.other ? `${p.other.label}${p.other.title}` : paint('(no clause with this number)', 'yellow');
        out.push('', `${paint(p.base.id.padEnd(5), 'cyan')} ${fit(left, half)}  ↔  ${fit(right, half)}`);
        for (const n of p.numbers) {
          out.push(`      ${n.before ? n.before.text : '—'}  →  ${n.after ? n.after.text : '—'}  ${paint(fit(n.quantity, width - 40), 'dim')}`);
        }
      }
      for (const c of otherOnly) out.push('', `${paint(c.id.padEnd(5), 'cyan')} ${paint('only in other:', 'yellow')} ${c.label}${c.title}`);
      writeOut(out.join('\n'));
      process.exitCode = differing || otherOnly.length ? 1 : 0;
    });
}

interface NumberChange {
  quantity: string;
  before: Fact | null;
  after: Fact | null;
}

/** Figures of one side that the other side does not state with the same value and unit. */
function compareFacts(before: Clause['facts'], after: Clause['facts']): NumberChange[] {
  const relevant = (f: Fact) => f.kind !== 'year' && f.kind !== 'date';
  const key = (f: Fact) => `${f.value}|${f.unit}|${f.comparator}`;
  const afterLeft = after.filter(relevant);
  const changes: NumberChange[] = [];
  const unmatchedBefore: Fact[] = [];
  for (const b of before.filter(relevant)) {
    const i = afterLeft.findIndex((a) => key(a) === key(b));
    if (i >= 0) afterLeft.splice(i, 1);
    else unmatchedBefore.push(b);
  }
  for (const b of unmatchedBefore) {
    const i = afterLeft.findIndex((a) => a.unit === b.unit);
    const a = i >= 0 ? afterLeft.splice(i, 1)[0]! : null;
    changes.push({ quantity: b.quantity, before: b, after: a });
  }
  for (const a of afterLeft) changes.push({ quantity: a.quantity, before: null, after: a });
  return changes;
}
