// The Word 修改对照表: a real .docx whose redline is Word tracked changes — read back from its XML, as Word and mammoth read it.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { diffPair } from '../../src/pipeline.js';
import { renderDiffDocx } from '../../src/render/report/diff-docx.js';

const draft = diffPair('hangzhou-2024-draft', 'hangzhou-2024').diff;
const DATE = '2026-01-02T03:04:05Z';

/** The text of a run list as Word shows it with every change accepted (insertions kept, deletions gone) or rejected. */
function readCell(xml: string, how: 'accept' | 'reject'): string {
  const gone = how === 'accept' ? 'del' : 'ins';
  const paragraphs = xml.split(/<\/w:p>/).slice(0, -1);
  let out = '';
  paragraphs.forEach((p, k) => {
    // A paragraph mark tracked as deleted (accepting) or inserted (rejecting) joins the line with the next one.
    const joined = new RegExp(`<w:pPr>(?:(?!</w:pPr>)[\\s\\S])*<w:${gone} `).test(p);
    const runs = p.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '').replace(new RegExp(`<w:${gone} [\\s\\S]*?</w:${gone}>`, 'g'), '').replace(/w:delText/g, 'w:t');
    out += [...runs.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') + (k < paragraphs.length - 1 && !joined ? '\n' : '');
  });
  return out
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe('Word 修改对照表 (--format docx)', async () => {
  const file = await renderDiffDocx(draft, { all: false, lang: 'zh', date: DATE });
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file('word/document.xml')!.async('string');
  const rows = xml.split(/<w:tr[ >]/).slice(1);

  it('is a Word document mammoth opens, with the title, the summary and the four column heads in Chinese', async () => {
    const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(file) });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(value).toContain('修改对照表');
    expect(value).toContain('条款 76 ↔ 76');
    for (const head of ['条款', '原文（hangzhou-2024-draft）', '修改后（hangzhou-2024）', '说明']) expect(value).toContain(head);
  });

  it('has one row per changed pair, under a header row that repeats on every page', () => {
    const changed = draft.pairs.filter((p) => p.status !== 'identical' && p.status !== 'variant-only');
    expect(rows).toHaveLength(changed.length + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
  });

  it('marks the redline as tracked insertions and deletions by PolicyDiff, which accepted give the final text', () => {
    expect(xml).toMatch(new RegExp(`<w:ins w:id="\\d+" w:author="PolicyDiff" w:date="${DATE}">`));
    expect(xml).toMatch(new RegExp(`<w:del w:id="\\d+" w:author="PolicyDiff" w:date="${DATE}">`));
    const changed = draft.pairs.filter((p) => p.status !== 'identical' && p.status !== 'variant-only');
    let checked = 0;
    changed.forEach((p, k) => {
      if (!p.redline?.length) return;
      const cells = rows[k + 1]!.split(/<w:tc>/).slice(1);
      // Accepting every change gives the final text, character for character.
      expect(readCell(cells[2]!, 'accept'), p.labels.other).toBe(p.text!.other);
      // Rejecting every change undoes the substantive edits; variants (支持/支援, script) stay in the final's wording.
      expect(readCell(cells[2]!, 'reject'), p.labels.base).toBe(p.redline.filter((x) => x.op !== 'insert').map((x) => x.text).join(''));
      checked++;
    });
    expect(checked).toBeGreaterThan(5);
  });

  it('numbers its pages in the footer, on landscape pages', async () => {
    const footer = await zip.file('word/footer1.xml')!.async('string');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  });
});

describe('Word 修改对照表 of a county plan against its city policy', async () => {
  const jiande = diffPair('hangzhou-2024', 'jiande-2024').diff;
  const file = await renderDiffDocx(jiande, { all: false, lang: 'zh', date: DATE });
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  const rows = xml.split(/<w:tr[ >]/).slice(1);
  const shown = jiande.pairs.filter((p) => p.status !== 'identical' && p.status !== 'variant-only');

  it('writes a clause only one side has as one tracked insertion or deletion, so rejecting or accepting all still holds', () => {
    let seen = 0;
    shown.forEach((p, k) => {
      if (p.status !== 'base-only' && p.status !== 'other-only') return;
      const third = rows[k + 1]!.split(/<w:tc>/).slice(1)[2]!;
      const [accept, reject] = [readCell(third, 'accept'), readCell(third, 'reject')];
      if (p.status === 'other-only') expect([accept, reject]).toEqual([p.text!.other, '']);
      else expect([accept, reject]).toEqual(['', p.text!.base]);
      seen++;
    });
    expect(seen).toBeGreaterThanOrEqual(2);
  });
});

