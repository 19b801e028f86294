// Plain-text report of a document diff: summary on top, then each changed pair with its edits and figures.
import type { Change, DocumentDiff, NumberChange, PairDiff, Segment } from '../../model/clause-diff.js';
import { paint, renderTable } from '../terminal-output.js';
import { changeNote, checkLinkNote, describeDelta, elsewhereNote, repeatKey, describeVariants, effectLabel, inDoubt, itemFigures, joinItems, listedFigures, placeLabel, summaryLines, wholeNote } from './describe-changes.js';

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
  paragraphs: '¶',
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
  const [head, ...rest] = summaryLines(diff);
  return [paint(head!, 'bold'), ...rest];
}

function renderPair(p: PairDiff, opts: TextReportOptions): string[] {
  const head = `${p.labels.base || '—'}  ↔  ${p.labels.other || '—'}`;
  const ids = `[${p.base.join('+') || '—'} ↔ ${p.other.join('+') || '—'}]`;
  const out = [`${paint(head, 'bold')}  ${paint(ids, 'dim')}  ${statusTag(p)}`];
  if (p.status === 'base-only') out.push(paint('  only in base: no clause of the other document carries this item', 'dim'));
  if (p.status === 'other-only') out.push(paint('  only in other: no clause of the base document carries this item', 'dim'));
  // The same change at the same place twice running, as shown with unchanged words in it (a phrase the item repeats:
  // {+净资产（+}所有者权益{+）+} ×2), is one line; a bare edit ([-不超过-]{+最高+}) is never folded (repeatKey).
  let last: { line: string; key: string | null } | null = null;
  let repeats = 1;
  const flush = () => {
    if (last) out.push(repeats > 1 ? `${last.line}  ${paint(`×${repeats}`, 'dim')}` : last.line);
  };
  for (const c of p.changes) {
    if (c.systematic) continue;
    const key = repeatKey(c);
    if (last && key !== null && key === last.key) {
      repeats++;
      continue;
    }
    flush();
    [last, repeats] = [{ line: renderChange(c, p), key }, 1];
  }
  flush();
  if (p.units && !p.changes.some((c) => c.kind === 'responsible-units' && !c.systematic)) {
    const side = (u: string[]) => (u.length ? u.join('、') : '—');
    const same = p.units.base.join('、') === p.units.other.join('、');
    out.push(paint(`  @ 责任单位          ${same ? side(p.units.other) : `${side(p.units.base)} → ${side(p.units.other)}`}`, 'dim'));
  }
  // Figures added or dropped with their items are shown on the items' line.
  const figures = listedFigures(p);
  if (figures.length) {
    out.push('  Figures');
    // Where each figure is, when the pair's labels do not say it (a 款 or 项 of an article, one clause of a merge).
    const places = figures.map((n) => placeLabel(n, p));
    const placed = places.some((x) => x !== null);
    const rows = figures.map((n, k) => [...(placed ? [places[k] ?? ''] : []), n.quantity, figure(n.before), figure(n.after), describeDelta(n), effectTag(n, inDoubt(p))]);
    const head = [...(placed ? ['where'] : []), 'what it measures', 'base', 'other', 'change', 'effect'];
    out.push(
      renderTable(head, rows.map((r) => r.map(String)), opts.width - 4)
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
  const check = p.link ? checkLinkNote(p.link) : null;
  return paint(p.status, style) + link + (check ? paint(`  ${check}`, 'yellow') : '');
}

function renderChange(c: Change, p: PairDiff): string {
  const tag = `  ${KIND_MARK[c.kind]} ${c.kind.padEnd(17)}`;
  const minor = c.minor ? paint(' (minor)', 'dim') : '';
  const whole = wholeNote(c);
  const place = whole || c.kind === 'paragraphs' ? null : placeLabel(c, p);
  let body: string;
  if (whole) body = `${whole}: ${paint((c.kind === 'text-added' ? c.after : c.before) ?? '', c.kind === 'text-added' ? 'green' : 'red')}`;
  else if (c.kind === 'items-added' || c.kind === 'items-dropped' || c.kind === 'items-renamed' || c.kind === 'responsible-units') {
    body = (joinItems(c) || `${c.before ?? '∅'} → ${c.after ?? '∅'}`) + itemFigures(c, p);
  } else if ((c.kind === 'text-added' || c.kind === 'text-dropped') && c.words?.some((s) => s.op === 'equal')) {
    // The words around an addition or a drop, so a fragment (对, 级) reads in its place.
    body = redline(c.words);
  } else if (c.kind === 'text-added') body = paint(c.after ?? '', 'green');
  else if (c.kind === 'text-dropped') body = paint(c.before ?? '', 'red');
  else if (c.kind === 'moved') body = `${c.before} ${paint('⇒', 'dim')} ${c.after}`;
  else if (c.kind === 'paragraphs') body = changeNote(c) ?? '';
  else if (c.chars) body = redline(c.chars);
  else if (c.words) body = redline(c.words);
  else body = `${c.before ?? '∅'} → ${c.after ?? '∅'}`;
  // Words dropped that another article now says: where they went (the note of a whole part says it already).
  const elsewhere = !whole && c.elsewhere ? paint(elsewhereNote(c), 'dim') : '';
  return `${c.minor ? paint(tag, 'dim') : tag}${place ? `${paint(place, 'dim')}  ` : ''}${body}${elsewhere}${minor}`;
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

function effectTag(n: NumberChange, doubtful: boolean): string {
  if (n.weak || n.scaleDependent) return paint(effectLabel(n), 'dim');
  if (n.effect === 'loosens') return paint(effectLabel(n, 'en', doubtful), 'green');
  if (n.effect === 'tightens') return paint(effectLabel(n, 'en', doubtful), 'red');
  return 'neutral';
}
