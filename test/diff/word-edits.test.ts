// The words a drafter quotes for a small edit of a 款: whole words, found once in it, the separator with the item it separates.
import { describe, expect, it } from 'vitest';
import { wordEdits } from '../../src/diff/word-edits.js';

describe('wordEdits', () => {
  it('quotes a word replaced, a listed item dropped with its 、, and the words an insertion follows', () => {
    expect(wordEdits('国务院设立下列国家科学技术奖：', '国家设立下列国家科学技术奖：')).toEqual([{ op: 'replace', quote: '国务院', text: '国家' }]);
    expect(wordEdits('取得保安服务许可证、保安培训许可证以及保安员证的', '取得保安服务许可证以及保安员证的')).toEqual([{ op: 'drop', quote: '、保安培训许可证' }]);
    expect(wordEdits('评审结果报国务院批准。', '评审结果报党中央、国务院批准。')).toEqual([{ op: 'add', anchor: '评审结果报', text: '党中央、' }]);
  });

  it('quotes a cited article whole, and widens a quote until it is found once in the 款', () => {
    expect(wordEdits('违反本条例第一百二十九条规定的，依法处罚。', '违反本条例第一百二十二条规定的，依法处罚。')).toEqual([{ op: 'replace', quote: '第一百二十九条', text: '第一百二十二条' }]);
    const [edit] = wordEdits('确认领购发票的种类以及领购方式。', '确认领用发票的种类以及领购方式。')!;
    expect(edit).toMatchObject({ op: 'replace', text: expect.stringContaining('领用') });
    expect('确认领购发票的种类以及领购方式。'.split((edit as { quote: string }).quote)).toHaveLength(2);
  });

  it('gives up where a 款 is better restated: many edits, or long ones', () => {
    expect(wordEdits('甲单位应当在三日内报告乙部门并通知丙机构。', '丁单位应当在五日内报送戊部门并告知己机构。')).toBeNull();
    expect(wordEdits('本条例所称数据，是指任何以电子方式对信息的记录。', '本条例所称公共数据，是指国家机关和法律、法规授权的具有管理公共事务职能的组织在依法履行职责过程中收集、产生的数据。')).toBeNull();
  });

  it('applied in order, as a decision is read, the edits give the new 款; where they could not, none is given', () => {
    const apply = (before: string, edits: NonNullable<ReturnType<typeof wordEdits>>) =>
      edits.reduce((t, e) => {
        const q = e.op === 'add' ? e.anchor : e.quote;
        const at = t.indexOf(q);
        return e.op === 'replace' ? t.slice(0, at) + e.text + t.slice(at + q.length) : e.op === 'drop' ? t.slice(0, at) + t.slice(at + q.length) : t.slice(0, at + q.length) + e.text + t.slice(at + q.length);
      }, before);
    const cases: Array<[string, string]> = [
      ['处一万元罚款，没收五万元以下的财物。', '处五万元罚款，没收十万元以下的财物。'],
      ['评审结果报国务院批准，由科技部门公布。', '评审结果报党中央、国务院批准，由科学技术部门公布。'],
      ['违反本条例规定的，处五千元以上五万元以下罚款。', '违反本条例规定的，处一万元以上十万元以下罚款。'],
    ];
    for (const [a, b] of cases) {
      const edits = wordEdits(a, b);
      expect(edits, a).not.toBeNull();
      expect(apply(a, edits!)).toBe(b);
    }
    // Swapped words cannot be quoted so that, read in order, they give the new text.
    expect(wordEdits('董事会或者监事会', '监事会或者董事会')).toBeNull();
  });

  it('quotes a figure whole, never across a line (the next 项), and leaves out what changes no meaning', () => {
    expect(wordEdits('处二万元以上十万元以下罚款。', '处三万元以上十五万元以下罚款。')).toEqual([{ op: 'replace', quote: '二万元以上十万元以下', text: '三万元以上十五万元以下' }]);
    expect(wordEdits('有下列情形之一的：\n（一）未登记的；\n（二）发现隐患的；\n（三）其他情形。', '有下列情形之一的：\n（一）未登记的；\n（二）其他情形。')).toBeNull();
    const variant = (a: string, b: string) => a === '帐簿' && b === '账簿';
    expect(wordEdits('设置会计帐簿，由国务院规定。', '设置会计账簿，由国家规定。', variant)).toEqual([{ op: 'replace', quote: '国务院', text: '国家' }]);
  });
});
