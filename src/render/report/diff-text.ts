// Plain-text report of a document diff: summary on top, then each changed pair with its edits and figures.
import type { Change, DocumentDiff, NumberChange, PairDiff, Segment, Variant } from '../../model/clause-diff.js';
import { formatValue, paint, renderTable } from '../terminal-output.js';

export interface TextReportOptions {
  /** Also list pairs that are identical or differ only by variants. */
  all: boolean;
  width: number;
}

const KIND_MARK: Record<Change['kind'], string> = {
  'text-added': '+',
  'text-dropped': '−',
  reworded: '~',
  numeric: '#',
  'items-added': '+',
  'items-dropped': '−',
  'items-renamed': '~',
  title: '~',
  moved: '↕',
  'responsible-units': '@',
  lead: '@',
};

export function renderDiffText(diff: DocumentDiff, opts: TextReportOptions): string {
  const out: string[] = [...renderSummary(diff)];
  for (const p of diff.pairs) {
    if (!opts.all && (p.status === 'identical' || p.status === 'variant-only')) continue;
    out.push('', ...renderPair(p, opts));
  }
  const hidden = diff.pairs.filter((p) => p.status === 'identical' || p.status === 'variant-only').length;
  if (!opts.all && hidden) out.push('', paint(`${hidden} pairs identical or differing only by variants are not listed (--all lists them).`, 'dim'));
  return out.join('\n');
}

function renderSummary(diff: DocumentDiff): string[] {
  const s = diff.summary;
  const st = s.byStatus;
  const out = [
    paint(`${diff.base} ↔ ${diff.other}`, 'bold'),
    `  base:  ${diff.titles.base}`,
    `  other: ${diff.titles.other}`,
    `${s.clauses.base} ↔ ${s.clauses.other} clauses · ${s.pairs} pairs: ${st.modified ?? 0} modified, ${st.moved ?? 0} moved, ` +
      `${st['variant-only'] ?? 0} variant-only, ${st.identical ?? 0} identical, ${st['base-only'] ?? 0} base-only, ${st['other-only'] ?? 0} other-only`,
  ];
  const kinds = Object.entries(s.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  out.push(`Changes: ${kinds || 'none'}`);
  const f = s.figures;
  out.push(
    `Figures: ${f.changed} changed, ${f.added} added, ${f.dropped} dropped, ${f.unchanged} unchanged` +
      (f.changed + f.added + f.dropped ? ` · ${s.effects.loosens} loosen, ${s.effects.tightens} tighten, ${s.effects.neutral} neutral` : ''),
  );
  if (s.money.length) out.push(`Money figures changed: ${s.money.length} (listed with their pairs below)`);
  for (const sys of s.systematic) out.push(`Systematic, reported once: ${sys.description}`);
  if (s.variants.length) out.push(`Variants, not counted as changes: ${describeVariants(s.variants, 8)}`);
  return out;
}

function renderPair(p: PairDiff, opts: TextReportOptions): string[] {
  const head = `${p.labels.base || '—'}  ↔  ${p.labels.other || '—'}`;
  const ids = `[${p.base.join('+') || '—'} ↔ ${p.other.join('+') || '—'}]`;
  const out = [`${paint(head, 'bold')}  ${paint(ids, 'dim')}  ${statusTag(p)}`];
  if (p.status === 'base-only') out.push(paint('  only in base: no clause of the other document carries this item', 'dim'));
  if (p.status === 'other-only') out.push(paint('  only in other: no clause of the base document carries this item', 'dim'));
  for (const c of p.changes) {
    if (c.systematic) continue;
    out.push(renderChange(c));
  }
  const figures = p.numbers.filter((n) => n.change !== 'unchanged');
  if (figures.length) {
    out.push('  Figures');
    const rows = figures.map((n) => [n.quantity, figure(n.before), figure(n.after), delta(n), effectTag(n)]);
    out.push(
      renderTable(['what it measures', 'base', 'other', 'change', 'effect'], rows.map((r) => r.map(String)), opts.width - 4)
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n'),
    );
  }
  if (p.variants.length) out.push(paint(`  variants: ${describeVariants(p.variants, 4)}`, 'dim'));
  return out;
}

function statusTag(p: PairDiff): string {
  const style = p.status === 'modified' ? 'yellow' : p.status === 'base-only' ? 'red' : p.status === 'other-only' ? 'green' : 'dim';
  const link = p.link && p.link.status !== 'auto' ? ` (link ${p.link.status})` : '';
  return paint(p.status, style) + link;
}

function renderChange(c: Change): string {
  const tag = `  ${KIND_MARK[c.kind]} ${c.kind.padEnd(17)}`;
  const minor = c.minor ? paint(' (minor)', 'dim') : '';
  let body: string;
  if (c.kind === 'items-added' || c.kind === 'items-dropped' || c.kind === 'items-renamed' || c.kind === 'responsible-units') {
    body = (c.items ?? []).join('、') || `${c.before ?? '∅'} → ${c.after ?? '∅'}`;
  } else if (c.kind === 'text-added') body = paint(c.after ?? '', 'green');
  else if (c.kind === 'text-dropped') body = paint(c.before ?? '', 'red');
  else if (c.kind === 'moved') body = `${c.before} ${paint('⇒', 'dim')} ${c.after}`;
  else if (c.chars) body = redline(c.chars);
  else if (c.words) body = redline(c.words);
  else body = `${c.before ?? '∅'} → ${c.after ?? '∅'}`;
  return `${c.minor ? paint(tag, 'dim') : tag}${body}${minor}`;
}

/** [-deleted-]{+inserted+} as in wdiff; in colour on a terminal. */
export function redline(segments: Segment[]): string {
  return segments
    .map((s) => (s.op === 'equal' ? s.text : s.op === 'delete' ? paint(`[-${s.text}-]`, 'red') : paint(`{+${s.text}+}`, 'green')))
    .join('');
}

function figure(f: NumberChange['before']): string {
  return f ? f.text : '—';
}

function delta(n: NumberChange): string {
  if (n.change === 'added' || n.change === 'dropped') return n.change;
  if (n.delta === null) return 'unit differs';
  if (n.delta === 0) return n.before?.comparator !== n.after?.comparator ? 'cap/floor wording' : 'same';
  const unit = n.before!.unit;
  const sign = n.delta > 0 ? '+' : '−';
  if (unit === '%') return `${sign}${Math.abs(n.delta)} pp`;
  const rel = n.relative === null ? '' : ` (${sign}${Math.abs(Math.round(n.relative * 1000) / 10)}%)`;
  return `${sign}${formatValue(Math.abs(n.delta), unit)}${rel}`;
}

function effectTag(n: NumberChange): string {
  if (n.scaleDependent) return paint('scale', 'dim');
  if (n.effect === 'loosens') return paint('loosens', 'green');
  if (n.effect === 'tightens') return paint('tightens', 'red');
  return 'neutral';
}

function describeVariants(variants: Variant[], max: number): string {
  const parts = variants.slice(0, max).map((v) => {
    if (v.kind === 'script') return `script ×${v.count} (${v.after}/${v.before})`;
    return `${v.before || '∅'}/${v.after || '∅'} ×${v.count}`;
  });
  const rest = variants.length - max;
  return parts.join(' · ') + (rest > 0 ? ` · ${rest} more` : '');
}
