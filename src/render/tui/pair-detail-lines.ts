// The right pane of the diff UI as lines: the pair's heading, its figures as a table, items, units, variants, then its text as a redline.
import stringWidth from 'string-width';
import type { NumberChange, PairDiff, Segment, Variant } from '../../model/clause-diff.js';
import { joinShape, linkKindWord } from '../../model/review-policy.js';
import { changeNote, describeDelta, effectLabel, inDoubt, itemFigures, listedFigures, placeLabel } from '../report/describe-changes.js';
import { type Line, fitLine, span, wrapLine } from './styled-line.js';
import { editSpan, type Theme } from './tui-theme.js';

export interface DetailOptions {
  width: number;
  sideBySide: boolean;
  variantsOpen: boolean;
}

/** Narrowest pane in which side by side still leaves each side this many columns. */
export const SIDE_MIN = 30;

const cache = new WeakMap<PairDiff, Map<string, Line[]>>();

/** The detail lines of one pair (cached per pair and options: moving back and forth does not redo the work). */
export function pairDetailLines(p: PairDiff, opts: DetailOptions, theme: Theme): Line[] {
  const key = `${opts.width}|${opts.sideBySide}|${opts.variantsOpen}|${theme.color}`;
  let byKey = cache.get(p);
  if (!byKey) cache.set(p, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const lines = buildLines(p, opts, theme);
  byKey.set(key, lines);
  return lines;
}

function buildLines(p: PairDiff, opts: DetailOptions, theme: Theme): Line[] {
  const w = Math.max(10, opts.width);
  const out: Line[] = [];
  const st = theme.status[p.status];
  out.push(...wrapLine([span(`${st.mark} `, st.style), span(p.labels.base || '—', theme.heading), span('  ↔  ', theme.dim), span(p.labels.other || '—', theme.heading)], w, 2));
  const link = p.link;
  const meta: Line = [span(p.status, st.style), span(`  ${p.base.join('+') || '—'} ↔ ${p.other.join('+') || '—'}`, theme.dim)];
  if (link) {
    const low = link.needsReview === 'low-confidence';
    const kindWord = linkKindWord({ kind: link.kind, base: p.base, other: p.other });
    meta.push(span('  link '), span(link.score.toFixed(2), low ? theme.warn : theme.dim), span(` ${link.status}${kindWord ? ` ${kindWord}` : ''}`, theme.dim));
    if (low) meta.push(span('  low confidence: check it (c confirms, x rejects, l relinks)', theme.warn));
    else if (link.contested) meta.push(span('  another clause reads closer: check it (c confirms, x rejects, l relinks)', theme.warn));
    else if (link.needsReview === 'thin-move') meta.push(span('  linked out of order on little shared wording: check it (c confirms, x rejects, l relinks)', theme.warn));
    else if (link.needsReview === 'by-place') meta.push(span('  linked by its place on little shared wording (beyond what the clauses beside it share): check it (c confirms, x rejects, l relinks)', theme.warn));
    else if (link.needsReview === 'split' || link.needsReview === 'merge') meta.push(span(`  a ${joinShape({ base: p.base, other: p.other }) ?? link.needsReview} of several clauses: check it (c confirms, x rejects, l relinks)`, theme.warn));
  }
  out.push(...wrapLine(meta, w, 2));
  if (p.status === 'base-only') out.push(...wrapLine([span('Only in base: no clause of the other document carries this item. l links it by hand.', theme.dim)], w));
  if (p.status === 'other-only') out.push(...wrapLine([span('Only in other: no clause of the base document carries this item. l links it by hand.', theme.dim)], w));

  // Figures added or dropped with their items are shown with the items, below.
  const figures = listedFigures(p);
  if (figures.length) {
    out.push([], [span(`Figures (${figures.length})`, theme.heading)]);
    out.push(...figureTable(figures, p, w, theme));
  }
  const notes = p.changes.filter((c) => !c.systematic && c.kind !== 'numeric' && c.kind !== 'moved');
  const noteLines: Line[] = [];
  for (const c of notes) {
    const found = changeNote(c);
    if (!found) continue;
    const note = found + itemFigures(c, p);
    const style = c.kind === 'items-added' ? theme.loosens : c.kind === 'items-dropped' ? theme.tightens : undefined;
    const mark = c.kind === 'items-added' ? '+ ' : c.kind === 'items-dropped' ? '- ' : '~ ';
    noteLines.push(...wrapLine([span(mark, style), span(note, style)], w, 2));
  }
  // Who is responsible, even where the change of 责任单位 is systematic (reported once in the summary).
  if (p.units && !notes.some((c) => c.kind === 'responsible-units')) {
    const side = (u: string[]) => (u.length ? u.join('、') : '—');
    const same = p.units.base.join('、') === p.units.other.join('、');
    noteLines.push(...wrapLine([span('@ '), span(`责任单位: ${same ? side(p.units.other) : `${side(p.units.base)} → ${side(p.units.other)}`}`, theme.dim)], w, 2));
  }
  const moved = p.changes.find((c) => c.kind === 'moved');
  if (moved) noteLines.unshift(...wrapLine([span('^ ', theme.status.moved.style), span(`moved: ${moved.before} ⇒ ${moved.after}`)], w, 2));
  if (noteLines.length) out.push([], [span('Items, units and placement', theme.heading)], ...noteLines);
  if (p.variants.length) {
    out.push([]);
    out.push(...variantLines(p.variants, opts.variantsOpen, w, theme));
  }

  const text = p.text ?? { base: '', other: '' };
  const sideBySide = opts.sideBySide && w >= 2 * SIDE_MIN + 3;
  out.push([]);
  if (opts.sideBySide && !sideBySide) out.push([span(`Text: inline (side by side needs ${2 * SIDE_MIN + 3} columns here; widen the terminal)`, theme.heading)]);
  else out.push([span(sideBySide ? 'Text: base │ other' : theme.color ? 'Text (deleted in red, added in green)' : 'Text ([-deleted-] {+added+})', theme.heading)]);
  const segments: Segment[] = p.redline ?? onlySide(p, text);
  if (sideBySide) out.push(...sideBySideLines(segments, w, theme));
  else out.push(...wrapLine(segments.map((s) => segmentSpan(s, theme)), w));
  return out;
}

function onlySide(p: PairDiff, text: { base: string; other: string }): Segment[] {
  if (p.status === 'base-only') return [{ op: 'delete', text: text.base }];
  if (p.status === 'other-only') return [{ op: 'insert', text: text.other }];
  return [{ op: 'equal', text: text.other || text.base }];
}

function segmentSpan(s: Segment, theme: Theme) {
  return s.op === 'equal' ? span(s.text) : editSpan(theme, s.op, s.text);
}

/** One row of a figure table: what it measures, the two values, the change, and the effect (may be empty). */
export interface FigureCells {
  q: string;
  b: string;
  a: string;
  d: string;
  e: string;
  style?: Line[number]['style'];
}

/** quantity | base | other | change | effect as cells. */
/** The figures of a pair; each quantity led by its place where the pair's labels do not say it (第四十一条第二款：罚款). */
function figureTable(figures: NumberChange[], p: PairDiff, w: number, theme: Theme): Line[] {
  const cells = figures.map((n) => ({
    q: [placeLabel(n, p), n.quantity].filter(Boolean).join('：'),
    b: n.before?.text ?? '—',
    a: n.after?.text ?? '—',
    d: describeDelta(n),
    e: effectLabel(n, 'en', inDoubt(p)),
    style: n.scaleDependent ? theme.dim : n.effect === 'loosens' ? theme.loosens : n.effect === 'tightens' ? theme.tightens : undefined,
  }));
  return figureTableLines(cells, { q: 'what it measures', b: 'base', a: 'other', d: 'change', e: 'effect' }, w, theme);
}

/** A table of figures under dim headings; the quantity goes on a line of its own when the pane is narrow; an empty effect heading drops that column. */
export function figureTableLines(cells: FigureCells[], head: Omit<FigureCells, 'style'>, w: number, theme: Theme): Line[] {
  const cap = (xs: string[], min: number, max: number) => Math.min(max, Math.max(min, ...xs.map((x) => stringWidth(x))));
  let bw = cap([head.b, ...cells.map((c) => c.b)], 4, 30);
  let aw = cap([head.a, ...cells.map((c) => c.a)], 5, 30);
  const ew = head.e ? cap(cells.map((c) => c.e), 6, 8) : 0;
  const gaps = head.e ? 8 : 6;
  const natural = cap([head.d, ...cells.map((c) => c.d)], 6, 22);
  // A value is shown whole where the pane has room (三千元以上五万元以下); where it has not, the wider value column gives way, down to
  // 16, before anything else.
  while (bw + aw + natural + ew + gaps > w - 16 && (bw > 16 || aw > 16)) {
    if (bw >= aw) bw--;
    else aw--;
  }
  // The change column gives way next (the effect column must stay readable).
  const dw = Math.max(6, Math.min(natural, w - 2 - bw - aw - ew - gaps + 2));
  const rest = w - (bw + aw + dw + ew + gaps);
  const row = (c: FigureCells): Line[] => {
    // Where the change does not fit, its relative part says more than a cut-off amount: +1.3万亩 (+185.7%) → +185.7%.
    const rel = /\(([^)]+)\)$/.exec(c.d);
    const change = stringWidth(c.d) > dw && rel ? rel[1]! : c.d;
    const values: Line = [...fitLine([span(c.b)], bw), span('  '), ...fitLine([span(c.a)], aw), span('  '), ...fitLine([span(change)], dw)];
    if (head.e) values.push(span('  '), ...fitLine([span(c.e, c.style)], ew));
    if (rest >= 16) return [[...fitLine([span(c.q)], rest), span('  '), ...values]];
    return [...wrapLine([span(c.q)], w), [span('  '), ...values]];
  };
  const heading = row(head).map((l) => l.map((s) => ({ ...s, style: theme.dim })));
  return [...heading, ...cells.flatMap(row)];
}

function variantLines(variants: Variant[], open: boolean, w: number, theme: Theme): Line[] {
  const count = variants.reduce((a, v) => a + v.count, 0);
  const kinds = [...new Set(variants.map((v) => v.kind))].join(', ');
  const head = `≈ variants: ${count} place${count === 1 ? '' : 's'} (${kinds}), not counted as changes`;
  if (!open) return wrapLine([span(head, theme.dim), span('  v shows them', theme.dim)], w, 2);
  const lines = wrapLine([span(head, theme.dim), span('  v hides them', theme.dim)], w, 2);
  for (const v of variants) {
    const text = v.kind === 'script' ? `script: ${v.before}/${v.after} ×${v.count}` : `${v.kind}: ${v.before || '∅'} / ${v.after || '∅'} ×${v.count}`;
    lines.push(...wrapLine([span(`  ${text}`, theme.dim)], w, 4));
  }
  return lines;
}

/**
 * Base on the left (shared and deleted text), other on the right (shared and inserted text),
 * in blocks that end at a sentence shared by both, so matching sentences start on the same row.
 */
function sideBySideLines(segments: Segment[], w: number, theme: Theme): Line[] {
  const half = Math.floor((w - 3) / 2);
  const blocks: Array<{ left: Line; right: Line }> = [{ left: [], right: [] }];
  for (const s of segments) {
    const cur = blocks[blocks.length - 1]!;
    if (s.op === 'delete') cur.left.push(editSpan(theme, 'delete', s.text));
    else if (s.op === 'insert') cur.right.push(editSpan(theme, 'insert', s.text));
    else {
      // Cut the shared text after each sentence end; each piece closes a block. Each side is quoted in its own wording: where
      // variants make the base cut differently, the stretch stays one block.
      const cut = (t: string) => t.split(/(?<=[。；;\n])/);
      const right = cut(s.text);
      const left = s.base === undefined ? right : cut(s.base);
      const pieces = left.length === right.length ? right.map((r, i) => [left[i]!, r] as const) : [[s.base ?? s.text, s.text] as const];
      pieces.forEach(([l, r], i) => {
        const b = blocks[blocks.length - 1]!;
        b.left.push(span(l));
        b.right.push(span(r));
        if (i < pieces.length - 1 || /[。；;\n]$/.test(r)) blocks.push({ left: [], right: [] });
      });
    }
  }
  const out: Line[] = [];
  for (const b of blocks) {
    if (!b.left.length && !b.right.length) continue;
    const l = b.left.length ? wrapLine(b.left, half) : [];
    const r = b.right.length ? wrapLine(b.right, half) : [];
    for (let i = 0; i < Math.max(l.length, r.length); i++) {
      out.push([...fitLine(l[i] ?? [], half), span(' │ ', theme.dim), ...(r[i] ?? [])]);
    }
  }
  return out;
}
