// A short text (a 决定 of a few paragraphs): hard-wrapped as a PDF prints it, it reads as its paragraphs do; numbered 一、二、 in sentences, its items are its clauses.
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

const PARAGRAPHS = [
  '云湖市人民代表大会常务委员会关于云湖市应税固体废物环境保护税适用税额的决定',
  '2024年6月28日云湖市第九届人民代表大会常务委员会第十一次会议通过',
  '根据《中华人民共和国环境保护税法》的授权，结合本市环境承载能力和污染物排放现状，云湖市第九届人民代表大会常务委员会第十一次会议对本市应税固体废物环境保护税适用税额决定如下：',
  '一、本市应税煤矸石适用税额为每吨5元。',
  '二、本市应税尾矿适用税额为每吨15元。',
  '本决定自2025年1月1日起施行。',
];

const read = (text: string) => {
  const n = normalizeDocument('short', text);
  const d = parseDocument(n);
  return { layout: n.layout, title: d.title, units: [d.preamble?.text, ...d.clauses.map((c) => c.text), d.closing?.text] };
};

describe('a short text', () => {
  const original = read(PARAGRAPHS.join('\n\n'));

  for (const width of [16, 20, 24, 28, 30, 40]) {
    it(`wrapped at ${width} characters reads as its paragraphs`, () => {
      const wrapped = read(PARAGRAPHS.flatMap((p) => p.match(new RegExp(`.{1,${width}}`, 'gu'))!).join('\n'));
      expect(wrapped.title).toBe(original.title);
      expect(wrapped.units).toEqual(original.units);
    });
  }

  it('written a paragraph a line, even with lines of one width ending their sentences, is not wrapped', () => {
    expect(original.layout).toBe('paragraphs');
    const even = ['某某市人民政府关于调整收费标准的决定', '一、本市城市道路占用费每平方米每日收取二元。', '二、本市临时停车费每小时收取三元，夜间减半。', '三、本市公共场地使用费每日收取五十元整。', '本决定自公布之日起施行。'];
    expect(read(even.join('\n')).layout).toBe('paragraphs');
  });
});

describe('a text numbered only 一、二、 in sentences', () => {
  const doc = parseDocument(normalizeDocument('decision', PARAGRAPHS.join('\n\n')));

  it('has its numbered items as clauses, what stands above them as the preamble and 本决定自… as the closing, with no warning', () => {
    expect(doc.clauses.map((c) => [c.id, c.label, c.text])).toEqual([
      ['c1', '一、', '本市应税煤矸石适用税额为每吨5元。'],
      ['c2', '二、', '本市应税尾矿适用税额为每吨15元。'],
    ]);
    expect(doc.preamble?.text).toMatch(/^2024年6月28日.*决定如下：$/s);
    expect(doc.closing?.text).toBe('本决定自2025年1月1日起施行。');
    expect(doc.warnings).toEqual([]);
  });

  it('where some 一、 are heading lines and others sentences, every numbered paragraph is a clause, a heading with its text below', () => {
    const mixed = parseDocument(normalizeDocument('mixed', [PARAGRAPHS[0], PARAGRAPHS[2], '一、各类固体废物的适用税额', '煤矸石为每吨5元；尾矿为每吨15元。', '二、对综合利用的尾矿，免征环境保护税。', PARAGRAPHS[5]].join('\n\n')));
    expect(mixed.clauses.map((c) => [c.label, c.title])).toEqual([['一、', '各类固体废物的适用税额'], ['二、', '对综合利用的尾矿，免征环境保护税']]);
    expect(mixed.sections).toEqual([]);
    // Every 一、 a heading line: sections, their paragraphs the items (a 若干政策).
    const sections = parseDocument(normalizeDocument('sections', [PARAGRAPHS[0], PARAGRAPHS[2], '一、各类固体废物的适用税额', '煤矸石为每吨5元。', '尾矿为每吨15元。', '二、减免', '对综合利用的尾矿，免征环境保护税。'].join('\n\n')));
    expect(sections.clauses.map((c) => c.id)).toEqual(['c1.1', 'c1.2', 'c2.1']);
  });

  it('a number lost (一、二、四、) is taken and said; a list inside an item (一、二、 again) stays its text, said once', () => {
    const jump = parseDocument(normalizeDocument('jump', [PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3], PARAGRAPHS[4], '四、本市应税噪声适用税额按国家规定执行。', PARAGRAPHS[5]].join('\n\n')));
    expect(jump.clauses.map((c) => c.id)).toEqual(['c1', 'c2', 'c4']);
    expect(jump.warnings.map((w) => w.message)).toEqual(['numbering jumps from 2 to 4']);
    const inner = parseDocument(normalizeDocument('inner', [PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3], PARAGRAPHS[4], '附表说明如下。', '一、煤矸石指采煤过程中排出的岩石。', '二、尾矿指选矿后排放的废弃物。', PARAGRAPHS[5]].join('\n\n')));
    expect(inner.clauses.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(inner.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^一、 does not continue the numbering/)]);
  });

  it('a paragraph after an item that closes nothing stays the item’s; one 一、 alone is no outline', () => {
    const more = parseDocument(normalizeDocument('more', [...PARAGRAPHS.slice(0, 5), '对综合利用的尾矿，免征环境保护税。', PARAGRAPHS[5]].join('\n\n')));
    expect(more.clauses[1]!.text).toBe('本市应税尾矿适用税额为每吨15元。\n对综合利用的尾矿，免征环境保护税。');
    const single = parseDocument(normalizeDocument('single', [...PARAGRAPHS.slice(0, 4), PARAGRAPHS[5]].join('\n\n')));
    expect(single.clauses.map((c) => c.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(single.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/no numbered headings or items found/));
  });
});

describe('a history line wrapped', () => {
  it('goes on until it names its event, bracketed or not, and a date alone (a notice signed) does not', () => {
    const lines = (raw: string) => normalizeDocument('h', raw).text.split('\n');
    expect(lines(['中华人民共和国某某税法', '2017年12月27日 第十二届全国人民代表大会常务委', '员会第三十一次会议通过', '第一条 纳税人应当依法申报。'].join('\n'))[1]).toBe('2017年12月27日第十二届全国人民代表大会常务委员会第三十一次会议通过');
    expect(lines(['中华人民共和国某某法', '（2019年3月15日第十三届全国人民代表大会第二次', '会议通过）', '第一条 为了规范管理，制定本法。'].join('\n'))[1]).toBe('（2019年3月15日第十三届全国人民代表大会第二次会议通过）');
    expect(lines(['某市人民政府', '2024年5月6日', '现将有关事项通知如下'].join('\n'))).toEqual(['某市人民政府', '2024年5月6日', '现将有关事项通知如下']);
  });
});
