// Word tokens keep numbers whole; the loosens/tightens rule; a number edit is one replacement, not digits.
import { describe, expect, it } from 'vitest';
import { ownBodyPattern, placePattern } from '../../src/align/mask-text.js';
import { diffPassages } from '../../src/diff/diff-passages.js';
import type { DiffSide } from '../../src/diff/diff-side.js';
import { figureRole, judgeEffect } from '../../src/diff/judge-effect.js';
import { tokenizeText } from '../../src/diff/tokenize-text.js';
import { extractFacts } from '../../src/extract/extract-facts.js';
import type { Fact } from '../../src/model/fact.js';

const places = placePattern(['杭州市', '建德市']);
const side = (text: string): DiffSide => ({ ids: ['c1'], text, facts: extractFacts(text), units: [], lead: null, title: null, spans: [], clauses: false, places: [] });

describe('tokenizeText', () => {
  it('keeps a number with its unit as one token, comparator words apart', () => {
    const t = tokenizeText('给予最高50.5万元补助', extractFacts('给予最高50.5万元补助'), places);
    expect(t.map((x) => x.display)).toContain('50.5万元');
    expect(t.find((x) => x.kind === 'number')!.key).toBe('⟨505000元⟩');
    expect(t.map((x) => x.display)).toContain('最高');
  });
  it('gives 共用 (the converter word for 共享) the key of 共享 (a variant, not a change)', () => {
    const a = tokenizeText('全省共享基层门诊签约报销比例', [], places).map((x) => x.key).join('');
    const b = tokenizeText('全省共用基层门诊签约报销比例', [], places).map((x) => x.key).join('');
    expect(b).toBe(a);
  });
  it('a count per a unit (4次/年) is no count of things: never the same figure as 2次', async () => {
    const { compatible } = await import('../../src/diff/pair-numbers.js');
    const [rate, count] = [extractFacts('每年检查4次/年。')[0]!, extractFacts('检查2次。')[0]!];
    expect(rate.unit).toBe('次/年');
    expect(compatible(rate, count)).toBe(false);
    expect(compatible(extractFacts('新增10家。')[0]!, extractFacts('新增10个。')[0]!)).toBe(true);
  });
  it("between a city and a county each one's own bodies lead and answer alike (市经信局 / 县经信局); in the text 市财政 and 县财政 stay apart", () => {
    const names = ['芜湖市', '南陵县'];
    const p = placePattern(names);
    const key = (t: string) => tokenizeText(t, [], p).map((x) => x.key).join('');
    // In the text the letters may name both (市财政承担60%，县财政承担40%): a swap is a change.
    expect(key('市财政承担60%，县财政承担40%')).not.toBe(key('县财政承担60%，市财政承担40%'));
    const units = (u: string[], lead: string) => ({ ...side('给予补助。'), units: u, lead });
    const ctx = { places: p, crossJurisdiction: true, ownBodies: ownBodyPattern(names) };
    expect(diffPassages(units(['市经信局', '市财政局'], '市经信局、市科技局'), units(['县经信局', '县财政局'], '县经信局、县科技局'), ctx).changes).toEqual([]);
    // Another body, or the province's, is a change; 市场监管局 opens with 市场, no level.
    expect(diffPassages(units(['市经信局'], '市经信局'), units(['省经信厅'], '县发改局'), ctx).changes.map((c) => c.kind)).toEqual(['responsible-units', 'lead']);
    expect(diffPassages(units(['市场监管局'], ''), units(['县场监管局'], ''), ctx).changes.map((c) => c.kind)).toEqual(['responsible-units']);
    // Between two cities there is no letter to fold.
    expect(ownBodyPattern(['杭州市', '建德市'])).toBeNull();
  });
  it('a text naming itself (本政策, 本方案, 本文件) is a variant of what it calls itself; 基本政策 → 基本方案 stays a change', () => {
    const r = diffPassages(side('本政策自2024年1月1日起施行，坚持基本政策不变。'), side('本方案自2024年1月1日起施行，坚持基本方案不变。'), { places, crossJurisdiction: false });
    expect(r.variants).toContainEqual({ kind: 'self-reference', before: '本政策', after: '本方案', count: 1 });
    expect(r.changes.map((c) => [c.before, c.after])).toEqual([['政策', '方案']]);
    expect(diffPassages(side('根据本文件要求执行。'), side('根据本方案要求执行。'), { places, crossJurisdiction: false }).changes).toEqual([]);
  });
  it('本 added before the bare word the other side prints reads as 本 added, not as the word replaced; a new name for itself stays a variant', () => {
    const ctx = { places, crossJurisdiction: false };
    const added = diffPassages(side('根据文件要求执行，本政策自发布之日起施行。'), side('根据本文件要求执行，本方案自发布之日起施行。'), ctx);
    expect(added.changes.map((c) => [c.kind, c.before, c.after])).toEqual([['text-added', null, '本']]);
    expect(added.variants).toContainEqual({ kind: 'self-reference', before: '本政策', after: '本方案', count: 1 });
    const dropped = diffPassages(side('按本文件执行。'), side('按文件执行。'), ctx);
    expect(dropped.changes.map((c) => [c.kind, c.before, c.after])).toEqual([['text-dropped', '本', null]]);
  });
  it('folds a variant only where it stands as a word: 高品质 is 高质量, the 品质 that 产品质量 prints across its words is none', () => {
    const key = (t: string) => tokenizeText(t, [], places).map((x) => x.key).join('');
    expect(key('建设高品质步行街')).toBe(key('建设高质量步行街'));
    const r = diffPassages(side('为了保障产品质量安全。'), side('为了保障产品供给和质量安全。'), { places, crossJurisdiction: false });
    expect(r.variants).toEqual([]);
    expect(r.changes.map((c) => c.after)).toEqual([expect.stringContaining('供给和')]);
  });
  it('gives 支援 and 支持, 杭州市 and 建德市 the same key', () => {
    const a = tokenizeText('杭州市支援企业', [], places).map((x) => x.key);
    const b = tokenizeText('建德市支持企业', [], places).map((x) => x.key);
    expect(a).toEqual(b);
  });
});

describe('word diff of figures', () => {
  it('reads 50万元 → 50.5万元 as one replacement and one figure change', () => {
    const r = diffPassages(side('给予最高50万元补助。'), side('给予最高50.5万元补助。'), { places, crossJurisdiction: false });
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]!.words!.filter((s) => s.op !== 'equal').map((s) => s.text)).toEqual(['50万元', '50.5万元']);
    expect(r.numbers).toMatchObject([{ change: 'changed', delta: 5000, role: 'benefit', effect: 'loosens' }]);
  });
  it('reads 不超过 → 最高 with the same figure as a minor rewording, not a figure change', () => {
    const r = diffPassages(side('给予不超过50万元奖励。'), side('给予最高50万元奖励。'), { places, crossJurisdiction: false });
    expect(r.changes).toMatchObject([{ kind: 'reworded', minor: true }]);
    expect(r.numbers[0]!.change).toBe('unchanged');
  });
});

describe('loosens or tightens', () => {
  const fact = (text: string, value: number): Fact => extractFacts(text).find((f) => f.value === value)!;
  it('reads the role of a figure from its words', () => {
    expect(figureRole(fact('给予最高50%的保费补贴', 50), '给予最高50%的保费补贴')).toBe('benefit');
    expect(figureRole(fact('对研发费用占营业收入比重超过5%的企业优先安排', 5), '对研发费用占营业收入比重超过5%的企业优先安排')).toBe('threshold');
    expect(figureRole(fact('市财政2024年预算安排177.1亿元', 17710000000), '市财政2024年预算安排177.1亿元')).toBe('budget');
    expect(figureRole(fact('全年新增学位6万个', 60000), '全年新增学位6万个')).toBe('target');
  });
  it('a higher benefit or budget loosens; a higher threshold or target tightens; added counts as higher', () => {
    const f = (value: number, comparator: Fact['comparator'] = 'eq'): Fact => ({ text: '', value, unit: '元', comparator, quantity: '', start: 0, end: 0, kind: 'money' });
    expect(judgeEffect('benefit', f(50), f(100))).toBe('loosens');
    expect(judgeEffect('budget', f(100), f(50))).toBe('tightens');
    expect(judgeEffect('threshold', f(50), f(100))).toBe('tightens');
    expect(judgeEffect('target', f(50), f(100))).toBe('tightens');
    expect(judgeEffect('target', f(50, 'max'), f(100, 'max'))).toBe('loosens');
    expect(judgeEffect('benefit', null, f(100))).toBe('loosens');
    expect(judgeEffect('threshold', f(100), null)).toBe('loosens');
    expect(judgeEffect('benefit', f(100), f(100, 'max'))).toBe('neutral');
  });
});

describe('where an edit stands when it could stand in several places', () => {
  it('a sentence dropped whole whose first word opens the next sentence too is one drop at its own bounds', () => {
    const base = '支持国际航空运输发展。支持海铁联运发展，鼓励物流企业从事海铁联运业务。支持海河联运发展，增加集装箱量。';
    const other = '支持国际航空运输发展。支持海河联运发展，增加集装箱量。';
    const d = diffPassages(side(base), side(other), { places, crossJurisdiction: false });
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ kind: 'text-dropped', before: '支持海铁联运发展，鼓励物流企业从事海铁联运业务。' });
  });

  it('a few words dropped inside a sentence stay a drop of those words: the edit is moved only where both its ends meet bounds', () => {
    // 公司法 2018 第三十七条 → 2023: 或者监事 dropped from one 项, the next 项 dropped whole.
    const base = '（三）审议批准董事会的报告；\n（四）审议批准监事会或者监事的报告；\n（五）审议批准公司的年度财务预算方案、决算方案；\n（六）审议批准公司的利润分配方案和弥补亏损方案；';
    const other = '（二）审议批准董事会的报告；\n（三）审议批准监事会的报告；\n（四）审议批准公司的利润分配方案和弥补亏损方案；';
    const d = diffPassages(side(base), side(other), { places, crossJurisdiction: false });
    expect(d.changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['text-dropped', '或者监事', null],
      ['text-dropped', '（五）审议批准公司的年度财务预算方案、决算方案；', null],
    ]);
  });
});

describe('figures that are cuts, and figures counted per unit', () => {
  const changed = (a: string, b: string, crossJurisdiction = false) => diffPassages(side(a), side(b), { places, crossJurisdiction }).numbers.filter((n) => n.change !== 'unchanged');
  it('a bigger cut of a charge loosens: 收费标准降低20% → 30%, 利率下浮20个基点 → 30个基点; the charge itself raised tightens', () => {
    expect(changed('行政事业性收费标准在现行基础上降低20%。', '行政事业性收费标准在现行基础上降低30%。')).toMatchObject([{ delta: 10, effect: 'loosens' }]);
    expect(changed('贷款利率在LPR基础上下浮不少于20个基点。', '贷款利率在LPR基础上下浮不少于30个基点。')).toMatchObject([{ effect: 'loosens', after: { unit: '基点', comparator: 'min' } }]);
    expect(changed('担保费率降至1%以下。', '担保费率降至1.5%以下。')).toMatchObject([{ effect: 'tightens' }]);
  });
  it('a tax cut dropped tightens', () => {
    expect(diffPassages(side('房产税、城镇土地使用税按50%减征；其他按规定执行。'), side('其他按规定执行。'), { places, crossJurisdiction: false }).numbers).toMatchObject([{ change: 'dropped', effect: 'tightens' }]);
  });
  it('across jurisdictions a figure counted per project or per mu is judged, a total is shown as scale', () => {
    expect(changed('单个项目补助总额不超过500万元。', '单个项目补助总额不超过300万元。', true)).toMatchObject([{ scaleDependent: false, effect: 'tightens' }]);
    expect(changed('市财政每年安排1亿元专项资金。', '县财政每年安排2000万元专项资金。', true)).toMatchObject([{ scaleDependent: true }]);
  });
  it('across jurisdictions a coefficient or a rate is no total: judged (容积率不低于1.5 → 1.2, 每千瓦时0.1元 → 0.2元)', () => {
    expect(changed('新出让工业用地容积率不低于1.5。', '新出让工业用地容积率不低于1.2。', true)).toMatchObject([{ scaleDependent: false }]);
    expect(changed('差别化电价加价标准为每千瓦时0.1元。', '差别化电价加价标准为每千瓦时0.2元。', true)).toMatchObject([{ scaleDependent: false, effect: 'tightens' }]);
  });
  it('a cap dropped from a grant that stays loosens, a cap added to one tightens; a new grant of its own still loosens', () => {
    const lifted = changed('按每张床位5000元给予一次性改建补贴，单个机构最高不超过150万元。', '按每张床位5000元给予一次性改建补贴。');
    expect(lifted).toMatchObject([{ change: 'dropped', effect: 'loosens' }]);
    const capped = changed('按设备投资额的10%给予补助。', '按设备投资额的10%给予补助，单个项目最高不超过500万元。同一企业每年支持不超过2个项目。');
    expect(capped.map((n) => [n.after?.text, n.effect])).toEqual([['最高不超过500万元', 'tightens'], ['不超过2个', 'tightens']]);
    expect(changed('给予一次性奖励50万元。', '给予一次性奖励50万元。对新认定的首批次材料，给予最高30万元奖励。')).toMatchObject([{ change: 'added', effect: 'loosens' }]);
    // The grant dropped with its cap: both go, and that tightens.
    expect(changed('按设备投资额的10%给予补助，最高不超过500万元。', '加强项目管理。').map((n) => n.effect)).toEqual(['tightens', 'tightens']);
  });
  it('tiers named by a threshold pair by the threshold, not by their place in the list; a tier one side has is dropped or added whole', () => {
    const all = (a: string, b: string) => diffPassages(side(a), side(b), { places, crossJurisdiction: false }).numbers;
    const n = all(
      '对年营业收入首次突破100亿元、50亿元、10亿元的制造业企业，分别给予一次性奖励500万元、200万元、50万元。',
      '对年营业收入首次突破50亿元、20亿元、10亿元的制造业企业，分别给予一次性奖励300万元、100万元、50万元。',
    );
    const row = (x: (typeof n)[number]) => [x.before?.value ?? null, x.after?.value ?? null, x.effect];
    // The 50亿元 tier's award raised; the 100亿元 tier gone with its award; a 20亿元 tier new with its award; thresholds not judged alone.
    const rows = (xs: unknown[][]) => xs.map((x) => JSON.stringify(x)).sort();
    expect(rows(n.filter((x) => x.change !== 'unchanged').map(row))).toEqual(
      rows([
        [2e6, 3e6, 'loosens'],
        [1e10, null, 'neutral'],
        [5e6, null, 'tightens'],
        [null, 2e9, 'neutral'],
        [null, 1e6, 'loosens'],
      ]),
    );
    expect(rows(n.filter((x) => x.change === 'unchanged').map((x) => [x.before!.value, x.after!.value]))).toEqual(rows([[5e9, 5e9], [1e9, 1e9], [5e5, 5e5]]));
  });
  it('conditions a careful reader sees: joined by 、, closed by a 的 further on, paid on (…的方予兑现), a band of ages, a long 对 clause', () => {
    const effect = (a: string, b: string) => changed(a, b).map((n) => n.effect);
    expect(effect('对正常运营一年以上、收住失能老年人的养老机构，按每人每月200元给予运营补贴。', '对正常运营满6个月、收住失能老年人的养老机构，按每人每月200元给予运营补贴。')).toEqual(['loosens']);
    expect(effect('给予一次性奖励10万元，奖励资金在企业纳统后连续2年保持在库的方予兑现。', '给予一次性奖励10万元，奖励资金在企业纳统后连续3年保持在库的方予兑现。')).toEqual(['tightens']);
    // A band a condition sets: its ceiling raised lets more in.
    expect(effect('对招用16—24岁登记失业青年并签订劳动合同的企业，按每人1500元发放补助。', '对招用16—35岁登记失业青年并签订劳动合同的企业，按每人1500元发放补助。')).toEqual(['loosens']);
    expect(effect('对研发费用占营业收入比重3%以上且年度研发费用500万元以上的规模以上工业企业，按增量的10%给予奖补。', '对研发费用占营业收入比重3%以上且年度研发费用300万元以上的规模以上工业企业，按增量的10%给予奖补。')).toEqual(['loosens']);
    // 对 of a name (国务院对外贸易主管部门) opens no condition; a cap raised stays a benefit (…上限由50%提高至60%（对于…）).
    expect(changed('对企业的投保费资助比例上限提高至60%（对于符合条件的制造业企业上限提高至65%）。', '对企业的投保费资助比例上限提高至70%（对于符合条件的制造业企业上限提高至65%）。')).toMatchObject([{ role: 'benefit', effect: 'loosens' }]);
  });
  it('a grant pairs with the grant to the same beneficiary, the 对…的 clause opening its part of the sentence, not with a new grant to another', () => {
    const n = changed('对在沪深交易所首发上市的企业，给予一次性奖励500万元。', '对在沪深交易所首发上市的企业，分阶段给予奖励，合计最高800万元；对在北交所上市的企业，给予奖励300万元。');
    expect(n.map((x) => [x.before?.text ?? null, x.after?.text ?? null, x.change])).toEqual([
      ['500万元', '最高800万元', 'changed'],
      [null, '300万元', 'added'],
    ]);
    // The new grant to another beneficiary is a benefit added.
    expect(n[1]).toMatchObject({ role: 'benefit', effect: 'loosens' });
  });
  it('the one cap of its unit on each side is one ceiling, however it is worded (最高不超过50万元 → 单户企业奖励封顶30万元)', () => {
    const n = changed('按每个岗位1000元给予奖励，最高不超过50万元。', '按每个岗位1000元给予奖励，单户企业奖励封顶30万元。');
    expect(n.map((x) => [x.before?.text, x.after?.text, x.effect])).toEqual([['最高不超过50万元', '封顶30万元', 'tightens']]);
  });
  it('from a review of these rules: a share granted with a cap beside it stays a benefit; a top tier of its own dropped tightens; thresholds all raised tighten', () => {
    expect(changed('对符合条件的企业给予设备投资额10%、最高500万元的补助。', '对符合条件的企业给予设备投资额15%、最高500万元的补助。')).toMatchObject([{ role: 'benefit', effect: 'loosens' }]);
    expect(changed('对认定的企业给予20万元奖励，其中国家级的最高奖励100万元。', '对认定的企业给予20万元奖励。')).toMatchObject([{ change: 'dropped', effect: 'tightens' }]);
    const raised = changed('对年营业收入首次突破100亿元、50亿元、10亿元的企业，分别奖励500万元、200万元、50万元。', '对年营业收入首次突破120亿元、60亿元、12亿元的企业，分别奖励500万元、200万元、50万元。');
    expect(raised.map((n) => [n.change, n.effect])).toEqual([['changed', 'tightens'], ['changed', 'tightens'], ['changed', 'tightens']]);
    const lowest = changed('对年营业收入首次突破100亿元、50亿元、10亿元的企业，分别奖励500万元、200万元、50万元。', '对年营业收入首次突破100亿元、50亿元、20亿元的企业，分别奖励500万元、200万元、50万元。');
    expect(lowest.map((n) => [n.before?.text, n.after?.text, n.effect])).toEqual([['10亿元', '20亿元', 'tightens']]);
    // A condition's ceiling is no grant's cap: the cap dropped, the condition added.
    expect(changed('对企业技术改造项目给予补助，单个项目最高不超过50万元。', '对项目总投资不超过1000万元的企业技术改造项目，按投资额的10%给予补助。').map((n) => n.change)).toEqual(['added', 'dropped', 'added']);
  });
  it('a condition added with the grant it qualifies goes with that grant; a condition added alone binds', () => {
    const n = changed('对星级养老机构，按每人每月200元给予运营补贴。', '对星级养老机构，按每人每月200元给予运营补贴。对连续两年星级评定结果上升的，运营补贴标准上浮10%—20%。');
    expect(n.map((x) => [x.after?.text, x.effect])).toEqual([['两年', 'neutral'], ['10%—20%', 'loosens']]);
    expect(changed('对企业给予奖励10万元。', '对连续经营两年以上的企业给予奖励10万元。')).toMatchObject([{ change: 'added', effect: 'tightens' }]);
  });
  it('procurement set aside for small firms and their price deduction are benefits: more loosens', () => {
    expect(changed('预留该部分采购项目预算的40%以上专门面向中小企业采购。', '预留该部分采购项目预算的45%以上专门面向中小企业采购。')).toMatchObject([{ effect: 'loosens' }]);
    expect(changed('对小微企业报价给予6%—10%的价格扣除。', '对小微企业报价给予10%—20%的价格扣除。')).toMatchObject([{ effect: 'loosens' }]);
  });
  it('a ratio a:b moves the share of its first part (1:1 → 6:4 is 50% → 60%); 2/3 and 三分之二 are one share', async () => {
    const { describeDelta } = await import('../../src/render/report/describe-changes.js');
    const [r] = changed('所需资金由市级财政和区县财政按1:1比例分担。', '所需资金由市级财政和区县财政按6:4比例分担。');
    expect(describeDelta(r!)).toBe("first part's share 50% → 60%");
    expect(describeDelta(r!, 'zh')).toBe('前项占比50%→60%');
    const same = diffPassages(side('按其实际缴纳社会保险费的2/3给予补贴。'), side('按其实际缴纳社会保险费的三分之二给予补贴。'), { places, crossJurisdiction: false });
    expect(same.numbers.map((n) => n.change)).toEqual(['unchanged']);
    expect(same.changes).toEqual([]);
  });
  it('a date moved says by how many days (a month without its day, by months)', async () => {
    const { describeDelta } = await import('../../src/render/report/describe-changes.js');
    const [d] = changed('本措施自2025年1月1日起施行。', '本措施自2025年3月1日起施行。');
    expect(describeDelta(d!)).toBe('59 days later');
    expect(describeDelta(d!, 'zh')).toBe('推后59天');
    expect(describeDelta(changed('于2026年6月前完成。', '于2026年3月前完成。')[0]!)).toBe('3 months earlier');
    expect(describeDelta(changed('于2025年1月前完成。', '于2025年1月15日前完成。')[0]!)).toBe('same month, the day named or dropped');
  });
  it('the one figure of its unit in each clause, named alike, is one quantity changed: judged, not a weak pairing', () => {
    expect(changed('对纳入工业统计的企业，奖励标准为每家20万元。', '对纳入工业统计的企业，每家奖励10万元。', true)).toMatchObject([{ change: 'changed', effect: 'tightens' }]);
    expect(changed('对纳入工业统计的企业，奖励标准为每家20万元。', '对纳入工业统计的企业，每家奖励10万元。', true)[0]!.weak).toBeUndefined();
  });
  it('the tiers of a 分别 list pair by their items, not by a sum two tiers happen to share', () => {
    const list = (a: string) => `年产值首次突破10亿元、50亿元、100亿元的，分别奖励${a}。`;
    const figures = changed(list('50万元、100万元、200万元'), list('30万元、60万元、100万元'), true).filter((n) => n.before?.unit === '元' && n.before.value < 1e8);
    expect(figures.map((n) => [n.before?.text, n.after?.text])).toEqual([['50万元', '30万元'], ['100万元', '60万元'], ['200万元', '100万元']]);
  });
  it('a qualification withdrawn for fewer years loosens (5年内取消评优资格 → 3年内)', () => {
    expect(changed('对骗取财政资金的，5年内取消评优资格。', '对骗取财政资金的，3年内取消评优资格。')).toMatchObject([{ effect: 'loosens' }]);
  });
  it('two 分别 lists of as many tiers with no items named pair tier by tier', () => {
    const figures = changed('对获评的企业，分别奖励50万元、100万元、200万元。', '对获评的企业，分别奖励30万元、60万元、100万元。', true);
    expect(figures.map((n) => [n.before?.text, n.after?.text])).toEqual([['50万元', '30万元'], ['100万元', '60万元'], ['200万元', '100万元']]);
  });
  it('a time limit in other units says which is longer: 三个月 → 六十日 is shorter', async () => {
    const { describeDelta } = await import('../../src/render/report/describe-changes.js');
    const [n] = changed('申请人应当在三个月内补正材料。', '申请人应当在六十日内补正材料。');
    expect(n).toMatchObject({ delta: null, longer: 'shorter' });
    expect(describeDelta(n!)).toBe('shorter (月 → 天)');
  });
});
