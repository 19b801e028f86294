// A title line stands as a paragraph of its own in a text laid out in paragraphs, unless the next line goes on with it.
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';

const lines = (raw: string) => normalizeDocument('t', raw).text.split('\n');

describe('title lines', () => {
  it('a notice title is not joined with the addressees below it', () => {
    const raw = ['某市人民政府文件', '某市人民政府关于印发某市推动经济高质量发展若干政策和某市扩大有效投资行动计划的通知', '各县（市、区）人民政府，市政府各部门、各直属单位：', '现将两个文件印发给你们，请认真贯彻落实。'].join('\n');
    expect(lines(raw)[1]).toBe('某市人民政府关于印发某市推动经济高质量发展若干政策和某市扩大有效投资行动计划的通知');
  });

  it('a title that goes on in the next line (…若干政策 / 的通知) is one line', () => {
    const raw = ['某市人民政府文件', '某市人民政府关于印发某市推动经济高质量发展若干政策', '的通知', '各县（市、区）人民政府：', '现将文件印发给你们。'].join('\n');
    expect(lines(raw)[1]).toBe('某市人民政府关于印发某市推动经济高质量发展若干政策的通知');
  });

  it('a title printed over two lines at the top, its first part naming no kind of document, is one line', () => {
    expect(lines(['中华人民共和国', '某某税法', '2017年12月27日第十二届全国人民代表大会常务委员会第三十一次会议通过', '第一条 纳税人应当依法申报。'].join('\n'))[0]).toBe('中华人民共和国某某税法');
    expect(lines(['进一步推动经济高质量', '发展若干政策', '为深入贯彻落实省委决策部署，制定以下政策。', '一、扩大有效投资政策'].join('\n'))[0]).toBe('进一步推动经济高质量发展若干政策');
    // A header line (…文件) and the title below it, and a title over a table's heading, stay apart.
    expect(lines(['某市人民政府文件', '某市人民政府关于印发某某方案的通知', '各县（市、区）人民政府：'].join('\n')).slice(0, 2)).toEqual(['某市人民政府文件', '某市人民政府关于印发某某方案的通知']);
    expect(lines(['某某实施方案', '为深入贯彻落实，制定本方案。', '附件', '某市重点政策措施清单', '1-1 扩大有效投资政策措施'].join('\n'))).toContain('1-1扩大有效投资政策措施');
  });

  it('a wrapped line that opens with a citation (第八条的规定, （三）项的规定) goes on with the line before', () => {
    const wide = '业主大会或者业主委员会应当在收到申请之日起十五日内，按照'; // as wide as the page, twenty-odd lines like it
    const raw = [...Array.from({ length: 24 }, () => wide), '第八条的规定组织召开业主大会会议。', wide, '（三）项的规定处理。', wide, '第一条及第五条规定的情形除外。'].join('\n');
    const out = normalizeDocument('t', raw).text;
    expect(out).toContain('按照第八条的规定组织召开');
    expect(out).toContain('按照（三）项的规定处理');
    expect(out).toContain('按照第一条及第五条规定的情形除外');
  });

  it('an article opening 中… or 所… after a full line is an article (第四条　中央人民政府…), not a citation going on', () => {
    const full = '生产经营单位应当建立健全安全生产责任制和安全生产规章制度，';
    const raw = ['某某条例', ...Array.from({ length: 24 }, () => full), `第三条　${full.slice(0, 27)}。`, '第四条　中央人民政府统一领导全国的安全生产工作。', '第五条　所有生产经营单位应当遵守本条例。'].join('\n');
    const out = normalizeDocument('t', raw).text.split('\n');
    expect(out.some((l) => l.startsWith('第四条'))).toBe(true);
    expect(out.some((l) => l.startsWith('第五条'))).toBe(true);
  });

  it('a flush-left title over a body set in by a few spaces does not make every body line a paragraph', () => {
    const body = Array.from({ length: 30 }, (_, i) => `    ${i % 3 === 0 ? '第' + '一二三四五六七八九十'[i / 3] + '条　' : ''}生产经营单位应当建立健全安全生产责任制和安全生产规章制度`);
    const n = normalizeDocument('t', ['某某条例', ...body].join('\n'));
    expect(n.layout).toBe('wrapped');
    expect(n.text.split('\n').length).toBeLessThan(15);
  });

  it('normalizes 130,000 lines without running out of stack', () => {
    const raw = Array.from({ length: 130_000 }, (_, i) => (i % 2 ? '  续行文字内容' : '第一段文字内容，')).join('\n');
    expect(normalizeDocument('t', raw).text.length).toBeGreaterThan(0);
  });
});

