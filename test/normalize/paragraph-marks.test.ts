// Paragraphs a text marks besides its line breaks: first-line indents over flush run-on lines, blank lines between some lines only.
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

const read = (text: string) => parseDocument(normalizeDocument('t', text));

describe('first-line indents', () => {
  it('a flush line after one that breaks off mid-figure goes on with it, however short the lines', () => {
    const original = read(['某某法', '第一条 甲应当申报。', '第二条 推进市重点项目1000个以上，投资10.5亿元以上。国务院于2006年4月28日公布的条例同时废止。'].join('\n\n'));
    const indented = read(['某某法', '', '　　第一条 甲应当申报。', '　　第二条 推进市重点项目100', '0个以上，投资10.', '5亿元以上。国务院于2006', '年4月28日公布的条例同时废止。'].join('\n'));
    expect(indented.clauses.map((c) => c.text)).toEqual(original.clauses.map((c) => c.text));
    expect(indented.clauses[1]!.paragraphs).toHaveLength(1);
  });

  it('an indented line, a heading and a flush line after a full sentence still open their own paragraph', () => {
    const d = read(['某某法', '', '　　第一条 甲应当申报。', '　　第二条 乙应当', '缴纳。', '第三条 丙应当备案。', '　　第四条 本法自公布之日起施行。'].join('\n'));
    expect(d.clauses.map((c) => c.text)).toEqual(['甲应当申报。', '乙应当缴纳。', '丙应当备案。', '本法自公布之日起施行。']);
  });

  it('table rows set in by a tab are no indented first lines', () => {
    const d = normalizeDocument('t', ['某某方案', '一、工作目标', '到2025年，全市新增企业', '100家以上。', '\t总计\t7条', '\t延续类\t2条'].join('\n'));
    expect(d.text).toContain('到2025年，全市新增企业\n100家以上。');
  });
});

describe('blank lines between some lines', () => {
  const body = Array.from({ length: 8 }, (_, k) => `　　（${'一二三四五六七八'[k]}）加大财政保障力度。围绕保障重大项目建设、激发全社会投资活力，全力争取省级财政预算安排资金支持，用以持续保障综合交通建设。`);
  const wrap = (p: string) => p.match(/^　　.{1,28}|.{1,30}/gu)!;
  const cover = ['某市人民政府文件', '', '某政发〔2024〕7号', '', '某市人民政府关于印发某某实施方案的通知', '', '现将《某某实施方案》印发给你们，请结合实际认真组织实施。', '', '某某实施方案', ''];

  it('end the cover lines above a wrapped body: the title is the plan’s, not the sentence above it', () => {
    const d = read([...cover, '　　一、扩大有效投资政策（由市发改委牵头实施）', ...body.flatMap(wrap)].join('\n'));
    expect(d.title).toBe('某某实施方案');
    expect(d.clauses).toHaveLength(8);
  });

  it('do not end a full line broken off mid-sentence (a page break)', () => {
    const lines = [...cover, '　　一、扩大有效投资政策（由市发改委牵头实施）', ...body.flatMap(wrap)];
    const at = lines.findIndex((l) => l.endsWith('激发全社会'));
    const d = read([...lines.slice(0, at + 1), '', ...lines.slice(at + 1)].join('\n'));
    expect(d.clauses[0]!.text).toBe(body[0]!.trim().slice(3));
  });
});

describe('lines of their own (from the review)', () => {
  const lines = (raw: string) => normalizeDocument('t', raw).text.split('\n');

  it('a line ending in a number before a line that opens no unit of it stays: contacts, rows of rates', () => {
    expect(lines(['某市教育局关于做好招生工作的通知', '联系人：王明，联系电话：0571-87001234', '联系人：李华，联系电话：0571-87005678', '某市教育局'].join('\n'))).toHaveLength(4);
    expect(lines(['某某决定', '二、水污染物适用税额按下列标准执行：', '第一类水污染物每污染当量14', '第二类水污染物每污染当量12'].join('\n'))).toHaveLength(4);
  });

  it('a notice set in with its 文号, addressees, issuer and date flush keeps them apart', () => {
    const raw = ['　　某市人民政府文件', '某政〔2024〕1号', '　　某市人民政府关于加强安全生产工作的通知', '各区、县（市）人民政府，市政府各部门：', '　　为加强安全生产工作，现将有关事项通知如下。', '　　一、落实主体责任', '　　各地要落实企业主体责任，加强监督检查', '某市人民政府', '2024年1月1日'].join('\n');
    expect(lines(raw)).toEqual(['某市人民政府文件', '某政〔2024〕1号', '某市人民政府关于加强安全生产工作的通知', '各区、县（市）人民政府，市政府各部门：', '为加强安全生产工作，现将有关事项通知如下。', '一、落实主体责任', '各地要落实企业主体责任，加强监督检查', '某市人民政府', '2024年1月1日']);
  });

  it('a short list of names is not a wrapped text; a mark over the title stays over it', () => {
    const list = ['关于公布示范单位名单的通知', '各区、县（市）民政局：', '现将名单公布如下。', '某市西湖区文三路社区服务中心', '某市上城区湖滨街道社区服务站', '某市拱墅区米市巷街道服务中心', '某市民政局', '2024年1月1日'];
    expect(normalizeDocument('t', list.join('\n')).layout).toBe('paragraphs');
    expect(lines(list.join('\n'))).toEqual(list);
    expect(lines(['特急', '某市人民政府关于做好防汛工作的通知', '各区人民政府：'].join('\n'))[0]).toBe('特急');
    expect(lines(['（征求意见稿）', '某市安全生产管理办法', '第一条 为了加强安全生产管理，制定本办法。'].join('\n')).slice(0, 2)).toEqual(['（征求意见稿）', '某市安全生产管理办法']);
  });
});
