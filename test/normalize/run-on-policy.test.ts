// A plan or policy extracted as one line (一、/（一）/1. run together) is broken again before its sections and items, and reads as its lines do.
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { chineseNumeral } from '../../src/text/format-chinese-numeral.js';

const filler = '围绕保障重大项目建设、激发全社会投资活力，全力争取省级财政预算安排资金支持，用以持续保障综合交通建设和城市更新。';
const item = (n: string, title: string, figure: string) => `（${n}）${title}。${filler}${filler}${figure}${filler}${filler}（责任单位：市发改委）`;
const LINES = [
  '云湖市进一步推动经济高质量发展若干政策',
  '（征求意见稿）',
  '为深入贯彻落实省委、省政府决策部署，进一步提振市场信心，结合我市实际，制定以下政策。',
  '一、扩大有效投资政策（由市发改委牵头实施）',
  '2024年，全市推进重点项目800个左右，完成投资2200亿元以上。',
  item('一', '发挥重大项目带动作用', '对新开工项目给予最高500万元补助。'),
  item('二', '加大财政支持力度', '市财政安排资金15亿元。'),
  '二、科技创新政策（由市科技局牵头实施）',
  item('三', '强化财政资金保障', '科技投入增长15%以上。'),
  item('四', '打造高水平科创平台', '对新认定的省实验室给予最高1亿元支持。'),
  '三、五大产业生态圈建设政策（由市经信局牵头实施）',
  item('五', '培育产业集群', '对新认定的集群给予最高300万元奖励。'),
  '上述政策市财政预算安排资金约20亿元。各牵头单位要抓紧出台配套政策。',
  '本政策自2024年1月1日起施行。',
];

const read = (text: string) => {
  const d = parseDocument(normalizeDocument('t', text));
  return { title: d.title, sections: d.sections.map((s) => [s.label, s.title, s.intro]), clauses: d.clauses.map((c) => [c.label, c.text, c.units]), closing: d.closing?.text };
};

describe('a policy on one line', () => {
  it('reads as its lines do: title, draft mark, sections with their leads and intros, items with their units, closing', () => {
    const original = read(LINES.join('\n'));
    expect(original.clauses).toHaveLength(5);
    expect(original.sections.map((x) => x[0])).toEqual(['一、', '二、', '三、']);
    expect(read(`${LINES[0]}\n${LINES.slice(1).join('')}`)).toEqual(original);
    expect(read(`${LINES[0]}\n${LINES.slice(1).join(' ')}`)).toEqual(original);
  });

  it('a clause that lists its cases inline stays one paragraph', () => {
    const cases = Array.from({ length: 12 }, (_, k) => `（${chineseNumeral(k + 1)}）${filler}${filler}`).join('；');
    const text = ['云湖市某某办法', '一、总体要求', `（一）支持范围。符合下列情形之一的，给予支持：${cases}。`, '（二）支持标准。按照实际投资额的10%给予补助。'].join('\n');
    expect(read(text).clauses.map((c) => c[0])).toEqual(['（一）', '（二）']);
  });
});

describe('a policy on one line, from the review', () => {
  it('breaks in text order and once each: a lead straight after its heading, a draft mark before the first section', () => {
    const one = `${LINES[0]}\n（征求意见稿）${LINES.slice(2).join('')}`;
    const text = normalizeDocument('t', one).text;
    expect(text.split('\n').filter((l) => !l.trim())).toEqual([]);
    expect(normalizeDocument('t', text).text).toBe(text);
    expect(text.split('\n')[1]).toBe('（征求意见稿）');
  });

  it('a lead further on (1.建立机制（由…牵头实施）) is no heading’s: the item is printed once, in place', () => {
    const body = ['一、加强组织领导。', `1.建立机制（由市发改委牵头实施）${filler}`, `2.${filler}${filler}${filler}`, `3.${filler}${filler}${filler}`, '二、强化要素保障（由市财政局牵头实施）', `（一）${filler}${filler}${filler}`, `（二）${filler}${filler}${filler}`, `（三）${filler}${filler}${filler}`, `三、优化营商环境。${filler}${filler}`];
    const text = normalizeDocument('t', `${LINES[0]}\n${LINES[2]}${body.join('')}`).text;
    expect(text.split('\n').slice(2)).toEqual(body);
    expect(normalizeDocument('t', text).text).toBe(text);
  });

  it('a 一、 that lists numbers (一、二档企业) opens no section', () => {
    const list = `对年度考核合格的企业按照下列标准给予奖励：（一）一、二档企业给予50万元奖励，${filler}${filler}；（二）二、三档企业给予30万元奖励，${filler}${filler}；（三）其他企业给予10万元奖励。`;
    const text = ['云湖市企业奖励政策', '为鼓励企业发展，制定本政策。', `一、奖励标准。${list}${filler.repeat(6)}二、申报程序。${filler.repeat(4)}`, '本政策自2024年1月1日起施行。'].join('\n');
    expect(normalizeDocument('t', text).text).toContain('（一）一、二档企业给予50万元奖励');
  });
});
