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
