// Pieces the UIs draw or move through the same way: the panes' layout, a document's header line, the help screen, the footer and its message, a list kept in view, stepping through a list.
import type { DocumentInfo } from '../../model/clause-diff.js';
import { type Line, fitLine, lineWidth, span } from './styled-line.js';
import type { Theme } from './tui-theme.js';

/** "Keys", one line per key and what it does, then the UI's own notes. */
export function keyHelpLines(t: Theme, keys: Array<[string, string]>, notes: Line[]): Line[] {
  return [[span('Keys', t.heading)], [], ...keys.map(([k, what]): Line => [span(`  ${k.padEnd(18)}`, t.heading), span(what)]), [], ...notes];
}

/** The footer while a search is typed: the text so far with a cursor. */
export function typingLine(t: Theme, label: string, draft: string): Line {
  return [span(`${label}: `, t.heading), span(draft), span('▏'), span('   enter keeps · esc cancels', t.dim)];
}

/** A document as the header names it: id · jurisdiction · stage · date · 文号. */
export function describeDoc(id: string, d: DocumentInfo | undefined, title: string): string {
  if (!d) return `${id}  ${title}`;
  const stage = d.stage === 'draft' ? '征求意见稿' : d.stage === 'final' ? '正式文件' : d.stage;
  return [id, d.jurisdiction ?? '', stage, d.date ?? 'undated', d.docNumber ?? 'no 文号'].filter(Boolean).join(' · ');
}

/** v held within [lo, hi]. */
export const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The first row a list of `rows` shows in `body` rows so that row `at` is in view with two rows of context (when there is room). */
export function keepInView(top: number, at: number, rows: number, body: number): number {
  let t = clamp(top, 0, Math.max(0, rows - body));
  if (at < 0) return t;
  const margin = Math.min(2, Math.floor((body - 1) / 2));
  if (at - margin < t) t = Math.max(0, at - margin);
  if (at + margin >= t + body) t = at + margin - body + 1;
  return clamp(t, 0, Math.max(0, rows - body));
}

/** A pane's lines from `top`, the last row saying how many more lines there are below when they do not all fit. */
export function scrolledPane(t: Theme, lines: Line[], top: number, height: number): Line[] {
  const shown = lines.slice(top, top + height);
  if (top + height < lines.length) shown[height - 1] = [span(`↓ ${lines.length - top - height + 1} more lines (tab, then j/k or PgDn)`, t.dim)];
  return shown;
}

/** The next (by 1) or previous (by −1) of a list of choices, round the end: the filters the f and F keys step through. */
export function cycle<T>(choices: readonly T[], current: T, by: number): T {
  return choices[(choices.indexOf(current) + by + choices.length) % choices.length]!;
}

/** The entry `by` places from `selected` in the visible list, kept within it; null when the list is empty. */
export function stepIn(visible: number[], selected: number, by: number): number | null {
  if (!visible.length) return null;
  const at = Math.max(0, visible.indexOf(selected));
  return visible[clamp(at + by, 0, visible.length - 1)]!;
}

/** The next (by 1) or previous (by −1) visible entry after `selected` that passes `wanted`; undefined when there is none. */
export function nextWhere(visible: number[], selected: number, by: 1 | -1, wanted: (i: number) => boolean): number | undefined {
  const at = visible.indexOf(selected);
  const order = by > 0 ? visible.slice(at + 1) : visible.slice(0, Math.max(0, at)).reverse();
  return order.find(wanted);
}

/** The footer: the message or the key hints on the left, where the reader is (`right`) always at the right. */
export function footerLine(t: Theme, width: number, message: { text: string; tone: 'info' | 'ok' | 'error' } | null, hints: string, right: Line): Line {
  const left = message ? span(message.text, message.tone === 'error' ? t.error : message.tone === 'ok' ? t.ok : t.heading) : span(hints, t.dim);
  return [...fitLine([left], Math.max(10, width - lineWidth(right))), ...right];
}

/** Where the reader is, for the right of the footer: the filter (marked unless `all`), the search in force, the position. */
export function wherePart(t: Theme, filter: string, query: string, visible: number[], selected: number): Line {
  const pos = selected >= 0 ? `${visible.indexOf(selected) + 1}/${visible.length}` : '0/0';
  const right: Line = [span('  '), span(`filter ${filter}`, filter === 'all' ? t.dim : t.warn)];
  if (query) right.push(span(` /${query}`, t.warn));
  right.push(span(` ${pos}`, t.dim));
  return right;
}

/** A line the footer shows after an action (saved, refused, nothing to do). */
export interface Message {
  text: string;
  tone: 'info' | 'ok' | 'error';
}

/** The panes of a list-and-detail screen (the diff UI and the check view): header and footer rows, the body's height, the two widths. */
export function layoutOf(width: number, height: number) {
  const header = 4;
  const footer = 1;
  const body = Math.max(3, height - header - footer - 1);
  const list = Math.max(24, Math.min(56, Math.round(width * 0.36)));
  return { header, footer, body, list, detail: Math.max(10, width - list - 1) };
}
