// The families matrix screen as lines: policy items × jurisdictions with adoption marks, and one item's figures per jurisdiction.
import type { FamilyTable, Membership } from '../../model/family.js';
import { type FamiliesTuiState, familiesLayout, visibleFamilies } from './families-tui-state.js';
import { type Line, fitLine, span } from './styled-line.js';
import type { Theme } from './tui-theme.js';
import { keyHelpLines, typingLine } from './screen-parts.js';

/** Column headings: the jurisdiction (else the id), with 稿 for a draft — a draft is marked as one in every view. */
export function columnNames(t: FamilyTable): string[] {
  return t.documents.map((d) => `${d.jurisdiction || d.id}${d.stage === 'draft' ? '稿' : ''}`);
}

const factsCache = new WeakMap<FamilyTable, { names: string[]; carried: string[] }>();

/** Column headings and items carried per document: read from the table once, not on every key (the table may hold 1,000 documents). */
function tableFacts(t: FamilyTable): { names: string[]; carried: string[] } {
  let f = factsCache.get(t);
  if (!f) {
    const names = columnNames(t);
    const carried = t.documents.map((d, k) => `${names[k]} ${t.families.filter((fam) => (fam.members[d.id]?.mark ?? 'absent') !== 'absent').length}`);
    factsCache.set(t, (f = { names, carried }));
  }
  return f;
}

function markCell(m: Membership | undefined, t: Theme): Line {
  if (!m || m.mark === 'absent') return [span('·', t.dim)];
  const mark = m.mark === 'adopted' ? '●' : '◐';
  return [span(mark, m.mark === 'adopted' ? t.ok : t.warn), span(` ${m.ids.join('+')}`, t.dim)];
}

export function familiesFrame(s: FamiliesTuiState): Line[] {
  const t = s.theme;
  const L = familiesLayout(s);
  const table = s.table;
  const { names, carried } = tableFacts(table);
  const visible = visibleFamilies(s);
  const anchorName = table.documents[0]?.jurisdiction;
  const rows: Line[] = [];
  rows.push(fitLine([span(`${table.families.length} policy items across ${table.documents.length} documents, anchored on ${table.anchor}${anchorName ? ` (${anchorName})` : ''}`, t.heading)], s.width));
  const legend: Line = [span('● adopted ', t.ok), span('◐ partly (split, merge or weak link) ', t.warn), span('· absent', t.dim), span('  │ ', t.dim), span(`filter ${s.filter}`, s.filter === 'all' ? t.dim : t.warn), span(` ${visible.length}/${table.families.length}`, t.dim)];
  if (s.query) legend.push(span(`  /${s.query}`, t.warn));
  rows.push(fitLine(legend, s.width));
  rows.push(fitLine([span(`items carried: ${carried.join(' · ')}`, t.dim)], s.width));
  if (s.help) {
    const help = helpLines(t);
    for (let i = 0; i < L.body; i++) rows.push(fitLine(help[i] ?? [], s.width));
    rows.push(fitLine(footer(s, visible), s.width));
    return rows;
  }
  const cols = table.documents.map((_, k) => k).slice(s.column, s.column + L.columns);
  const more = table.documents.length - s.column - cols.length;
  const head: Line = [...fitLine([span('item', t.dim)], L.idWidth + 1 + L.titleWidth), span(' ')];
  for (const k of cols) head.push(...fitLine([span(names[k]!, k === 0 ? t.heading : undefined)], L.cell - 1), span(' '));
  if (s.column > 0 || more > 0) head.push(span(`${s.column > 0 ? '←' : ' '}${more > 0 ? `→${more}` : ''}`, t.dim));
  rows.push(fitLine(head, s.width));
  for (let r = 0; r < L.matrix; r++) {
    const i = visible[s.top + r];
    if (i === undefined) {
      rows.push(r === 0 ? fitLine([span('No item passes the filter or search (f, esc).', t.warn)], s.width) : fitLine([], s.width));
      continue;
    }
    const fam = table.families[i]!;
    let line: Line = [...fitLine([span(fam.id, t.dim)], L.idWidth), span(' '), ...fitLine([span(fam.title)], L.titleWidth), span(' ')];
    for (const k of cols) line.push(...fitLine(markCell(fam.members[table.documents[k]!.id], t), L.cell - 1), span(' '));
    line = fitLine(line, s.width);
    if (i === s.selected) line = line.map((x) => ({ ...x, style: { ...x.style, ...(s.focus === 'matrix' ? t.selected : t.selectedUnfocused) } }));
    rows.push(line);
  }
  if (s.figures) rows.push(...figureRows(s, cols, names, L));
  while (rows.length < 3 + L.body) rows.push(fitLine([], s.width));
  rows.length = 3 + L.body;
  rows.push(fitLine(footer(s, visible), s.width));
  return rows;
}

function figureRows(s: FamiliesTuiState, cols: number[], names: string[], L: ReturnType<typeof familiesLayout>): Line[] {
  const t = s.theme;
  const f = s.figures!;
  const fam = s.table.families.find((x) => x.id === f.family);
  const out: Line[] = [fitLine([span(`Figures of ${f.family} ${fam?.title ?? ''}`, t.heading), span('  (tab: choose a quantity · esc closes)', t.dim)], s.width)];
  const chosen = f.rows[s.quantity];
  if (chosen) {
    const values = f.documents.map((d, k) => `${names[k]} ${chosen.values[d] ? `${chosen.weak?.includes(d) ? '? ' : ''}${chosen.values[d]!.text}` : '—'}`).join(' · ');
    out.push(fitLine([span(`${chosen.quantity}: `, t.heading), span(values)], s.width));
  }
  const height = L.figures - out.length;
  const first = Math.max(0, Math.min(s.quantity - height + 1, f.rows.length - height));
  for (let r = first; r < Math.min(f.rows.length, first + height); r++) {
    const row = f.rows[r]!;
    // A figure the reference clause does not state, which members add, is marked + as in the text report.
    let line: Line = [...fitLine([span(`${row.quantity}${row.added ? ' +' : ''}`)], L.idWidth + 1 + L.titleWidth), span(' ')];
    // Figures that differ from the reference's (the anchor's, or the first document carrying an item the anchor does not) in yellow.
    const anchorValue = row.values[f.reference ?? f.documents[0]!]?.value;
    for (const k of cols) {
      const v = row.values[f.documents[k]!];
      const differs = v && anchorValue !== undefined && v.value !== anchorValue;
      const weak = v && row.weak?.includes(f.documents[k]!) ? '? ' : '';
      line.push(...fitLine([span(v ? `${weak}${v.text}` : '—', v ? (differs ? t.warn : weak ? t.dim : undefined) : t.dim)], L.cell - 1), span(' '));
    }
    line = fitLine(line, s.width);
    if (r === s.quantity) line = line.map((x) => ({ ...x, style: { ...x.style, ...(s.focus === 'figures' ? t.selected : t.selectedUnfocused) } }));
    out.push(line);
  }
  return out;
}

const HELP: Array<[string, string]> = [
  ['j k  ↓ ↑', 'next / previous item (in the figures: quantity)'],
  ['PgDn PgUp  g G', 'a page down / up, first / last'],
  ['← →  h l', 'scroll the jurisdiction columns'],
  ['enter', "the selected item's figures in every jurisdiction"],
  ['tab', 'between the matrix and the figures'],
  ['/', 'search item titles and ids (enter keeps it, esc clears)'],
  ['f F', 'filter: all, uneven (some jurisdiction left it out or changed it), partial, unanchored'],
  ['?  esc', 'this help / close'],
  ['q  ctrl-c', 'quit'],
];

function helpLines(t: Theme): Line[] {
  return keyHelpLines(t, HELP, [[span('Figures in yellow differ from the anchor’s; — means the jurisdiction states none for that quantity.', t.dim)]]);
}

function footer(s: FamiliesTuiState, visible: number[]): Line {
  const t = s.theme;
  if (s.draft !== null) return typingLine(t, 'search', s.draft);
  const pos: Line = [span(`  ${visible.indexOf(s.selected) + 1}/${visible.length}`, t.dim)];
  const width = Math.max(10, s.width - 2 - String(visible.length).length * 2 - 1);
  if (s.message) return [...fitLine([span(s.message.text, s.message.tone === 'error' ? t.error : t.heading)], width), ...pos];
  return [...fitLine([span('j/k move · enter figures · tab pane · ←/→ columns · / search · f filter · ? help · q quit', t.dim)], width), ...pos];
}
