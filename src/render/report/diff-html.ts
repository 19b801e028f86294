// A document diff as one self-contained HTML 修改对照表 (no network, prints well): summary on top, then a three-column table.
import type { DocumentDiff, PairDiff, Segment } from '../../model/clause-diff.js';
import { columnHeads, describeVariants, pairNotes, statusLabel, summaryLines, tableLabels, type Lang } from './describe-changes.js';
import { loadReportWords } from '../../lexicon/load-report-words.js';
import { reportRows } from './report-rows.js';
import type { ReportOptions } from './diff-markdown.js';

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function redlineHtml(segments: Segment[]): string {
  return segments.map((s) => (s.op === 'equal' ? esc(s.text) : s.op === 'delete' ? `<del>${esc(s.text)}</del>` : `<ins>${esc(s.text)}</ins>`)).join('');
}

const STYLE = `
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; margin: 2em; color: #111; line-height: 1.6; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
.summary { margin: 0 0 1.5em; padding: 0.8em 1em; border: 1px solid #bbb; background: #f7f7f7; }
.summary li { margin: 0.1em 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #999; padding: 0.4em 0.5em; vertical-align: top; word-break: normal; overflow-wrap: anywhere; white-space: pre-wrap; }
th { background: #eee; }
th.label { width: 12%; } th.base, th.other { width: 33%; } th.notes { width: 22%; }
td.label .status { display: block; font-size: 0.85em; color: #555; }
del { color: #b00; text-decoration: line-through; background: #fdd; }
ins { color: #060; text-decoration: underline; background: #dfd; }
td.notes ul { margin: 0; padding-left: 1.1em; }
.loosens { color: #060; } .tightens { color: #b00; }
.variants { color: #666; font-size: 0.85em; }
tr.base-only td.base, tr.other-only td.other { background: #fff7d6; }
@page { size: A4; margin: 15mm 12mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }
@media print { body { margin: 0; font-size: 10.5pt; } thead { display: table-header-group; } tr { page-break-inside: avoid; } .summary { background: none; } }
`;

/** A note with its verdict coloured: （+50万元，loosens） or （+50万元，放宽）, 放宽？ in a link to check. */
function noteHtml(note: string, lang: Lang): string {
  const w = loadReportWords(lang);
  const [loosens, tightens] = [w('effect.loosens'), w('effect.tightens')];
  // …with the mark of a verdict in a link to check (放宽？, loosens?).
  return esc(note).replace(new RegExp(`（([^（）]*)，(${loosens}|${tightens})([？?]?)）$`), (_m, d: string, e: string, q: string) => `（${d}，<span class="${e === loosens ? 'loosens' : 'tightens'}">${e}${q}</span>）`);
}

function row(p: PairDiff, lang: Lang, heads: [string, string], oldNew = false): string {
  const w = loadReportWords(lang);
  const notes = pairNotes(p, lang, heads).map((n) => `<li>${noteHtml(n, lang)}</li>`);
  if (p.variants.length) notes.push(`<li class="variants">${esc(w('note.variants', { x: describeVariants(p.variants, 3, lang) }))}</li>`);
  const other = p.redline?.length ? redlineHtml(p.redline) : esc(p.text?.other ?? '');
  if (oldNew) {
    // 新旧对照表: each article's number in its own cell, the status among the notes.
    const numbered = (n: string | undefined, body: string) => (body ? `<b>${esc(n ?? '')}</b>　${body}` : '');
    notes.unshift(`<li>${esc(statusLabel(p.status, lang))}</li>`);
    return `<tr class="${p.status}"><td class="base">${numbered(p.numbering?.base, esc(p.text?.base ?? ''))}</td><td class="other">${numbered(p.numbering?.other, p.text?.other ? other : '')}</td><td class="notes"><ul>${notes.join('')}</ul></td></tr>`;
  }
  const label = tableLabels(p);
  return (
    `<tr class="${p.status}"><td class="label">${esc(label.base)}<br>↔ ${esc(label.other)}<span class="status">${esc(statusLabel(p.status, lang))}</span></td>` +
    `<td class="base">${esc(p.text?.base ?? '')}</td><td class="other">${other}</td><td class="notes">${notes.length ? `<ul>${notes.join('')}</ul>` : ''}</td></tr>`
  );
}

/** The 修改对照表 in Chinese (headings, statuses, summary, notes), or with `lang: 'en'` in English. */
export function renderDiffHtml(diff: DocumentDiff, opts: ReportOptions): string {
  const lang = opts.lang ?? 'zh';
  const w = loadReportWords(lang);
  const [head, ...summary] = summaryLines(diff, lang);
  const heads = columnHeads(diff, lang);
  const shown = reportRows(diff, { all: opts.all, byNew: opts.oldNew });
  const title = w(opts.oldNew ? 'report.title-old-new' : 'report.title');
  const hidden = diff.pairs.length - shown.length;
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${esc(title)} ${esc(head!)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p>${esc(head!)}</p>
<ul class="summary">
${summary.map((l) => `<li>${esc(l.trim())}</li>`).join('\n')}
</ul>
<p>${esc(w('report.legend'))
    .replace(lang === 'zh' ? '删除线' : 'struck through', (m) => `<del>${m}</del>`)
    .replace(lang === 'zh' ? '下划线' : 'underlined', (m) => `<ins>${m}</ins>`)}</p>
<table>
<thead><tr>${opts.oldNew ? `<th class="base">${esc(w('head.old-article'))}（${esc(diff.base)}）</th><th class="other">${esc(w('head.new-article'))}（${esc(diff.other)}）</th>` : `<th class="label">${esc(w('head.label'))}</th><th class="base">${esc(heads[0])}（${esc(diff.base)}）</th><th class="other">${esc(heads[1])}（${esc(diff.other)}）</th>`}<th class="notes">${esc(w('head.notes'))}</th></tr></thead>
<tbody>
${shown.map((p) => row(p, lang, heads, opts.oldNew)).join('\n')}
</tbody>
</table>
${hidden ? `<p>${esc(w('report.hidden', { n: hidden }))}</p>` : ''}
<p class="variants">${esc(w('report.made'))}</p>
</body>
</html>
`;
}
