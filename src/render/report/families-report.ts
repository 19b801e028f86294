// Families as a terminal table or as CSV (UTF-8, RFC 4180 quoting) for R or pandas.
import type { FamilyFigures, FamilyTable, Membership } from '../../model/family.js';
import { paint, renderTable } from '../terminal-output.js';

const MARK: Record<Membership['mark'], string> = { adopted: '●', partial: '◐', absent: '·' };

export function renderFamiliesText(t: FamilyTable, width: number): string {
  const docs = t.documents.map((d) => d.id);
  const rows = t.families.map((f) => [f.id, f.title, ...docs.map((d) => cell(f.members[d]))]);
  const adopted = (d: string) => t.families.filter((f) => f.members[d]?.mark !== 'absent').length;
  return [
    paint(`${t.families.length} policy items across ${docs.length} documents, anchored on ${t.anchor}`, 'bold'),
    `● adopted  ◐ partly (a split, merge or weak link)  · absent`,
    `items carried: ${docs.map((d) => `${d} ${adopted(d)}`).join(' · ')}`,
    '',
    renderTable(['family', 'item', ...docs], rows, Math.max(width, 60 + docs.length * 14)),
  ].join('\n');
}

function cell(m: Membership | undefined): string {
  if (!m || m.mark === 'absent') return MARK.absent;
  return `${MARK[m.mark]} ${m.ids.join('+')}`;
}

export function renderFigureText(f: FamilyFigures, width: number): string {
  if (f.rows.length === 0) return `${f.family}: the anchor clause states no figures.`;
  const rows = f.rows.map((r) => [r.quantity, ...f.documents.map((d) => r.values[d]?.text ?? '—')]);
  return [paint(`figures of ${f.family}, each document's figure for the same quantity`, 'bold'), '', renderTable(['what it measures', ...f.documents], rows, width)].join('\n');
}

export function renderFamiliesCsv(t: FamilyTable): string {
  const docs = t.documents.map((d) => d.id);
  const head = ['family', 'section', 'item', ...docs.flatMap((d) => [`${d}_mark`, `${d}_clauses`])];
  const rows = t.families.map((f) => [f.id, f.section ?? '', f.title, ...docs.flatMap((d) => [f.members[d]?.mark ?? 'absent', (f.members[d]?.ids ?? []).join('+')])]);
  return toCsv([head, ...rows]);
}

export function renderFigureCsv(f: FamilyFigures): string {
  const head = ['family', 'quantity', ...f.documents.flatMap((d) => [`${d}_text`, `${d}_value`, `${d}_unit`])];
  const rows = f.rows.map((r) => [f.family, r.quantity, ...f.documents.flatMap((d) => [r.values[d]?.text ?? '', r.values[d]?.value ?? '', r.values[d]?.unit ?? ''])]);
  return toCsv([head, ...rows]);
}

export function toCsv(rows: Array<Array<string | number>>): string {
  const quote = (v: string | number) => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
