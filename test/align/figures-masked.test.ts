// Two clauses alike but for their figures are the same item, whether the figures are printed in Arabic or in Chinese numerals.
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';
import { comparisonKeyText } from '../../src/normalize/comparison-key.js';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
/** A regulation of twenty articles that differ in nothing but their number; the one at `raised` fines 二万元 instead of 一万元. */
const regulation = (raised?: number) =>
  ['# 某某管理条例', ...CN.map((n, i) => `第${n}条 违反本条例规定的，由主管部门责令改正，处${i === raised ? '二' : '一'}万元以下的罚款。`)].join('\n\n');
const load = (id: string, text: string) => loadSynthetic({ id, source: 'fixture', text, truth: new Set() });

describe('figures masked for similarity', () => {
  it('Chinese numerals before a unit are masked as Arabic figures are', () => {
    const places = /(?!)/;
    expect(comparisonKeyText('处五十万元以下的罚款，三十日内', { places, numbers: true })).toBe(comparisonKeyText('处50万元以下的罚款，30日内', { places, numbers: true }));
    // Words that only hold a numeral character are left alone.
    expect(comparisonKeyText('统一规划，一般情况', { places, numbers: true })).toBe('统一规划，一般情况');
  });

  it('twenty articles alike but for one raised fine: each pairs with its own, and the raised one is a changed figure', () => {
    const d = diffAligned(alignLoaded(load('a', regulation()), load('b', regulation(11)), []));
    const changed = d.pairs.filter((p) => p.status !== 'identical');
    expect(changed.map((p) => [p.base.join('+'), p.other.join('+'), p.status])).toEqual([['c12', 'c12', 'modified']]);
    expect(changed[0]!.numbers.find((n) => n.change === 'changed')).toMatchObject({ before: { text: '一万元以下' }, after: { text: '二万元以下' }, effect: 'tightens' });
  });
});
