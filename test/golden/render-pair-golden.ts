// Renders a pair's alignment and diff as reviewable text for the golden files: one line per link, change and figure.
import type { Alignment } from '../../src/model/alignment.js';
import type { DocumentDiff, NumberChange } from '../../src/model/clause-diff.js';

const score = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));

/** Each link (base ids ↔ other ids, kind, status, calibrated score, similarity, why a person should look), then what is on one side only. */
export function renderAlignmentGolden(a: Alignment): string {
  const out = [`${a.base} ↔ ${a.other}: ${a.links.length} links, ${a.baseOnly.length} base-only, ${a.otherOnly.length} other-only`];
  for (const l of a.links) {
    out.push(`${l.base.join('+')} ↔ ${l.other.join('+')} | ${l.kind ?? '-'} ${l.status} | score ${score(l.score)} sim ${score(l.similarity)}${l.needsReview ? ` | review: ${l.needsReview}` : ''}`);
  }
  out.push(`base-only: ${a.baseOnly.join(' ') || '-'}`, `other-only: ${a.otherOnly.join(' ') || '-'}`);
  return `${out.join('\n')}\n`;
}

const figure = (n: NumberChange) =>
  `    # ${n.change} ${n.before?.text ?? '∅'} → ${n.after?.text ?? '∅'} | ${n.quantity} | ${n.role} ${n.effect}${n.weak ? ' weak' : ''}${n.where ? ` | ${n.where}` : ''}${n.withItem ? ' | with item' : ''}`;

/** The summary, then each pair that is not identical: its status, its changes (kind, place, before → after) and changed figures. */
export function renderDiffGolden(d: DocumentDiff): string {
  const { money: _money, systematic, variants, ...counts } = d.summary;
  const out = [`summary: ${JSON.stringify(counts)}`];
  for (const x of systematic) out.push(`systematic: ${x.description}`);
  for (const v of variants) out.push(`variants: ${v.kind} ${v.before} / ${v.after} ×${v.count}`);
  for (const w of d.warnings) out.push(`warning: ${w.document}:${w.line}: ${w.message}`);
  for (const p of d.pairs) {
    if (p.status === 'identical') continue;
    out.push(`${p.base.join('+') || '—'} ↔ ${p.other.join('+') || '—'} | ${p.status}${p.renumbered ? ' renumbered' : ''}`);
    for (const c of p.changes) {
      const text = (x: string | null) => (x === null ? '∅' : x.length > 60 ? `${x.slice(0, 60)}…` : x);
      out.push(`  ${c.kind}${c.systematic ? ' (systematic)' : ''}${c.where ? ` @${c.where}` : ''}${c.whole ? ` whole ${c.whole}` : ''}: ${text(c.before)} → ${text(c.after)}`);
    }
    for (const v of p.variants) out.push(`  variant ${v.kind}: ${v.before} / ${v.after} ×${v.count}`);
    for (const n of p.numbers) if (n.change !== 'unchanged') out.push(figure(n));
  }
  return `${out.join('\n')}\n`;
}
