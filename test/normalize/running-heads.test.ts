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
