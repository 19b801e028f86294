// What a document says never runs where a report is opened: CSV cells a spreadsheet would evaluate stay text, Markdown titles are escaped.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/render/report/to-csv.js';
import { renderDiffMarkdown } from '../../src/render/report/diff-markdown.js';
import { diffPair } from '../../src/pipeline.js';

describe('reports are inert', () => {
  it('CSV: text cells beginning = + - @ tab or CR get a leading quote; numbers stay numbers', () => {
    const csv = toCsv([['=1+1', '@SUM(1)', '+50万元', '-3', '\tx', 'plain', -3, 2.5]]);
    expect(csv).toBe(`\ufeff'=1+1,'@SUM(1),'+50万元,'-3,'\tx,plain,-3,2.5\r\n`);
  });

  it('Markdown: a title holding HTML is escaped, not passed through', () => {
    const { diff } = diffPair('hangzhou-2024-draft', 'hangzhou-2024');
    const md = renderDiffMarkdown({ ...diff, titles: { base: '<img src=x onerror=alert(1)>', other: diff.titles.other } }, { all: false });
    expect(md).not.toMatch(/(^|[^\\])<img/m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});
