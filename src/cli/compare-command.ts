// `policydiff diff <base> <other>` (interim): aligned clause pairs with the figures that differ; the full diff engine replaces it.
import type { Command } from 'commander';
import type { Fact } from '../model/fact.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { alignPair } from '../pipeline.js';
import { describeUnit } from './describe-unit.js';
import { fit, paint, terminalWidth, writeOut } from './output.js';

interface NumberChange {
  quantity: string;
  before: Fact | null;
  after: Fact | null;
}

export function registerCompareCommand(program: Command): void {
  program
    .command('diff')
    .description('compare two documents: aligned clause pairs and the figures that differ (interim report)')
    .argument('<base>', 'the reference document: parent policy or earlier version (corpus id or path)')
    .argument('<other>', 'the document compared with it (corpus id or path)')
    .option('--json', 'print the comparison as JSON')
    .addHelpText('after', '\nExamples:\n  policydiff diff hangzhou-2024-draft hangzhou-2024\n  policydiff diff hangzhou-2024 jiande-2024 --json')
    .action((baseArg: string, otherArg: string, opts: { json?: boolean }) => {
      const { base, other, alignment } = alignPair(baseArg, otherArg);
      const live = alignment.links.filter((l) => l.status !== 'rejected');
      const pairs = live.map((l) => ({
        link: l,
        numbers: compareFacts(l.base.flatMap((id) => factsOf(base.parsed, id)), l.other.flatMap((id) => factsOf(other.parsed, id))),
      }));
      const differing = pairs.filter((p) => p.numbers.length > 0).length;
      process.exitCode = differing || alignment.baseOnly.length || alignment.otherOnly.length ? 1 : 0;
      if (opts.json) {
        writeOut(
          JSON.stringify(
            {
              base: base.parsed.id,
              other: other.parsed.id,
              summary: { links: live.length, pairsWithFigureChanges: differing, baseOnly: alignment.baseOnly.length, otherOnly: alignment.otherOnly.length },
              pairs: [
                ...pairs.map((p) => ({ base: p.link.base, other: p.link.other, score: p.link.score, status: p.link.status, numbers: p.numbers })),
                ...alignment.baseOnly.map((id) => ({ base: [id], other: [], status: 'base-only', numbers: [] })),
                ...alignment.otherOnly.map((id) => ({ base: [], other: [id], status: 'other-only', numbers: [] })),
              ],
            },
            null,
            2,
          ),
        );
        return;
      }
      const width = terminalWidth();
      const half = Math.floor((width - 10) / 2);
      const out: string[] = [];
      out.push(paint(`${base.parsed.title}  ↔  ${other.parsed.title}`, 'bold'));
      out.push(
        `${base.parsed.id}: ${base.parsed.clauses.length} clauses  ↔  ${other.parsed.id}: ${other.parsed.clauses.length} clauses · ` +
          `${live.length} aligned pairs, ${differing} with different figures · ${alignment.baseOnly.length} only in base · ${alignment.otherOnly.length} only in other`,
      );
      out.push(paint('Interim report: figures compared per aligned pair; word-level changes, items and effects come with the difference engine.', 'dim'));
      for (const p of pairs) {
        if (!p.numbers.length) continue;
        const left = p.link.base.map((id) => describeUnit(base.parsed, id)).join(' + ');
        const right = p.link.other.map((id) => describeUnit(other.parsed, id)).join(' + ');
        out.push('', `${fit(left, half)}  ↔  ${fit(right, half)}`);
        for (const n of p.numbers) {
          out.push(`    ${n.before ? n.before.text : '—'}  →  ${n.after ? n.after.text : '—'}  ${paint(fit(n.quantity, Math.max(10, width - 40)), 'dim')}`);
        }
      }
      if (alignment.baseOnly.length) {
        out.push('', paint(`Only in ${base.parsed.id}:`, 'yellow'));
        for (const id of alignment.baseOnly) out.push(`    ${describeUnit(base.parsed, id)}`);
      }
      if (alignment.otherOnly.length) {
        out.push('', paint(`Only in ${other.parsed.id}:`, 'yellow'));
        for (const id of alignment.otherOnly) out.push(`    ${describeUnit(other.parsed, id)}`);
      }
      writeOut(out.join('\n'));
    });
}

function factsOf(doc: ParsedDocument, id: string): Fact[] {
  return doc.clauses.find((c) => c.id === id)?.facts ?? doc.sections.find((s) => s.id === id)?.facts ?? [];
}

/** Figures one side states and the other does not (same value, unit and comparator count as equal). */
function compareFacts(before: Fact[], after: Fact[]): NumberChange[] {
  const relevant = (f: Fact) => f.kind !== 'year' && f.kind !== 'date';
  const key = (f: Fact) => `${f.value}|${f.unit}|${f.comparator}`;
  const afterLeft = after.filter(relevant);
  const unmatched: Fact[] = [];
  for (const b of before.filter(relevant)) {
    const i = afterLeft.findIndex((a) => key(a) === key(b));
    if (i >= 0) afterLeft.splice(i, 1);
    else unmatched.push(b);
  }
  const changes: NumberChange[] = [];
  for (const b of unmatched) {
    const i = afterLeft.findIndex((a) => a.unit === b.unit);
    changes.push({ quantity: b.quantity, before: b, after: i >= 0 ? afterLeft.splice(i, 1)[0]! : null });
  }
  for (const a of afterLeft) changes.push({ quantity: a.quantity, before: null, after: a });
  return changes;
}
