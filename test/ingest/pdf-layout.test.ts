// A PDF as government sites print a regulation: wrapped lines, indented paragraphs, a running head and page numbers — read as its text is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/pipeline.js';
import { makePdf } from '../helpers/make-fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-pdf-layout-'));
process.env.POLICYDIFF_CACHE = path.join(dir, 'cache');
const write = (name: string, data: string | Uint8Array) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
};

/** A regulation we wrote: a title, a chapter, articles of several 款, a fine whose range a page break cuts. */
const PARAGRAPHS: Array<{ text: string; centred?: boolean }> = [
  { text: '云湖市城市绿化管理条例', centred: true },
  { text: '第一章　总　　则', centred: true },
  { text: '第一条　为了促进城市绿化事业的发展，改善生态环境，美化生活环境，根据有关法律、法规，结合本市实际，制定本条例。' },
  { text: '第二条　本条例适用于本市城市规划区内的城市绿化的规划、建设、保护和管理。' },
  { text: '城市绿化工作应当坚持统一规划、因地制宜、建管并重的原则，由市绿化主管部门负责组织实施。' },
  { text: '县级以上人民政府应当将城市绿化建设纳入国民经济和社会发展规划，所需经费列入本级财政预算。' },
  { text: '第三条　新建居住区的绿地率不得低于百分之三十，旧城改造区的绿地率不得低于百分之二十五。' },
  { text: '第四条　任何单位和个人不得擅自砍伐城市树木。确需砍伐的，应当向市绿化主管部门提出申请，主管部门应当自受理之日起十五日内作出决定。' },
  { text: '第五条　违反本条例规定，擅自砍伐、移植或者损毁城市树木的，由市绿化主管部门责令停止侵害，限期补植，赔偿损失，并予以警告；情节严重的，可以并处每株两万元以上十万元以下的罚款。' },
  { text: '造成损失的，应当依法承担赔偿责任。' },
  { text: '第六条　本条例自2025年1月1日起施行。' },
];
const WIDTH = 20;
const HEAD = '云湖市人民政府公报';

/** Printed lines: each paragraph indented two characters (a heading centred), wrapped at WIDTH characters. */
function printedLines(): Array<{ text: string; x: number }> {
  const out: Array<{ text: string; x: number }> = [];
  for (const p of PARAGRAPHS) {
    if (p.centred) {
      out.push({ text: p.text, x: 200 });
      continue;
    }
    // Filled to the right margin as a typesetter fills it: a Chinese character takes one em, a digit half of one.
    const wrapped: string[] = [''];
    let room = WIDTH - 2;
    for (const ch of p.text) {
      const w = /[\x00-\x7f]/.test(ch) ? 0.5 : 1;
      if (room < w) {
        wrapped.push('');
        room = WIDTH;
      }
      wrapped[wrapped.length - 1] += ch;
      room -= w;
    }
    wrapped.forEach((text, k) => out.push({ text, x: k === 0 ? 88 : 60 }));
  }
  return out;
}

describe('a PDF laid out as printed', () => {
  const lines = printedLines();
  // Eight lines a page; from the second page a running head; a page number at the foot of each.
  const pages: Array<Array<string | { text: string; x: number }>> = [];
  for (let i = 0; i < lines.length; i += 8) pages.push([...(pages.length ? [{ text: HEAD, x: 200 }] : []), ...lines.slice(i, i + 8), { text: `— ${pages.length + 1} —`, x: 280 }]);
  const md = loadDocument(write('greening.md', `# ${PARAGRAPHS[0]!.text}\n\n## 第一章 总则\n\n${PARAGRAPHS.slice(2).map((p) => p.text.replace('　', ' ')).join('\n\n')}\n`));
  const pdf = loadDocument(write('greening.pdf', makePdf(pages)));

  it('has the pages it should: a running head on all but the first, a fine cut by a page break', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const cut = pages.findIndex((p) => p.some((l) => typeof l !== 'string' && l.text.endsWith('两万元以上十')));
    expect(cut).toBeGreaterThan(0);
    // The next page opens with the running head, then the rest of the range.
    expect(pages[cut + 1]!.slice(0, 2).map((l) => (typeof l === 'string' ? l : l.text))).toEqual([HEAD, expect.stringMatching(/^万元以下/)]);
  });

  it('starts a 款 at each indented line, though the line before runs to the full width', () => {
    expect(pdf.parsed.clauses.map((c) => [c.id, c.paragraphs?.length])).toEqual(md.parsed.clauses.map((c) => [c.id, c.paragraphs?.length]));
    expect(pdf.parsed.clauses.find((c) => c.id === 'c2')!.paragraphs).toHaveLength(3);
  });

  it('drops the running head and the page numbers, so the articles read as the text does', () => {
    expect(pdf.parsed.clauses.map((c) => c.text)).toEqual(md.parsed.clauses.map((c) => c.text));
    expect(pdf.normalized.text).not.toContain(HEAD);
    expect(pdf.normalized.dropped['running-head']).toBe(pages.length - 1);
    expect(pdf.parsed.title).toBe('云湖市城市绿化管理条例');
  });

  it('reads the fine a page break cut as one range, and diff against the markdown finds nothing', async () => {
    const fine = pdf.parsed.clauses.find((c) => c.id === 'c5')!.facts.find((f) => f.unit === '元')!;
    expect(fine).toMatchObject({ comparator: 'range', range: { min: 20000, max: 100000 } });
    const { diffPair } = await import('../../src/pipeline.js');
    const d = diffPair(md.source.file, pdf.source.file).diff;
    expect(d.pairs.filter((p) => p.status !== 'identical' && p.status !== 'variant-only' && p.base[0] !== 'preamble')).toEqual([]);
  });
});
