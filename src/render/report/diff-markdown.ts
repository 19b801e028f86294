// A document diff as a Markdown 修改对照表: summary and systematic changes on top, then base text | other text with redline | notes.
import type { DocumentDiff, PairDiff, Segment } from '../../model/clause-diff.js';
import { describeVariants, pairNotes, summaryLines } from './describe-changes.js';

export interface ReportOptions {
  /** Also list pairs that are identical or differ only by variants. */
  all: boolean;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[*_~`<>[\]]/g, (c) => `\\${c}`).replace(/\n/g, '<br>');
}

/** ~~deleted~~ and **inserted** runs. */
function redlineMarkdown(segments: Segment[]): string {
  return segments.map((s) => (s.op === 'equal' ? cell(s.text) : s.op === 'delete' ? `~~${cell(s.text)}~~` : `**${cell(s.text)}**`)).join('');
}

function otherCell(p: PairDiff): string {
  if (p.redline?.length) return redlineMarkdown(p.redline);
  return cell(p.text?.other ?? '');
}

export function renderDiffMarkdown(diff: DocumentDiff, opts: ReportOptions): string {
  const [head, ...summary] = summaryLines(diff);
  // Titles and names come from the documents: escaped, so a Markdown renderer shows them and runs nothing.
  const out = [`# 修改对照表：${cell(head!)}`, '', ...summary.map((l) => `- ${cell(l.trim())}`), ''];
  out.push('Deleted text is ~~struck through~~, inserted text is **bold**; variants (script, vocabulary, punctuation, jurisdiction names) are not marked.', '');
  out.push('| 条款 | 原文（base） | 修改后（other） | 说明 |', '|---|---|---|---|');
  const shown = diff.pairs.filter((p) => opts.all || (p.status !== 'identical' && p.status !== 'variant-only'));
  for (const p of shown) {
    const label = `${cell(p.labels.base || '—')}<br>↔ ${cell(p.labels.other || '—')}<br>*${p.status}*`;
    const notes = pairNotes(p).map(cell);
    if (p.variants.length) notes.push(cell(`variants: ${describeVariants(p.variants, 3)}`));
    out.push(`| ${label} | ${cell(p.text?.base ?? '')} | ${otherCell(p)} | ${notes.join('<br>')} |`);
  }
  const hidden = diff.pairs.length - shown.length;
  if (hidden) out.push('', `${hidden} pairs identical or differing only by variants are not listed (--all lists them).`);
  return `${out.join('\n')}\n`;
}
