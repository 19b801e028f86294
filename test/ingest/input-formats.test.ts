// Word, PDF and HTML inputs, and text in GB18030 and UTF-16, read to the same clauses as the plain text they were made from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, type LoadedDocument } from '../../src/pipeline.js';
import { makeDocx, makeHtml, makePdf } from '../helpers/make-fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-formats-'));
process.env.POLICYDIFF_CACHE = path.join(dir, 'cache');

function lines(file: string, from: number, to: number): string[] {
  return fs.readFileSync(path.join('corpora', file), 'utf8').split('\n').slice(from, to);
}

function write(name: string, data: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

/** What a reader checks: the same sections, clauses (ids, labels, text) and figures. */
function summary(d: LoadedDocument) {
  return {
    title: d.parsed.title,
    sections: d.parsed.sections.map((s) => [s.number, s.title]),
    clauses: d.parsed.clauses.map((c) => [c.id, c.label, c.text, c.facts.map((f) => f.value)]),
    tables: d.parsed.attachments.map((t) => t.rows.map((r) => [r.id, r.cells])),
  };
}

describe('input formats', () => {
  // Jiande as its PDF would print it: the first 260 lines, 30 lines a page, no blank lines, a page footer on each page.
  const jiande = lines('000_d54834318553289e.txt', 0, 260);
  let pdf: LoadedDocument;
  let txt: LoadedDocument;
  beforeAll(() => {
    const printed = jiande.filter((l) => l.trim() !== '');
    const pages: string[][] = [];
    for (let i = 0; i < printed.length; i += 30) pages.push([...printed.slice(i, i + 30), `－ ${pages.length + 1} －`]);
    expect(pages.length).toBeGreaterThan(4);
    pdf = loadDocument(write('jiande.pdf', makePdf(pages)));
    txt = loadDocument(write('jiande.txt', jiande.join('\n')));
  });

  it('reads a PDF text layer in a CMap-encoded CJK font, repairing hard wraps and dropping page numbers', () => {
    expect(pdf.source.format).toBe('pdf');
    expect(pdf.parsed.clauses.length).toBe(15);
    expect(summary(pdf)).toEqual(summary(txt));
    expect(pdf.normalized.layout).toBe('wrapped');
    // The footers drawn on each page, and the one the text extraction already had.
    expect(pdf.normalized.dropped['page-number']).toBe(Math.ceil(jiande.filter((l) => l.trim() !== '').length / 30) + (txt.normalized.dropped['page-number'] ?? 0));
    expect(pdf.normalized.text).not.toMatch(/－ \d+ －/);
  });

  it('reads a second time from the cache, keyed by the file content', () => {
    const cached = fs.readdirSync(path.join(dir, 'cache', 'extracted'));
    expect(cached.length).toBeGreaterThan(0);
    const again = loadDocument(path.join(dir, 'jiande.pdf'));
    expect(summary(again)).toEqual(summary(pdf));
  });

  it('an extracted text a crash emptied in the cache is extracted again, not taken for an empty document', () => {
    const folder = path.join(dir, 'cache', 'extracted');
    for (const f of fs.readdirSync(folder)) if (f.endsWith('.txt')) fs.writeFileSync(path.join(folder, f), '');
    // The parsed documents are cached too, by the text they were read from: clear them so the text is what is read.
    fs.rmSync(path.join(dir, 'cache', 'documents'), { recursive: true, force: true });
    const again = loadDocument(path.join(dir, 'jiande.pdf'));
    expect(summary(again)).toEqual(summary(pdf));
  });

  it('reads a Word file: paragraphs, and attachment tables as table rows', async () => {
    // Haining's plan as a drafter would have it in Word: the markdown marks gone, the attachment as Word tables.
    const body = lines('004_fb2549b8b7d51826.txt', 0, 330).filter((l) => l.trim() !== '');
    const plain = body.map((l) => l.replace(/^#+\s*/, '').replace(/\*\*/g, '').replace(/<\/?b>/g, ''));
    const blocks: Array<string | string[][]> = [];
    for (const l of plain) {
      const last = blocks.at(-1);
      if (!l.includes('\t')) blocks.push(l);
      else if (Array.isArray(last)) last.push(l.split('\t'));
      else blocks.push([l.split('\t')]);
    }
    const docx = loadDocument(write('haining.docx', await makeDocx({ blocks })));
    const txt = loadDocument(write('haining.txt', plain.join('\n\n')));
    expect(blocks.filter((b) => Array.isArray(b)).length).toBeGreaterThan(3);
    expect(docx.source.format).toBe('docx');
    expect(docx.parsed.clauses.length).toBeGreaterThan(50);
    expect(docx.parsed.attachments.length).toBeGreaterThan(3);
    expect(summary(docx)).toEqual(summary(txt));
  });

  it('writes out the numbers of an automatically numbered Word list, so its items stay clauses', async () => {
    const items = ['加大财政支持力度。给予最高150万元奖励。', '向上争取资金支持。争取专项债券100亿元以上。', '强化用能要素保障。'];
    const docx = loadDocument(write('numbered.docx', await makeDocx({ blocks: ['某市推动经济高质量发展若干政策', '一、扩大有效投资政策'], numbered: items })));
    expect(docx.parsed.clauses.map((c) => [c.id, c.label])).toEqual([['c1', '1.'], ['c2', '2.'], ['c3', '3.']]);
    expect(docx.parsed.clauses[0]!.facts[0]).toMatchObject({ value: 1_500_000, comparator: 'max' });
  });

  it('writes a list number as Word prints it (chineseCounting with （%1） is （一）), so a law\'s 项 keep their numbers', async () => {
    const items = ['登记申请书；', '申请人身份证明材料；', '不动产权属来源证明材料。'];
    const blocks = ['某某登记条例', '第一条　申请人应当提交下列材料：'];
    const docx = loadDocument(write('items.docx', await makeDocx({ blocks, numbered: items, numbering: { format: 'chineseCounting', text: '（%1）' } })));
    expect(docx.parsed.clauses[0]!.paragraphs![0]!.items.map((i) => [i.label, i.text])).toEqual([
      ['（一）', '登记申请书；'],
      ['（二）', '申请人身份证明材料；'],
      ['（三）', '不动产权属来源证明材料。'],
    ]);
  });

  it('writes the numbers of a list numbered through its paragraph style (a template\'s numbered style), once', async () => {
    const items = ['登记申请书；', '申请人身份证明材料；'];
    const blocks = ['某某登记条例', '第一条　申请人应当提交下列材料：'];
    const docx = loadDocument(write('styled.docx', await makeDocx({ blocks, numbered: items, numbering: { format: 'chineseCounting', text: '（%1）' }, byStyle: true })));
    expect(docx.parsed.clauses[0]!.paragraphs![0]!.items.map((i) => [i.label, i.text])).toEqual([
      ['（一）', '登记申请书；'],
      ['（二）', '申请人身份证明材料；'],
    ]);
  });

  it('reads a news-site HTML page: navigation, share bar, sidebar and footer dropped; traditional script folded', () => {
    const seed = lines('003_59720e67ef255997.txt', 0, 400);
    const start = seed.findIndex((l) => /若干政策/.test(l) && l.length < 40);
    const end = seed.findIndex((l, i) => i > start && /^\s*(?:來源|来源|責任編輯|责任编辑)/.test(l));
    const text = seed.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.trim() !== '');
    const html = loadDocument(write('hangzhou.html', makeHtml(seed[start]!.trim(), text)));
    const plain = loadDocument(write('hangzhou.txt', [seed[start]!.trim(), ...text].join('\n')));
    expect(html.source.format).toBe('html');
    expect(html.normalized.script).toBe('traditional');
    expect(html.parsed.clauses.length).toBe(76);
    expect(summary(html)).toEqual(summary(plain));
    expect(html.normalized.text).not.toMatch(/首页|您的位置|分享到|相关文件|版权所有|var x/);
  });

  it('reads an HTML page saved in GB18030 with its charset declared', () => {
    const hz = lines('001_5a13edc39a821a24.txt', 0, 60).filter((l) => l.trim() !== '');
    const page = makeHtml(hz[0]!, hz.slice(1), 'gb2312');
    const html = loadDocument(write('hz-gbk.html', iconv.encode(page, 'gb18030')));
    const plain = loadDocument(write('hz.txt', hz.join('\n')));
    expect(html.source.encoding).toBe('gb18030');
    expect(summary(html)).toEqual(summary(plain));
  });

  it('reads plain text in GB18030 and in UTF-16 the same as in UTF-8', () => {
    const hz = lines('001_5a13edc39a821a24.txt', 0, 239).join('\r\n');
    const utf8 = summary(loadDocument(write('hz8.txt', hz)));
    expect(summary(loadDocument(write('hz-gb.txt', iconv.encode(hz, 'gb18030'))))).toEqual(utf8);
    expect(summary(loadDocument(write('hz-16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(hz, 'utf16le')]))))).toEqual(utf8);
    expect(summary(loadDocument(write('hz-16be.txt', iconv.encode(hz, 'utf-16be'))))).toEqual(utf8);
    expect(utf8.clauses.length).toBe(76);
  });

  it('refuses a .docx or .pdf that is not one, in one line naming the file', () => {
    expect(() => loadDocument(write('fake.docx', 'just text'))).toThrow(/fake\.docx: not a Word \.docx file/);
    expect(() => loadDocument(write('old.doc.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toThrow(/old binary \.doc/);
    expect(() => loadDocument(write('fake.pdf', 'just text'))).toThrow(/fake\.pdf: not a PDF file/);
    expect(() => loadDocument(write('broken.pdf', '%PDF-1.4\n1 0 obj\n<< garbage'))).toThrow(/broken\.pdf: /);
    expect(() => loadDocument(write('scan.pdf', makePdf([[]])))).toThrow(/scan\.pdf: the PDF has no Chinese text layer/);
  });
});

describe('order numbers', () => {
  it('a regulation\'s latest order is its number; one it cites or follows is not', async () => {
    const { detectDocNumber } = await import('../../src/ingest/detect-metadata.js');
    expect(detectDocNumber('2001年6月15日国务院令第306号公布\n2023年12月11日中华人民共和国国务院令第758号修订')).toBe('中华人民共和国国务院令第758号');
    expect(detectDocNumber('中华人民共和国国务院令\n第722号')).toBe('中华人民共和国国务院令第722号');
    expect(detectDocNumber('交通运输部令2023年第5号')).toBe('交通运输部令2023年第5号');
    expect(detectDocNumber('，依据财政部令第6号')).toBeNull();
    expect(detectDocNumber('本办法（财政部令第98号）')).toBeNull();
  });
});
