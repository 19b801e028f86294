// A page's running head and foot (where pages end with a form feed, as pdftotext and PDF text layers give them) are not text.
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';

const page = (head: string | null, body: string[], foot: string) => [...(head ? [head] : []), ...body, foot].join('\n');

describe('running heads', () => {
  it('drops a head on most pages and keeps a line that opens one page only', () => {
    const raw = [
      page(null, ['某省安全生产条例', '第一条　为了加强安全生产工作，制定本条例。'], '— 1 —'),
      page('某省人民政府公报', ['第二条　本条例适用于本省行政区域。'], '— 2 —'),
      page('某省人民政府公报', ['第三条　生产经营单位应当遵守本条例。'], '— 3 —'),
      page('第四条　县级以上人民政府应当加强领导。', ['第五条　本条例自2025年1月1日起施行。'], '— 4 —'),
    ].join('\f');
    const n = normalizeDocument('t', raw);
    expect(n.text).not.toContain('某省人民政府公报');
    expect(n.dropped['running-head']).toBe(2);
    // A line that opens one page only is text; the page numbers go as page numbers.
    expect(n.text).toContain('第四条');
    expect(n.dropped['page-number']).toBe(4);
  });

  it('leaves a text without page breaks alone', () => {
    const raw = ['某省人民政府公报', '第一条　为了加强安全生产工作，制定本条例。', '某省人民政府公报', '第二条　本条例适用于本省。'].join('\n');
    expect(normalizeDocument('t', raw).text).toContain('某省人民政府公报');
  });
});

describe('bare page numbers', () => {
  const articles = (from: number, n: number) => Array.from({ length: n }, (_, k) => `第${'一二三四五六七八九十'[from + k - 1]}条　本条例第${from + k}条的内容写在这里，共若干字。`);
  it('drops lines of a number alone that count the pages up, and keeps a number alone that does not', () => {
    const text = ['某省安全生产条例', ...articles(1, 5), '2', ...articles(6, 5), '3', '第十一条　统计表如下：', '7', '以上为第一季度的数据。', '以下为第二季度的数据。', '第十二条　本条例自2025年1月1日起施行。', '4'].join('\n');
    const n = normalizeDocument('t', text);
    expect(n.text).not.toMatch(/^[234]$/m);
    // 7 does not count up from 3: a line of the text, kept.
    expect(n.text).toMatch(/^7$/m);
  });
});

describe('running heads a page apart, and page numbers that say so', () => {
  const arts = (from: number, n: number) => Array.from({ length: n }, (_, k) => `第${'一二三四五六七八九十'[from + k - 1]}条　本条例第${from + k}条的内容写在这里，共若干字。`);
  const lines = (raw: string) => normalizeDocument('t', raw).text.split('\n');

  it('the title repeated over each page goes, the title on the first page stays — with form feeds or without, on two pages too', () => {
    const pages = [['某省安全生产条例', ...arts(1, 3)], ['某省安全生产条例', ...arts(4, 3)], ['某省安全生产条例', ...arts(7, 3)]];
    for (const raw of [pages.map((p) => p.join('\n')).join('\f'), pages.slice(0, 2).map((p) => p.join('\n')).join('\f')]) {
      const out = lines(raw);
      expect(out[0]).toBe('某省安全生产条例');
      expect(out.filter((l) => l === '某省安全生产条例')).toHaveLength(1);
    }
    // Without form feeds, a page (ten lines or more) apart.
    const long = [['某省安全生产条例', ...arts(1, 5)], ['某省安全生产条例', ...arts(6, 5)]].map((p) => p.join('\n\n')).join('\n\n');
    expect(lines(long).filter((l) => l === '某省安全生产条例')).toHaveLength(1);
    // The first page may be short (the title takes its top): the spacing is counted between the heads after it.
    const short = [['某省安全生产条例', ...arts(1, 2)], ['某省安全生产条例', ...arts(3, 5)], ['某省安全生产条例', ...arts(8, 3)]].map((p) => p.join('\n\n')).join('\n\n');
    expect(lines(short).filter((l) => l === '某省安全生产条例')).toHaveLength(1);
  });

  it('a header (…文件) printed over two pages, or a short line over three, goes; lines repeated close together stay', () => {
    const header = ['某市人民政府文件', '某某实施方案', ...arts(1, 5), '某市人民政府文件', ...arts(6, 5)].join('\n\n');
    expect(lines(header).filter((l) => l === '某市人民政府文件')).toHaveLength(1);
    const list = ['某省安全生产条例', ...arts(1, 5), '附件', '全国人民代表大会常务委员会关于增加', '的决定', '全国人民代表大会常务委员会关于增加', '的决定', '全国人民代表大会常务委员会关于增加', '的决定'].join('\n');
    expect(lines(list).filter((l) => l.startsWith('全国人民代表大会常务委员会关于增加'))).toHaveLength(3);
  });

  it('第1页 共2页, 第1页 and 1/2 go however few the pages', () => {
    for (const [a, b] of [['第 1 页 共 2 页', '第 2 页 共 2 页'], ['第1页', '第2页'], ['1/2', '2/2']]) {
      const out = lines(['某省安全生产条例', ...arts(1, 2), a!, ...arts(3, 1), b!].join('\n'));
      expect(out.some((l) => /页|\//.test(l))).toBe(false);
    }
  });
});

describe('a figure or a bracket broken over two lines', () => {
  it('goes on: no paragraph ends in 资金1000 or in （坑', () => {
    const out = normalizeDocument('t', ['某某方案', '（一）强化保障。财政安排资金1000', '万元。', '（二）严禁网箱（坑', '塘）养殖。', '统计表如下：', '7', '以上为第一季度的数据。'].join('\n')).text;
    expect(out).toContain('资金1000万元。');
    expect(out).toContain('网箱（坑塘）养殖。');
    expect(out).toMatch(/^7$/m);
  });
});

describe('end matter set in', () => {
  it('a 抄送 line indented with full-width spaces ends the text as a flush one does', () => {
    const text = ['某某方案', '一、工作目标', '（一）加强统筹。各部门要抓好落实。', '本方案自印发之日起施行。'];
    const end = ['抄送：市委各部门，市人大常委会办公室。', '某市人民政府办公室', '2024年2月21日印发'];
    for (const indent of ['', '　', '　　　　']) {
      const out = normalizeDocument('t', [...text, ...end.map((l) => indent + l)].join('\n')).text;
      expect(out).not.toMatch(/抄送|办公室|2月21日/);
    }
  });
});

describe('a table laid out a cell a line (from the review)', () => {
  it('keeps its repeated cells: a line next to another repeated line is no running head', () => {
    const rows = Array.from({ length: 6 }, (_, k) => [`（${'一二三四五六'[k]}）建设第${k + 1}个数据中心集群。围绕重点领域，加快推进项目落地，形成一批示范应用场景。`, '具体工作要按计划完成，强化统筹。', '加强督促检查。', '定期通报进展。', '责任单位', '市发展改革委', '完成时限', '2025年12月底前', '年度考核', '纳入']).flat();
    const out = normalizeDocument('t', ['某市数字经济发展行动计划', '一、主要任务', ...rows].join('\n')).text;
    expect(out.match(/市发展改革委/g)).toHaveLength(6);
  });
});
