// The units PolicyDiff recognizes after a number, with their canonical unit, scale and kind.

export interface UnitInfo {
  /** Canonical unit the value is expressed in. */
  unit: string;
  /** Multiply the printed number by this to get the canonical value. */
  scale: number;
  kind: string;
}

const MONEY = 'money';

/** Longest first, so 千瓦时 wins over 千瓦 and 万元 over 元. */
const UNIT_TABLE: Array<[string, UnitInfo]> = (
  [
    ...foreignCurrency('美元'),
    ...foreignCurrency('欧元'),
    ...foreignCurrency('港元'),
    ...foreignCurrency('日元'),
    ...foreignCurrency('英镑'),
    ['亿元', { unit: '元', scale: 1e8, kind: MONEY }],
    ['万元', { unit: '元', scale: 1e4, kind: MONEY }],
    ['千元', { unit: '元', scale: 1e3, kind: MONEY }],
    ['元', { unit: '元', scale: 1, kind: MONEY }],
    ['吨标准煤', { unit: '吨标准煤', scale: 1, kind: 'energy' }],
    ['吨标煤', { unit: '吨标准煤', scale: 1, kind: 'energy' }],
    ['千瓦时', { unit: '千瓦时', scale: 1, kind: 'electricity' }],
    ['度电', { unit: '千瓦时', scale: 1, kind: 'electricity' }],
    ['兆瓦', { unit: '千瓦', scale: 1e3, kind: 'power' }],
    ['千瓦', { unit: '千瓦', scale: 1, kind: 'power' }],
    ['平方公里', { unit: '平方公里', scale: 1, kind: 'area' }],
    ['平方米', { unit: '平方米', scale: 1, kind: 'area' }],
    ['公顷', { unit: '亩', scale: 15, kind: 'area' }],
    ['亩', { unit: '亩', scale: 1, kind: 'area' }],
    ['公里', { unit: '公里', scale: 1, kind: 'length' }],
    ['千米', { unit: '公里', scale: 1, kind: 'length' }],
    ['标箱', { unit: '标箱', scale: 1, kind: 'count' }],
    ['吨', { unit: '吨', scale: 1, kind: 'weight' }],
    ['%', { unit: '%', scale: 1, kind: 'ratio' }],
    ['‰', { unit: '%', scale: 0.1, kind: 'ratio' }],
    // Percentage points: a change of a rate, not a rate (提高2-3个百分点).
    ['个百分点', { unit: '百分点', scale: 1, kind: 'ratio' }],
    ['百分点', { unit: '百分点', scale: 1, kind: 'ratio' }],
    ['倍', { unit: '倍', scale: 1, kind: 'multiple' }],
    ['个月', { unit: '月', scale: 1, kind: 'duration' }],
    ['个工作日', { unit: '工作日', scale: 1, kind: 'duration' }],
    ['个季度', { unit: '季度', scale: 1, kind: 'duration' }],
    ['个小时', { unit: '小时', scale: 1, kind: 'duration' }],
    ['分钟', { unit: '分钟', scale: 1, kind: 'duration' }],
    ['周年', { unit: '年', scale: 1, kind: 'duration' }],
    ['日', { unit: '天', scale: 1, kind: 'duration' }],
    ['周', { unit: '周', scale: 1, kind: 'duration' }],
    ['千克', { unit: '千克', scale: 1, kind: 'weight' }],
    ['公斤', { unit: '千克', scale: 1, kind: 'weight' }],
    ['毫米', { unit: '米', scale: 0.001, kind: 'length' }],
    ['厘米', { unit: '米', scale: 0.01, kind: 'length' }],
    ['米', { unit: '米', scale: 1, kind: 'length' }],
    ['摄氏度', { unit: '℃', scale: 1, kind: 'temperature' }],
    ['℃', { unit: '℃', scale: 1, kind: 'temperature' }],
    ['分贝', { unit: '分贝', scale: 1, kind: 'other' }],
    ['周岁', { unit: '岁', scale: 1, kind: 'age' }],
    ['岁', { unit: '岁', scale: 1, kind: 'age' }],
    ['小时', { unit: '小时', scale: 1, kind: 'duration' }],
    ['工作日', { unit: '工作日', scale: 1, kind: 'duration' }],
    ['天', { unit: '天', scale: 1, kind: 'duration' }],
    ['年', { unit: '年', scale: 1, kind: 'duration' }],
    ['人次', { unit: '人次', scale: 1, kind: 'count' }],
    ['户次', { unit: '户次', scale: 1, kind: 'count' }],
  ] as Array<[string, UnitInfo]>
).concat(
  ['个', '家', '项', '人', '名', '张', '所', '条', '次', '批', '座', '辆', '台', '套', '件', '户', '只', '场', '床', '支', '款', '位', '类', '种', '期', '轮', '起', '层', '班', '列', '艘', '架', '部', '处', '片', '村', '镇', '园', '宗', '孩', '佳', '大', '栋', '幢', '间', '株', '头', '份', '面'].map(
    (w): [string, UnitInfo] => [w, { unit: w, scale: 1, kind: 'count' }],
  ),
).sort((a, b) => b[0].length - a[0].length);

/** Money in a foreign currency is its own unit (美元, 欧元 …), with the 万/亿 forms written before it. */
function foreignCurrency(name: string): Array<[string, UnitInfo]> {
  return [
    [`亿${name}`, { unit: name, scale: 1e8, kind: MONEY }],
    [`万${name}`, { unit: name, scale: 1e4, kind: MONEY }],
    [name, { unit: name, scale: 1, kind: MONEY }],
  ];
}

/** Multipliers written between the number and the unit: 100万千瓦, 2万亩, 1.5亿千瓦时. */
export const MULTIPLIERS: Array<[string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

/** The unit starting at `pos`, or null. */
export function unitAt(text: string, pos: number): { text: string; info: UnitInfo } | null {
  for (const [word, info] of UNIT_TABLE) {
    if (text.startsWith(word, pos)) return { text: word, info };
  }
  return null;
}
