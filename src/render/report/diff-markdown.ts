// A document diff as a Markdown 修改对照表: summary and systematic changes on top, then base text | other text with redline | notes.
import type { DocumentDiff, PairDiff, Segment } from '../../model/clause-diff.js';
import { columnHeads, describeVariants, pairNotes, statusLabel, summaryLines, tableLabels, type Lang } from './describe-changes.js';
import { loadReportWords } from '../../lexicon/load-report-words.js';
import { reportRows } from './report-rows.js';

export interface ReportOptions {
  /** Also list pairs that are identical or differ only by variants. */
  all: boolean;
  /** The words of the report: Chinese (the default) or English. */
  lang?: Lang;
  /** A 新旧对照表: three columns (原条文 / 修改后条文 / 说明), each article's number in its cell, in the order of the new text. */
  oldNew?: boolean;
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
  const lang = opts.lang ?? 'zh';
  const w = loadReportWords(lang);
  const [head, ...summary] = summaryLines(diff, lang);
  const heads = columnHeads(diff, lang);
  // Titles and names come from the documents: escaped, so a Markdown renderer shows them and runs nothing.
  const out = [`# ${w(opts.oldNew ? 'report.title-old-new' : 'report.title')}：${cell(head!)}`, '', ...summary.map((l) => `- ${cell(l.trim())}`), ''];
  out.push(
    lang === 'zh'
      ? '删除的文字加~~删除线~~，增加的文字为**粗体**；繁简、用词、标点和地名的差异不作标记。'
      : 'Deleted text is ~~struck through~~, inserted text is **bold**; variants (script, vocabulary, punctuation, jurisdiction names) are not marked.',
    '',
  );
  if (opts.oldNew) out.push(`| ${w('head.old-article')} | ${w('head.new-article')} | ${w('head.notes')} |`, '|---|---|---|');
  else out.push(`| ${w('head.label')} | ${cell(heads[0])}（${cell(diff.base)}） | ${cell(heads[1])}（${cell(diff.other)}） | ${w('head.notes')} |`, '|---|---|---|---|');
  const shown = reportRows(diff, { all: opts.all, byNew: opts.oldNew });
  for (const p of shown) {
    const names = tableLabels(p);
    const label = `${cell(names.base)}<br>↔ ${cell(names.other)}<br>*${cell(statusLabel(p.status, lang))}*`;
    const notes = pairNotes(p, lang, heads).map(cell);
    if (p.variants.length) notes.push(cell(w('note.variants', { x: describeVariants(p.variants, 3, lang) })));
    if (opts.oldNew) {
      const numbered = (n: string | undefined, body: string) => (body ? `**${cell(n ?? '')}**　${body}` : '');
      out.push(`| ${numbered(p.numbering?.base, cell(p.text?.base ?? ''))} | ${numbered(p.numbering?.other, p.text?.other ? otherCell(p) : '')} | ${[cell(statusLabel(p.status, lang)), ...notes].join('<br>')} |`);
    } else out.push(`| ${label} | ${cell(p.text?.base ?? '')} | ${otherCell(p)} | ${notes.join('<br>')} |`);
  }
  const hidden = diff.pairs.length - shown.length;
  if (hidden) out.push('', `${w('report.hidden', { n: hidden })}${lang === 'zh' ? '（--all 列出全部）' : ' (--all lists them)'}`);
  return `${out.join('\n')}\n`;
}
