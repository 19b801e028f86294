// The diff UI's screen as lines: header with both documents and counts, pair list by section, the selected pair, a footer.
import { LOW_CONFIDENCE_TEXT, isDoubtful } from '../../model/review-policy.js';
import type { PairDiff } from '../../model/clause-diff.js';
import { headingNote } from '../report/describe-changes.js';
import { type DiffTuiState, detailLinesOf, listRows, pickerChoices, visiblePairs } from './diff-tui-state.js';
import { type Line, fitLine, lineWidth, span } from './styled-line.js';
import type { Theme } from './tui-theme.js';
import { describeDoc, footerLine, keyHelpLines, layoutOf, scrolledPane, typingLine, wherePart } from './screen-parts.js';

export function diffFrame(s: DiffTuiState): Line[] {
  const L = layoutOf(s.width, s.height);
  const rows: Line[] = [...header(s)];
  const left = s.help ? [] : listPane(s, L.body, L.list);
  const right = s.help ? helpLines(s.theme) : s.picker ? pickerPane(s, L.body, L.detail) : detailPane(s, L.body);
  if (s.help) {
    for (let i = 0; i < L.body; i++) rows.push(fitLine(right[i] ?? [], s.width));
  } else {
    const sep = span('│', s.focus === 'detail' || s.picker ? s.theme.heading : s.theme.dim);
    for (let i = 0; i < L.body; i++) rows.push([...fitLine(left[i] ?? [], L.list), sep, ...fitLine(right[i] ?? [], L.detail)]);
  }
  rows.push(fitLine(footer(s), s.width));
  return rows;
}

function header(s: DiffTuiState): Line[] {
  const { diff } = s.model;
  const t = s.theme;
  const base: Line = [span('base  ', t.dim), span(describeDoc(diff.base, diff.documents?.base, diff.titles.base), t.heading)];
  const other: Line = [span('other ', t.dim), span(describeDoc(diff.other, diff.documents?.other, diff.titles.other), t.heading)];
  const sum = diff.summary;
  const by = sum.byStatus;
  const order = ['modified', 'moved', 'base-only', 'other-only', 'variant-only', 'identical'] as const;
  const long: Line = [];
  const short: Line = [];
  for (const k of order) {
    const n = by[k] ?? 0;
    const st = t.status[k];
    long.push(span(`${st.mark}${n} ${k}`, n ? st.style : t.dim), span('  '));
    short.push(span(`${st.mark}${n}`, n ? st.style : t.dim), span(' '));
  }
  // A law's revision: articles renumbered with their text unchanged, merges and splits, counted once.
  const moves = [sum.renumbered ? `${sum.renumbered} renumbered` : '', sum.joined?.merged ? `${sum.joined.merged} merged` : '', sum.joined?.split ? `${sum.joined.split} split` : ''].filter(Boolean).join(', ');
  if (moves) long.push(span(`(${moves})`, t.dim), span('  '));
  const f = sum.figures;
  const clauses: Line = [span(`${sum.clauses.base} ↔ ${sum.clauses.other} clauses │ `, t.dim)];
  const figures: Line = [span('│ figures: ', t.dim), span(`${f.changed} changed, ${f.added} added, ${f.dropped} dropped`, f.changed + f.added + f.dropped ? t.warn : t.dim)];
  const shortFigures: Line = [span('│ figures ', t.dim), span(`${f.changed} changed +${f.added} −${f.dropped}`, f.changed + f.added + f.dropped ? t.warn : t.dim)];
  // The renumbered, merged and split count stays on the line where the statuses are cut short, as long as it fits.
  const shortMoves: Line = moves ? [span(`(${moves})`, t.dim), span(' ')] : [];
  const counts =
    [[...clauses, ...long, ...figures], [...clauses, ...short, ...shortMoves, ...figures], [...clauses, ...short, ...figures], [...clauses, ...short, ...shortFigures]].find((l) => lineWidth(l) <= s.width) ??
    [...clauses, ...short, ...shortFigures];
  // Changes every pair shares are reported once here, not in each pair; a repeated edit is named here and listed in each pair.
  const sys = sum.systematic;
  const systematic: Line = sys.length
    ? [span(sys[0]!.pattern === 'edit' ? 'repeated: ' : 'systematic, once: ', t.heading), span(sys[0]!.description), span(sys.length > 1 ? `  (+${sys.length - 1} more)` : '', t.dim)]
    : [span('no systematic change', t.dim)];
  // A 节 or 编 heading renamed, added or dropped is no pair of the list: said here.
  const heads = diff.headings ?? [];
  if (heads.length) systematic.push(span('  │  ', t.dim), span(headingNote(heads[0]!), t.warn), span(heads.length > 1 ? `  (+${heads.length - 1} more)` : '', t.dim));
  // What the parse could not read cleanly comes first: the comparison may be coarse there (the JSON lists every one).
  const ws = diff.warnings;
  const warned: Line = ws.length
    ? [span(`⚠ ${ws.length > 1 ? `${ws.length} warnings, first ` : ''}${ws[0]!.document} line ${ws[0]!.line}: ${ws[0]!.message}`, t.warn), span('  │  ', t.dim), ...systematic]
    : systematic;
  return [fitLine(base, s.width), fitLine(other, s.width), fitLine(counts, s.width), fitLine(warned, s.width)];
}

/** The pair's title without its printed label (the list shows the labels in a column of their own). */
function titleOf(p: PairDiff): string {
  const side = p.base.length ? 'base' : 'other';
  const label = p.labels[side];
  const num = p.numbering?.[side] ?? '';
  return num && label.startsWith(num) ? label.slice(num.length) : label;
}

function listPane(s: DiffTuiState, height: number, width: number): Line[] {
  const t = s.theme;
  const visible = visiblePairs(s);
  if (!visible.length) {
    return [[span(s.query || s.draft ? 'No pair matches the search.' : `No pair under filter “${s.filter}”.`, t.warn)], [span('f changes the filter, esc clears the search.', t.dim)]];
  }
  const rows = listRows(s, visible).slice(s.listTop, s.listTop + height);
  return rows.map((r) => {
    if (r.kind === 'section') return fitLine([span(r.text, t.section)], width);
    const p = s.model.diff.pairs[r.index]!;
    const st = t.status[p.status];
    const score = scoreMark(p, t);
    const nb = p.numbering?.base || '—';
    const no = p.numbering?.other || '—';
    const nums = nb === no ? nb : `${nb}↔${no}`;
    const body = fitLine([span(` ${nums} `), span(titleOf(p), t.dim)], width - 2 - lineWidth(score));
    const line: Line = [span(`${st.mark} `, st.style), ...body, ...score];
    if (r.index !== s.selected) return line;
    const sel = s.focus === 'list' && !s.picker ? t.selected : t.selectedUnfocused;
    return line.map((x) => ({ ...x, style: { ...x.style, ...sel } }));
  });
}

/** The link's score (yellow where the link is doubtful: below the low-confidence line, contested, or resting on little shared wording), ✓ for a confirmed link, ✎ for one linked by hand. */
function scoreMark(p: PairDiff, t: Theme): Line {
  if (!p.link) return [span('    ')];
  if (p.link.status === 'confirmed') return [span('  ✓ ', t.ok)];
  if (p.link.status === 'manual') return [span('  ✎ ', t.ok)];
  const v = p.link.score >= 0.995 ? '1.0' : p.link.score.toFixed(2).replace(/^0/, '');
  const doubt = isDoubtful(p.link);
  return [span(` ${v}`, doubt ? t.warn : t.dim)];
}

function detailPane(s: DiffTuiState, height: number): Line[] {
  return scrolledPane(s.theme, detailLinesOf(s), s.detailTop, height);
}

function pickerPane(s: DiffTuiState, height: number, width: number): Line[] {
  const t = s.theme;
  const pk = s.picker!;
  const choices = pickerChoices(s);
  const side = pk.side === 'other' ? s.model.diff.other : s.model.diff.base;
  const out: Line[] = [
    fitLine([span(`Link ${pk.from.join('+')} with a unit of ${side}`, t.heading)], width),
    fitLine([span(`j/k move · / narrows${pk.query ? ` (“${pk.query}”)` : ''} · enter links · a adds to its link · esc cancels`, t.dim)], width),
  ];
  const pairOf = new Map<string, string>();
  for (const p of s.model.diff.pairs) {
    if (!p.link) continue;
    for (const id of pk.side === 'other' ? p.other : p.base) pairOf.set(id, (pk.side === 'other' ? p.base : p.other).join('+'));
  }
  for (let i = pk.top; i < Math.min(choices.length, pk.top + height - 2); i++) {
    const u = choices[i]!;
    const linked = pairOf.get(u.id);
    const line: Line = [span(`${u.id.padEnd(6)} `, t.dim), span(u.label), span(linked ? `  (now with ${linked})` : '  (unlinked)', t.dim)];
    out.push(i === pk.cursor ? fitLine(line, width).map((x) => ({ ...x, style: { ...x.style, ...t.selected } })) : line);
  }
  if (!choices.length) out.push([span('nothing matches', t.warn)]);
  return out;
}

const HELP: Array<[string, string]> = [
  ['j k  ↓ ↑', 'next / previous pair (in the text pane: scroll)'],
  ['PgDn PgUp  space', 'a page down / up'],
  ['g G  Home End', 'first / last'],
  ['enter → ', 'open the pair (focus the text pane)'],
  ['tab', 'switch between the list and the text pane'],
  ['n N', 'next / previous pair that changed'],
  ['/', 'search labels, text and figures (enter keeps it, esc clears)'],
  ['f F', 'filter: all, changed, numeric, added-dropped, moved, low-confidence'],
  ['s', 'side by side / inline redline'],
  ['v', 'show or hide the variants (script, vocabulary, place names)'],
  ['c', 'confirm the selected link'],
  ['x', 'reject it (its clauses become unmatched)'],
  ['l', 'relink: pick the clause of the other document by hand (enter: with it alone; a: added to the link it has)'],
  ['u', 'undo the last decision'],
  ['t T', "check the other (T: the base) document's attachment tables against its body"],
  ['?  esc', 'this help / close'],
  ['q  ctrl-c', 'quit'],
];

function helpLines(t: Theme): Line[] {
  return keyHelpLines(t, HELP, [
    [span('Marks: ', t.heading), span('~ modified ', t.status.modified.style), span('^ moved ', t.status.moved.style), span('- only in base ', t.status['base-only'].style), span('+ only in other ', t.status['other-only'].style), span('≈ variants only  = identical', t.dim)],
    [span(`Scores are calibrated: yellow (below ${LOW_CONFIDENCE_TEXT}, or another clause reads closer) means check it; ✓ confirmed, ✎ linked by hand.`, t.dim)],
    [span('Decisions are saved at once in alignments/<base>__<other>.json (previous version kept as .bak).', t.dim)],
  ]);
}

function footer(s: DiffTuiState): Line {
  const t = s.theme;
  if (s.draft !== null) return typingLine(t, s.picker ? 'narrow' : 'search', s.draft);
  const right = wherePart(t, s.filter, s.query, visiblePairs(s), s.selected);
  return footerLine(t, s.width, s.message, '? keys · j/k move · enter open · tab pane · n/N change · / search · f filter · s side · v variants · c/x/l/u review · t check · q quit', right);
}

