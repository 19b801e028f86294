// A law against its revision (fixtures written by us in the form of a national law): articles renumbered with their text unchanged are
// counted once and never listed as changes; standardized characters (帐→账, 其它→其他) are variants; the real edits are changes.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import type { PairDiff } from '../../src/model/clause-diff.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';
import { describeVariants } from '../../src/render/report/describe-changes.js';

const fixture = (name: string) =>
  loadSynthetic({ id: name.replace(/\.md$/, ''), source: 'fixture', text: fs.readFileSync(`test/fixtures/outline/${name}`, 'utf8'), truth: new Set() });
const diff = diffAligned(alignLoaded(fixture('law-national.md'), fixture('law-revised.md'), []));
const pairOf = (base: string): PairDiff => diff.pairs.find((p) => p.base.length === 1 && p.base[0] === base)!;

describe('diff: a law against its revision', () => {
  it('the eight articles renumbered with their text unchanged are identical and renumbered, counted once in the summary', () => {
    const renumbered: Array<[string, string]> = [['c17', 'c16'], ['c18', 'c17'], ['c21', 'c20'], ['c22', 'c21'], ['c23', 'c22'], ['c28', 'c26'], ['c29', 'c28'], ['c30', 'c29']];
    for (const [b, o] of renumbered) expect(pairOf(b), b).toMatchObject({ other: [o], status: 'identical', renumbered: true });
    // …and, variant-only, c20 → c19 (台帐 → 台账) and c25 → c24 (its citation follows the renumbering, below).
    const articles = diff.pairs.filter((p) => p.renumbered && p.base[0]!.startsWith('c'));
    expect(articles.map((p) => p.base[0]).sort()).toEqual([...renumbered.map(([b]) => b), 'c20', 'c25'].sort());
    expect(diff.summary.renumbered).toBe(diff.pairs.filter((p) => p.renumbered).length);
  });

  it('articles kept under their number are not renumbered', () => {
    for (const id of ['c1', 'c6', 'c12', 'c12-1', 'c14']) expect(pairOf(id), id).toMatchObject({ other: [id], status: 'identical' });
    expect(pairOf('c1').renumbered).toBeUndefined();
  });

  it('其它 → 其他 and 台帐 → 台账 are variants, not changes', () => {
    expect(pairOf('c15').status).toBe('variant-only');
    expect(pairOf('c20')).toMatchObject({ other: ['c19'], status: 'variant-only', renumbered: true });
  });

  it('the raised fine and the reworded article are changes', () => {
    expect(pairOf('c24').status).toBe('modified');
    expect(pairOf('c19').status).toBe('modified');
    expect(pairOf('c16').status).toBe('base-only');
  });
});

describe('diff: an item deleted inside an article', () => {
  it('the items after it, renumbered, are variants; the deleted item is the change', () => {
    const law = (items: string[]) =>
      loadSynthetic({ id: `items-${items.length}`, source: 'fixture', text: ['# 某某管理条例', '第一条 为了规范管理，制定本条例。', '第二条 有下列情形之一的，责令改正：', ...items.map((t, k) => `（${'一二三四'[k]}）${t}；`)].join('\n\n'), truth: new Set() });
    const d = diffAligned(alignLoaded(law(['未按照规定登记', '伪造记录', '拒绝检查', '隐匿资料']), law(['未按照规定登记', '拒绝检查', '隐匿资料']), []));
    const p = d.pairs.find((x) => x.base[0] === 'c2')!;
    expect(p.status).toBe('modified');
    // One change: the dropped item (where the cut falls around the masked labels is the word diff's choice); nothing of the renumbered ones.
    expect(p.changes).toHaveLength(1);
    expect(p.changes[0]).toMatchObject({ kind: 'text-dropped', after: null });
    expect(p.changes[0]!.before).toContain('伪造记录');
    expect(p.changes[0]!.before).not.toMatch(/拒绝|隐匿/);
    // The renumbered items are said to be that, not punctuation: item numbers ×2 (三/二 四/三).
    // (Which labels fall inside the dropped item's cut is the word diff's choice too: 四/三 at least is a renumbering.)
    expect(p.variants.filter((v) => v.kind === 'numbering').map((v) => `${v.before}/${v.after}`)).toContain('四/三');
    expect(p.variants.filter((v) => v.kind === 'punctuation')).toEqual([]);
    expect(describeVariants(p.variants, 4)).toMatch(/^item numbers ×\d \((三\/二 )?四\/三\)$/);
  });
});

describe('diff: cross-references', () => {
  it('a citation updated only because the cited article was renumbered (第十八条 → 第十七条) is a variant', () => {
    expect(pairOf('c25')).toMatchObject({ other: ['c24'], status: 'variant-only', renumbered: true, changes: [] });
    expect(pairOf('c25').variants).toContainEqual({ kind: 'cross-reference', before: '第十八条', after: '第十七条', count: 1 });
  });

  it('a citation left at the old number, now pointing at another article, is a change', () => {
    const revised = fs.readFileSync('test/fixtures/outline/law-revised.md', 'utf8');
    expect(revised).toContain('依照本法第十七条');
    const stale = loadSynthetic({ id: 'law-stale', source: 'fixture', text: revised.replace('依照本法第十七条', '依照本法第十八条'), truth: new Set() });
    const d = diffAligned(alignLoaded(fixture('law-national.md'), stale, []));
    const p = d.pairs.find((x) => x.base[0] === 'c25')!;
    expect(p.status).toBe('modified');
  });
});

describe('diff: what a review pass found', () => {
  const law = (id: string, lines: string[]) => loadSynthetic({ id, source: 'fixture', text: lines.join('\n\n'), truth: new Set() });
  const articles = (c2: string, c3: string) => ['第一条 为了规范管理，制定本办法。', `第二条 ${c2}`, `第三条 ${c3}`];

  it('the text above a decree\'s title (…自…起施行) is compared: a change there is a change', () => {
    const head = (date: string) => [`《某市停车管理办法》已经市人民政府常务会议审议通过，现予公布，自${date}起施行。`, '某市停车管理办法'];
    const a = law('decree-a', [...head('2024年3月1日'), ...articles('本办法适用于本市。', '本办法由市交通局负责解释。')]);
    const b = law('decree-b', [...head('2024年6月1日'), ...articles('本办法适用于本市。', '本办法由市交通局负责解释。')]);
    const d = diffAligned(alignLoaded(a, b, []));
    expect(d.pairs.filter((p) => p.status === 'modified').map((p) => p.base)).toEqual([['preamble']]);
  });

  it('a floor added to a fine (五万元以下 → 一万元以上五万元以下) is a change that tightens, not a variant', () => {
    const a = law('floor-a', ['# 某某条例', ...articles('违反本条例的，处五万元以下的罚款。', '本条例自公布之日起施行。')]);
    const b = law('floor-b', ['# 某某条例', ...articles('违反本条例的，处一万元以上五万元以下的罚款。', '本条例自公布之日起施行。')]);
    const p = diffAligned(alignLoaded(a, b, [])).pairs.find((x) => x.base[0] === 'c2')!;
    expect(p.status).toBe('modified');
    expect(p.numbers.find((n) => n.change === 'changed')).toMatchObject({ role: 'penalty', effect: 'tightens', delta: 10000 });
  });

  it('two fine tiers raised in place are each one numeric change where it stands, never a figure moved to the other tier', () => {
    const fine = (low: string, high: string) => `违反本条例的，没收违法所得，并处${low}的罚款；情节严重的，处${high}的罚款。`;
    const a = law('tiers-a', ['# 某某条例', ...articles(fine('二万元以上十万元以下', '十万元以上二十万元以下'), '本条例自公布之日起施行。')]);
    const b = law('tiers-b', ['# 某某条例', ...articles(fine('十万元以上五十万元以下', '五十万元以上一百万元以下'), '本条例自公布之日起施行。')]);
    const p = diffAligned(alignLoaded(a, b, [])).pairs.find((x) => x.base[0] === 'c2')!;
    expect(p.changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['numeric', '二万元以上十万元', '十万元以上五十万元'],
      ['numeric', '十万元以上二十万元', '五十万元以上一百万元'],
    ]);
  });

  it('a fine made a range says how each bound moved: min same, max +40万元 for 十万元 → 十万元以上五十万元以下', async () => {
    const { describeDelta } = await import('../../src/render/report/describe-changes.js');
    const fine = (f: string) => law(`range-${f}`, ['# 某某条例', ...articles(`违反本条例的，处${f}的罚款。`, '本条例自公布之日起施行。')]);
    const figure = (a: string, b: string) => diffAligned(alignLoaded(fine(a), fine(b), [])).pairs.find((x) => x.base[0] === 'c2')!.numbers[0]!;
    const widened = figure('十万元', '十万元以上五十万元以下');
    expect(widened).toMatchObject({ change: 'changed', deltaBounds: { min: 0, max: 400000 }, effect: 'tightens' });
    expect(describeDelta(widened)).toBe('min same, max +40万元 (+400%)');
    expect(describeDelta(widened, 'zh')).toBe('下限相同，上限+40万元 (+400%)');
    expect(describeDelta(figure('一万元以上二万元以下', '二万元以上二十万元以下'))).toBe('min +1万元 (+100%), max +18万元 (+900%)');
    // Bounds that move alike, and a floor alone (no upper bound to compare), keep the one move.
    expect(describeDelta(figure('一万元以上二万元以下', '二万元以上三万元以下'))).toBe('+1万元 (+50%)');
    expect(figure('一万元以上', '一万元以上五万元以下').deltaBounds).toBeUndefined();
  });

  it('a fine whose form changed (所需费用三倍 → 五万元以上二十万元以下) is one fine changed and not judged, never a drop that loosens and an addition', async () => {
    const { describeDelta } = await import('../../src/render/report/describe-changes.js');
    const a = law('form-a', ['# 某某条例', ...articles('未按照规定进行无害化处置的，由生态环境主管部门责令改正，处进行无害化处置所需费用三倍的罚款。', '本条例自公布之日起施行。')]);
    const b = law('form-b', ['# 某某条例', ...articles('未按照规定进行无害化处置的，由生态环境主管部门责令改正，处五万元以上二十万元以下的罚款。', '本条例自公布之日起施行。')]);
    const figures = diffAligned(alignLoaded(a, b, [])).pairs.find((x) => x.base[0] === 'c2')!.numbers;
    expect(figures.map((n) => [n.change, n.before?.text, n.after?.text, n.effect])).toEqual([['changed', '三倍', '五万元以上二十万元以下', 'neutral']]);
    expect(describeDelta(figures[0]!)).toBe('multiple → amount');
    // Where the old form stays in the article (as its 情节严重 tier), the new amount is a fine added, not the old one changed.
    const c = law('form-c', ['# 某某条例', ...articles('虚假出资的，责令改正，处以虚假出资金额百分之五以上百分之十五以下的罚款。', '本条例自公布之日起施行。')]);
    const e = law('form-e', ['# 某某条例', ...articles('虚假出资的，责令改正，可以处以五万元以上二十万元以下的罚款；情节严重的，处以虚假出资金额百分之五以上百分之十五以下的罚款。', '本条例自公布之日起施行。')]);
    const kept = diffAligned(alignLoaded(c, e, [])).pairs.find((x) => x.base[0] === 'c2')!.numbers;
    expect(kept.filter((n) => n.change === 'changed' && n.after?.text === '五万元以上二十万元以下')).toEqual([]);
  });

  it('within one jurisdiction a level of government is text: 县级以上 → 市级以上 is a change', () => {
    const a = law('level-a', ['# 某某条例', ...articles('县级以上人民政府负责本条例的实施。', '本条例自公布之日起施行。')]);
    const b = law('level-b', ['# 某某条例', ...articles('市级以上人民政府负责本条例的实施。', '本条例自公布之日起施行。')]);
    expect(diffAligned(alignLoaded(a, b, [])).pairs.find((x) => x.base[0] === 'c2')!.status).toBe('modified');
  });

  it('a citation of another act is never remapped by this text\'s renumbering', () => {
    // Old 第三条 is deleted, so old 第四条 becomes 第三条; 《行政处罚法》第三条 is another law's article and stays as it is.
    const a = law('cite-a', ['# 某某条例', '第一条 为了规范管理，制定本条例。', '第二条 本条例适用于本市。', '第三条 主管部门负责实施。', '第四条 依照《行政处罚法》第三条的规定处理。']);
    const b = law('cite-b', ['# 某某条例', '第一条 为了规范管理，制定本条例。', '第二条 本条例适用于本市。', '第三条 依照《行政处罚法》第三条的规定处理。']);
    const d = diffAligned(alignLoaded(a, b, []));
    expect(d.pairs.find((x) => x.base[0] === 'c4')).toMatchObject({ other: ['c3'], status: 'identical', renumbered: true });
    const c = law('cite-c', ['# 某某条例', '第一条 为了规范管理，制定本条例。', '第二条 本条例适用于本市。', '第三条 依照《行政处罚法》第二条的规定处理。']);
    expect(diffAligned(alignLoaded(a, c, [])).pairs.find((x) => x.base[0] === 'c4')!.status).toBe('modified');
  });

  it('a figure of a 款 dropped whole is dropped with it, never paired with one of a 款 added in its place', () => {
    const a = law('whole-a', ['# 某某条例', '第一条 为了规范培训，制定本条例。', '第二条 申请从事培训的单位，应当向公安机关提交申请书。\n受理的公安机关应当自收到申请材料之日起15日内进行审核。省级公安机关应当自收到审核意见之日起15日内作出决定。', '第三条 本条例自公布之日起施行。']);
    const b = law('whole-b', ['# 某某条例', '第一条 为了规范培训，制定本条例。', '第二条 从事培训的单位，应当自开展培训之日起30日内向公安机关备案。\n培训单位名称发生变化的，应当到原备案公安机关办理变更。\n培训单位终止培训的，应当自终止培训之日起30日内到原备案公安机关撤销备案。', '第三条 本条例自公布之日起施行。']);
    const numbers = diffAligned(alignLoaded(a, b, [])).pairs.find((x) => x.base[0] === 'c2')!.numbers;
    expect(numbers.map((n) => n.change).sort()).toEqual(['added', 'added', 'dropped', 'dropped']);
  });

  it('lists of cited articles edited in each 项 are edited in place, never moved from one 项 to another', () => {
    const a = law('cited-a', ['# 某某细则', '第一条 为了实施专利法，制定本细则。', '第二条 初步审查，审查下列各项：\n（一）发明专利申请是否不符合专利法第十八条、第十九条第一款、第二十条第一款或者本细则第十六条、第二十六条第二款的规定；\n（二）实用新型专利申请是否不符合专利法第十八条、第十九条第一款、第二十条第一款或者本细则第十六条至第十九条的规定；\n（三）外观设计专利申请是否不符合专利法第十八条、第十九条第一款或者本细则第十六条、第二十七条的规定。', '第三条 本细则自公布之日起施行。']);
    const b = law('cited-b', ['# 某某细则', '第一条 为了实施专利法，制定本细则。', '第二条 初步审查，审查下列各项：\n（一）发明专利申请是否不符合专利法第十七条、第十八条第一款、第十九条第一款或者本细则第十一条、第十九条、第二十九条第二款的规定；\n（二）实用新型专利申请是否不符合专利法第十七条、第十八条第一款、第十九条第一款或者本细则第十一条、第十九条至第二十二条的规定；\n（三）外观设计专利申请是否不符合专利法第十七条、第十八条第一款或者本细则第十一条、第十九条、第三十条的规定。', '第三条 本细则自公布之日起施行。']);
    const changes = diffAligned(alignLoaded(a, b, [])).pairs.find((x) => x.base[0] === 'c2')!.changes;
    expect(changes.filter((c) => c.kind === 'moved')).toEqual([]);
    expect(changes.every((c) => !c.whereOther || c.whereOther === c.where)).toBe(true);
  });

  it("the later articles of a chain citing another act (专利法第一条和第三条), and a treaty's (专利合作条约第二十三条), are that act's", () => {
    const a = law('chain-a', ['# 某某细则', '第一条 根据专利法，制定本细则。', '第二条 除专利法第一条和第三条规定的情形外，依照专利合作条约第二十三条办理。', '第三条 申请文件应当使用中文。', '第四条 不符合本细则第三条规定的，不予受理。']);
    const b = law('chain-b', ['# 某某细则', '第一条 根据专利法，制定本细则。', '第二条 申请专利应当遵循诚实信用原则。', '第三条 除专利法第一条和第三条规定的情形外，依照专利合作条约第二十三条办理。', '第四条 申请文件应当使用中文。', '第五条 不符合本细则第四条规定的，不予受理。']);
    const d = diffAligned(alignLoaded(a, b, []));
    expect(d.pairs.find((x) => x.base[0] === 'c2')).toMatchObject({ other: ['c3'], status: 'identical', renumbered: true });
    // This text's own article, renumbered, is still followed: 本细则第三条 → 第四条 is a variant.
    expect(d.pairs.find((x) => x.base[0] === 'c4')).toMatchObject({ other: ['c5'], status: 'variant-only' });
  });
});

describe('articles under a 节', () => {
  it('are placed under their chapter and their 节 in every view', async () => {
    const { diffPair } = await import('../../src/pipeline.js');
    const d = diffPair('test/fixtures/outline/law-national.md', 'test/fixtures/outline/law-revised.md').diff;
    const sections = [...new Set(d.pairs.map((p) => p.section))];
    expect(sections).toContain('第二章规划与建设 › 第一节规划');
    expect(sections).toContain('第二章规划与建设 › 第二节建设');
  });
});

describe('figures of an article of several 款', () => {
  const law = (second: string, first: string) =>
    loadSynthetic({ id: 'kuan', source: 'fixture', text: `# 示范物业规定\n\n第一条 为了规范业主大会活动，制定本规定。\n\n第二条 ${first}\n${second}\n\n第三条 本规定自2020年1月1日起施行。\n`, truth: new Set() });
  it('a figure is paired in its own 款 before one of the same value in another (三分之二以上 → 四分之三以上 in 第二款, while 第一款 goes from 过半数 to 三分之二以上)', () => {
    const old = law('业主大会决定筹集专项维修资金的，应当经专有部分占建筑物总面积三分之二以上的业主且占总人数三分之二以上的业主同意。', '业主大会会议应当有专有部分占建筑物总面积过半数的业主且占总人数过半数的业主参加。');
    const now = law('业主大会决定筹集专项维修资金的，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。', '业主大会会议应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。');
    const p = diffAligned(alignLoaded(old, now, [])).pairs.find((x) => x.base[0] === 'c2')!;
    const moved = p.numbers.filter((n) => n.change !== 'unchanged').map((n) => [n.change, n.before?.text ?? null, n.after?.text ?? null, n.where]);
    expect(moved).toEqual([
      // 过半数 is a share too (above half): raised to two thirds in 第一款.
      ['changed', '过半数', '三分之二以上', '第二条第一款'],
      ['changed', '过半数', '三分之二以上', '第二条第一款'],
      ['changed', '三分之二以上', '四分之三以上', '第二条第二款'],
      ['changed', '三分之二以上', '四分之三以上', '第二条第二款'],
    ]);
  });
});
