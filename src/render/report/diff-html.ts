// A document diff as one self-contained HTML 修改对照表 (no network, prints well): summary on top, then a three-column table.
import type { DocumentDiff, PairDiff, Segment } from '../../model/clause-diff.js';
import { describeVariants, pairNotes, summaryLines } from './describe-changes.js';
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
th, td { border: 1px solid #999; padding: 0.4em 0.5em; vertical-align: top; word-break: break-all; white-space: pre-wrap; }
th { background: #eee; }
th.label { width: 12%; } th.base, th.other { width: 33%; } th.notes { width: 22%; }
td.label .status { display: block; font-size: 0.85em; color: #555; }
del { color: #b00; text-decoration: line-through; background: #fdd; }
ins { color: #060; text-decoration: underline; background: #dfd; }
td.notes ul { margin: 0; padding-left: 1.1em; }
.loosens { color: #060; } .tightens { color: #b00; }
.variants { color: #666; font-size: 0.85em; }
tr.base-only td.base, tr.other-only td.other { background: #fff7d6; }
@media print { body { margin: 0; font-size: 10.5pt; } thead { display: table-header-group; } tr { page-break-inside: avoid; } .summary { background: none; } }
`;

function noteHtml(note: string): string {
  return esc(note).replace(/（([^（）]*)，(loosens|tightens)）$/, (_m, d: string, e: string) => `（${d}，<span class="${e}">${e}</span>）`);
}

function row(p: PairDiff): string {
  const notes = pairNotes(p).map((n) => `<li>${noteHtml(n)}</li>`);
  if (p.variants.length) notes.push(`<li class="variants">variants: ${esc(describeVariants(p.variants, 3))}</li>`);
  const other = p.redline?.length ? redlineHtml(p.redline) : esc(p.text?.other ?? '');
  return (
    `<tr class="${p.status}"><td class="label">${esc(p.labels.base || '—')}<br>↔ ${esc(p.labels.other || '—')}<span class="status">${p.status}</span></td>` +
    `<td class="base">${esc(p.text?.base ?? '')}</td><td class="other">${other}</td><td class="notes">${notes.length ? `<ul>${notes.join('')}</ul>` : ''}</td></tr>`
  );
}

export function renderDiffHtml(diff: DocumentDiff, opts: ReportOptions): string {
  const [head, ...summary] = summaryLines(diff);
  const shown = diff.pairs.filter((p) => opts.all || (p.status !== 'identical' && p.status !== 'variant-only'));
  const hidden = diff.pairs.length - shown.length;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>修改对照表 ${esc(head!)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>修改对照表</h1>
<p>${esc(head!)}</p>
<ul class="summary">
${summary.map((l) => `<li>${esc(l.trim())}</li>`).join('\n')}
</ul>
<p>Deleted text is <del>struck through</del>, inserted text is <ins>underlined</ins>. Variants (script, vocabulary, punctuation, jurisdiction names) are not marked; each row lists them in its notes.</p>
<table>
<thead><tr><th class="label">条款</th><th class="base">原文（${esc(diff.base)}）</th><th class="other">修改后（${esc(diff.other)}）</th><th class="notes">说明</th></tr></thead>
<tbody>
${shown.map(row).join('\n')}
</tbody>
</table>
${hidden ? `<p>${hidden} pairs identical or differing only by variants are not listed.</p>` : ''}
<p class="variants">Made by PolicyDiff.</p>
</body>
</html>
`;
}
