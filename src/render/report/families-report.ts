// Families as a terminal table or as CSV (UTF-8 with BOM, RFC 4180 quoting) for R or pandas.
import { toCsv } from './to-csv.js';
import type { FamilyDocument, FamilyFigures, FamilyTable, Membership } from '../../model/family.js';
import { fit, paint, renderTable } from '../terminal-output.js';

/** Display columns an item's title takes in the text table. */
const ITEM_WIDTH = 40;

const MARK: Record<Membership['mark'], string> = { adopted: '●', partial: '◐', absent: '·' };

/** A document's column head for people: its jurisdiction, draft for a draft (before the id, so a narrow column keeps it), its id. */
export function columnHead(d: FamilyDocument): string {
  return [d.jurisdiction, d.stage === 'draft' ? 'draft' : '', d.id].filter(Boolean).join(' ');
}

/** A document's prefix of CSV column names: its id, then its jurisdiction and _draft where known (jiande-2024_建德市_mark). */
export function columnKey(d: FamilyDocument): string {
  return `${d.id}${d.jurisdiction ? `_${d.jurisdiction}` : ''}${d.stage === 'draft' ? '_draft' : ''}`;
}

/** The documents of a figures table, named as in the families table where it is known. */
function documentsOf(ids: string[], known: FamilyDocument[]): FamilyDocument[] {
  return ids.map((id) => known.find((d) => d.id === id) ?? { id, jurisdiction: '', level: '', stage: '' });
}

export function renderFamiliesText(t: FamilyTable, width: number): string {
  const docs = t.documents.map((d) => d.id);
  // Item titles are cut to a reasonable width so the documents' columns fit beside them (the full title is in the CSV and JSON).
  const rows = t.families.map((f) => [f.id, fit(f.title, ITEM_WIDTH), ...docs.map((d) => cell(f.members[d]))]);
  const adopted = (d: string) => t.families.filter((f) => f.members[d]?.mark !== 'absent').length;
  return [
    paint(`${t.families.length} policy items across ${docs.length} documents, anchored on ${t.anchor}`, 'bold'),
    `● adopted  ◐ partly (a split, merge or weak link)  · absent${viaLegend(t)}`,
    `items carried: ${docs.map((d) => `${d} ${adopted(d)}`).join(' · ')}`,
    ...implementsLines(t),
    '',
    renderTable(['family', 'item', ...t.documents.map(columnHead)], rows, Math.max(width, 60 + docs.length * 14)),
  ].join('\n');
}

function cell(m: Membership | undefined): string {
  if (!m || m.mark === 'absent') return MARK.absent;
  return `${MARK[m.mark]} ${m.ids.join('+')}${m.via ? ' ↑' : ''}`;
}

/** The legend of ↑, where some cell was linked through the document its document implements. */
function viaLegend(t: FamilyTable): string {
  return t.documents.some((d) => d.parent) ? '  ↑ through the document it implements' : '';
}

/** Which document implements which, where that is not the anchor (each was aligned with its parent too). */
function implementsLines(t: FamilyTable): string[] {
  return t.documents.filter((d) => d.parent).map((d) => `${d.id} implements ${d.parent}`);
}

export function renderFigureText(f: FamilyFigures, width: number, known: FamilyDocument[] = []): string {
  if (f.rows.length === 0) return `${f.family}: the clause states no figures.`;
  // A weakly paired figure is shown with ? before it: it may measure something else.
  // A figure only members state (the reference clause has none for it) is marked + after its quantity.
  const rows = f.rows.map((r) => [`${r.quantity}${r.added ? ' +' : ''}`, ...f.documents.map((d) => (r.values[d] ? `${r.weak?.includes(d) ? '? ' : ''}${r.values[d]!.text}` : '—'))]);
  const heads = documentsOf(f.documents, known).map(columnHead);
  const note = [
    ...(f.rows.some((r) => r.weak?.length) ? ['', paint('? a weak pairing: the figure may measure something else', 'dim')] : []),
    ...(f.rows.some((r) => r.added) ? ['', paint(`+ a figure ${f.reference ?? 'the reference'} does not state, which these documents add`, 'dim')] : []),
  ];
  return [paint(`figures of ${f.family}${f.reference ? ` (as ${f.reference} states them)` : ''}, each document's figure for the same quantity`, 'bold'), '', renderTable(['what it measures', ...heads], rows, width), ...note].join('\n');
}

export function renderFamiliesCsv(t: FamilyTable): string {
  const docs = t.documents.map((d) => d.id);
  const key = new Map(t.documents.map((d) => [d.id, columnKey(d)]));
  // Where some document implements another of the table: the document each cell was linked through, after every other column.
  const via = t.documents.some((d) => d.parent) ? docs : [];
  const head = ['family', 'section', 'item', ...docs.flatMap((d) => [`${key.get(d)}_mark`, `${key.get(d)}_clauses`]), ...via.map((d) => `${key.get(d)}_via`)];
  const rows = t.families.map((f) => [
    f.id, f.section ?? '', f.title, ...docs.flatMap((d) => [f.members[d]?.mark ?? 'absent', (f.members[d]?.ids ?? []).join('+')]), ...via.map((d) => f.members[d]?.via ?? ''),
  ]);
  return toCsv([head, ...rows]);
}

/** One row per quantity: each document's figure as printed, its value and unit, and its comparator (max, min, range … with the lower bound of a range). */
export function renderFigureCsv(f: FamilyFigures, known: FamilyDocument[] = []): string {
  const keys = documentsOf(f.documents, known).map(columnKey);
  // reference_states (last, so the columns before it stay where they were): no where only members state the figure.
  const head = ['family', 'quantity', ...keys.flatMap((d) => [`${d}_text`, `${d}_value`, `${d}_unit`, `${d}_comparator`, `${d}_min`]), ...keys.map((d) => `${d}_weak`), 'reference_states'];
  const rows = f.rows.map((r) => [
    f.family,
    r.quantity,
    ...f.documents.flatMap((d) => {
      const v = r.values[d];
      return [v?.text ?? '', v?.value ?? '', v?.unit ?? '', v ? `${v.comparator}${v.strict ? ' excl' : ''}` : '', v?.range?.min ?? ''];
    }),
    ...f.documents.map((d) => (r.weak?.includes(d) ? 'yes' : '')),
    r.added ? 'no' : 'yes',
  ]);
  return toCsv([head, ...rows]);
}


const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const mdCell = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The families matrix as a Markdown table. */
export function renderFamiliesMarkdown(t: FamilyTable): string {
  const docs = t.documents.map((d) => d.id);
  return [
    `# Policy items across ${docs.length} documents (anchor: ${t.anchor})`,
    '',
    `● adopted · ◐ partly (a split, merge or weak link) · absent left blank${viaLegend(t)}`,
    ...implementsLines(t).map((l) => `- ${l}`),
    '',
    `| family | item | ${t.documents.map(columnHead).join(' | ')} |`,
    `|---|---|${docs.map(() => '---').join('|')}|`,
    ...t.families.map((f) => `| ${f.id} | ${mdCell(f.title)} | ${docs.map((d) => (f.members[d]?.mark === 'absent' ? '' : cell(f.members[d]))).join(' | ')} |`),
    '',
  ].join('\n');
}

/** The families matrix as one self-contained HTML page. */
export function renderFamiliesHtml(t: FamilyTable): string {
  const docs = t.documents;
  const head = docs.map((d) => `<th>${escapeHtml(d.id)}<br><small>${escapeHtml(d.jurisdiction)} ${escapeHtml(d.stage)}</small></th>`).join('');
  const rows = t.families
    .map((f) => `<tr><td>${escapeHtml(f.id)}</td><td>${escapeHtml(f.title)}</td>${docs.map((d) => `<td class="${f.members[d.id]?.mark ?? 'absent'}">${escapeHtml(cell(f.members[d.id]))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Policy items (anchor ${escapeHtml(t.anchor)})</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:2em}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top}th{background:#eee}td.adopted{background:#e4f4e4}td.partial{background:#fff4cc}td.absent{color:#999;text-align:center}@media print{thead{display:table-header-group}tr{page-break-inside:avoid}}</style>
</head><body>
<h1>${t.families.length} policy items across ${docs.length} documents</h1>
<p>Anchored on ${escapeHtml(t.anchor)}. ● adopted · ◐ partly (a split, merge or weak link) · absent.${escapeHtml(viaLegend(t))}</p>
${implementsLines(t).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<table><thead><tr><th>family</th><th>item</th>${head}</tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
