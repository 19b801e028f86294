// Each figure role of figure-roles.tsv read from its words and judged its way; weak pairings shown and never judged.
import { describe, expect, it } from 'vitest';
import { placePattern } from '../../src/align/mask-text.js';
import { diffPassages } from '../../src/diff/diff-passages.js';
import type { DiffSide } from '../../src/diff/diff-side.js';
import { figureRole } from '../../src/diff/judge-effect.js';
import { extractFacts } from '../../src/extract/extract-facts.js';
import { describeDelta, effectLabel } from '../../src/render/report/describe-changes.js';

const places = placePattern(['东江市', '西岭县']);
const side = (text: string): DiffSide => ({ ids: ['c1'], text, facts: extractFacts(text), units: [], lead: null, title: null, spans: [], clauses: false, places: [] });
const roleOf = (text: string, value: number) => figureRole(extractFacts(text).find((f) => f.value === value)!, text);
/** The one figure change between two versions of a passage of one document. */
const change = (before: string, after: string) => {
  const r = diffPassages(side(before), side(after), { places, crossJurisdiction: false });
  const moved = r.numbers.filter((n) => n.change !== 'unchanged');
  expect(moved, `${before} → ${after}`).toHaveLength(1);
  return moved[0]!;
};

describe('figure roles', () => {
  it('benefit: a higher subsidy loosens', () => {
    expect(roleOf('给予最高50%的保费补贴', 50)).toBe('benefit');
    expect(change('给予最高50万元补助。', '给予最高80万元补助。')).toMatchObject({ role: 'benefit', effect: 'loosens' });
  });
  it('a sum per month against one per year is compared per month (每人每月3000元 → 每人每年4.8万元: +1000元 a month)', () => {
    const same = diffPassages(side('给予每人每月3000元生活补贴。'), side('给予每人每年3.6万元生活补贴。'), { places, crossJurisdiction: false });
    expect(same.numbers.map((n) => n.change)).toEqual(['unchanged']);
    const raised = change('给予每人每月3000元生活补贴。', '给予每人每年4.8万元生活补贴。');
    expect(raised).toMatchObject({ change: 'changed', delta: 1000, effect: 'loosens', after: { value: 48000, period: '年' } });
    expect(describeDelta(raised)).toBe('+1000元/月 (+33.3%)');
    // A rate over a year (200万元/年) is a sum with its period; one with no period is compared as printed.
    expect(change('每年补贴200万元。', '补贴300万元/年。')).toMatchObject({ delta: 1_000_000 });
    expect(change('每季度补贴3000元。', '补贴1000元。')).toMatchObject({ delta: -2000 });
  });
  it("a lead time one must give before applying (十五日前，向区主管部门提出申请) is a person's time: dropped, it loosens", () => {
    const r = diffPassages(side('举办者应当在举办活动的十五日前，向区主管部门提出申请。'), side('举办者应当按照国家有关规定办理相关手续。'), { places, crossJurisdiction: false });
    expect(r.numbers).toMatchObject([{ change: 'dropped', role: 'time-person', effect: 'loosens' }]);
  });
  it('the first years of a benefit (前3年按…50%给予补贴) are how long it lasts: fewer tighten', () => {
    expect(change('对新入驻的企业，前3年按其实际租金的50%给予补贴。', '对新入驻的企业，前2年按其实际租金的50%给予补贴。')).toMatchObject({ role: 'benefit', effect: 'tightens' });
  });
  it('a guaranteed loan granted (创业担保贷款，额度最高不超过400万元) is a benefit: a lower cap tightens; its 担保费 stays a fee', () => {
    expect(change('小微企业申请创业担保贷款，额度最高不超过400万元。', '小微企业申请创业担保贷款，额度最高不超过300万元。')).toMatchObject({ role: 'benefit', effect: 'tightens' });
    expect(roleOf('担保费率保持在1%以下', 1)).toBe('fee');
  });
  it('a validity from its start (自2024年1月1日起施行，有效期3年) is the date it runs to: the same as 有效期至2026年12月31日; a later end loosens', () => {
    const [f] = extractFacts('本政策自2024年1月1日起施行，有效期3年。').filter((x) => x.kind === 'duration');
    expect(f).toMatchObject({ value: 3, unit: '年', until: 20261231 });
    const same = diffPassages(side('本政策自2024年1月1日起施行，有效期3年。'), side('本政策自2024年1月1日起施行，有效期至2026年12月31日。'), { places, crossJurisdiction: false });
    expect(same.numbers.map((n) => n.change)).toEqual(['unchanged', 'unchanged']);
    const later = change('本政策自2024年1月1日起施行，有效期3年。', '本政策自2024年1月1日起施行，有效期至2027年6月30日。');
    expect(later).toMatchObject({ change: 'changed', effect: 'loosens', before: { text: '3年' } });
    expect(describeDelta(later)).toBe('181 days later');
    // No start given: the length alone, as printed.
    expect(extractFacts('有效期3年。')[0]!.until).toBeUndefined();
  });
  it('budget: more money set aside loosens', () => {
    expect(roleOf('市财政预算安排12亿元', 1.2e9)).toBe('budget');
    expect(change('市财政预算安排12亿元。', '市财政预算安排10亿元。')).toMatchObject({ role: 'budget', effect: 'tightens' });
  });
  it('fee: a lower charge the public pays loosens; a share of the standard charge added is a cut', () => {
    expect(roleOf('政府性融资担保费率保持在1%以下', 1)).toBe('fee');
    expect(change('政府性融资担保费率保持在1%以下。', '政府性融资担保费率保持在0.8%以下。')).toMatchObject({ role: 'fee', effect: 'loosens' });
    expect(change('按照高可靠性供电费用收取标准执行。', '按照高可靠性供电费用收取标准的70%执行。')).toMatchObject({ change: 'added', role: 'fee', effect: 'loosens' });
  });
  it('penalty: a higher fine tightens', () => {
    expect(change('处五千元以上五万元以下的罚款。', '处一万元以上十万元以下的罚款。')).toMatchObject({ role: 'penalty', effect: 'tightens' });
  });
  it('threshold: a higher condition on who qualifies tightens', () => {
    expect(roleOf('对研发费用占营业收入比重超过5%的企业优先安排', 5)).toBe('threshold');
    expect(change('对年营业收入超过1000万元的企业给予奖励。', '对年营业收入超过2000万元的企业给予奖励。')).toMatchObject({ role: 'threshold', effect: 'tightens' });
  });
  it('threshold: where the condition is a ceiling (…以下的企业), a higher one lets more qualify and loosens', () => {
    expect(change('对上年出口额300万美元以下的小微企业给予保费补助。', '对上年出口额500万美元以下的小微企业给予保费补助。')).toMatchObject({ role: 'threshold', effect: 'loosens' });
  });
  it('trigger: a higher figure beyond which a duty, ban or sanction applies binds fewer and loosens; a duty below it reads the other way', () => {
    expect(roleOf('营业额均超过4亿元人民币的，经营者应当事先申报。', 4e8)).toBe('trigger');
    expect(change('营业额均超过4亿元人民币的，经营者应当事先申报。', '营业额均超过8亿元人民币的，经营者应当事先申报。')).toMatchObject({ role: 'trigger', effect: 'loosens' });
    expect(change('注册资本不足100万元的，不得从事融资担保业务。', '注册资本不足200万元的，不得从事融资担保业务。')).toMatchObject({ role: 'trigger', effect: 'tightens' });
  });
  it('a requirement one must meet (应当有…为发起人) is a threshold; a bounded condition on a subject bound to a duty is a trigger', () => {
    expect(change('设立股份有限公司，应当有二人以上二百人以下为发起人。', '设立股份有限公司，应当有一人以上二百人以下为发起人。')).toMatchObject({ role: 'threshold', effect: 'loosens' });
    expect(roleOf('职工人数三百人以上的有限责任公司，其董事会成员中应当有公司职工代表。', 300)).toBe('trigger');
  });
  it("a person's time limit set where there was none binds, and tightens; a duty's trigger added too", () => {
    expect(change('全体股东认缴的出资额由股东按照公司章程的规定缴纳。', '全体股东认缴的出资额由股东按照公司章程的规定自公司成立之日起五年内缴足。')).toMatchObject({ change: 'added', role: 'time-person', effect: 'tightens' });
    expect(change('经营者应当事先申报。', '营业额超过4亿元人民币的，经营者应当事先申报。')).toMatchObject({ change: 'added', role: 'trigger', effect: 'tightens' });
  });
  it('a time limit in another unit is the same limit changed, longer or shorter by its length (十日 → 十五个工作日, 六个月 → 一年)', () => {
    expect(change('当事人应当自收到通知之日起十日内提交材料。', '当事人应当自收到通知之日起十五个工作日内提交材料。')).toMatchObject({ change: 'changed', delta: null, role: 'time-person', effect: 'loosens' });
    expect(change('当事人应当在一年内提出申请。', '当事人应当在六个月内提出申请。')).toMatchObject({ change: 'changed', role: 'time-person', effect: 'tightens' });
  });
  it('how long a relief, a deferral or a permit lasts is a benefit: more loosens (不超过3年的租金减免, 可缓缴6个月, 首2小时免费, 有效期3年)', () => {
    expect(change('对入驻小微企业园的企业，享受不超过3年的租金减免。', '对入驻小微企业园的企业，享受不超过5年的租金减免。')).toMatchObject({ role: 'benefit', effect: 'loosens' });
    expect(change('城市基础设施配套费可缓缴6个月。', '城市基础设施配套费可缓缴12个月。')).toMatchObject({ role: 'benefit', effect: 'loosens' });
    expect(change('公共停车场首2小时免费。', '公共停车场首1小时免费。')).toMatchObject({ role: 'benefit', effect: 'tightens' });
    expect(change('本政策有效期3年。', '本政策有效期2年。')).toMatchObject({ role: 'benefit', effect: 'tightens' });
  });
  it('a word inside what follows a time limit, a purchase price, a period to qualify are no such cues (review findings)', () => {
    expect(roleOf('应当自受理之日起三十日内对申报材料进行审核。', 30)).not.toBe('time-person');
    expect(roleOf('粮食最低收购价格不低于每斤1.2元。', 1.2)).not.toBe('fee');
    expect(roleOf('在本地工作满五年给予一次性奖励。', 5)).not.toBe('benefit');
  });
  it('each member of a list of labelled figures plays the role of the list (初级工1000元、中级工1500元、高级工2000元的标准给予培训补贴)', () => {
    const text = '按初级工1000元、中级工1500元、高级工2000元的标准给予培训补贴。';
    expect(extractFacts(text).map((f) => figureRole(f, text))).toEqual(['benefit', 'benefit', 'benefit']);
  });
  it('what is done within a time limit that names no one says whose it is (在1年内缴清: the person; 二十日内作出决定: the authority)', () => {
    expect(change('首付款缴纳后，剩余部分在1年内缴清。', '首付款缴纳后，剩余部分在6个月内缴清。')).toMatchObject({ role: 'time-person', effect: 'tightens' });
    expect(change('收到材料后二十日内作出决定。', '收到材料后十日内作出决定。')).toMatchObject({ role: 'time-authority', effect: 'neutral' });
  });
  it('a time limit to act within, after a benefit named as what starts it (自收到资助经费之日起7日内，通知…), is no benefit', () => {
    expect(roleOf('依托单位自收到基金资助经费之日起7日内，通知项目负责人。', 7)).not.toBe('benefit');
    expect(roleOf('补贴期限最长不超过3年。', 3)).toBe('benefit');
  });
  it('a time limit replaced by one in another unit, the punctuation around it moved, is one figure replaced, paired surely (满三个月， → ，经过六十日，)', () => {
    const c = change('不能用上述方式送达的，公告送达，自发出公告之日起满三个月，即视为送达。', '不能用上述方式送达的，公告送达，自发出公告之日起，经过六十日，即视为送达。');
    expect(c).toMatchObject({ change: 'changed' });
    expect(c.weak).toBeUndefined();
    expect(c.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('one fine split into several is that fine changed for each (客运 unchanged, 货运 lowered: loosens)', () => {
    const r = diffPassages(
      side('未取得道路运输经营许可，擅自从事道路运输经营的，由县级以上道路运输管理机构责令停止经营；没有违法所得的，处3万元以上10万元以下的罚款。'),
      side('未取得道路运输经营许可，擅自从事道路运输经营的，由县级以上道路运输管理机构责令停止经营；没有违法所得的，按照下列规定处罚：\n（一）从事道路客运经营的，处3万元以上10万元以下的罚款；\n（二）从事道路普通货运经营的，处3000元以上1万元以下的罚款。'),
      { places, crossJurisdiction: false },
    );
    expect(r.numbers.map((n) => [n.change, n.before?.text ?? null, n.after?.text ?? null, n.effect])).toEqual([
      ['unchanged', '3万元以上10万元以下', '3万元以上10万元以下', 'neutral'],
      ['changed', '3万元以上10万元以下', '3000元以上1万元以下', 'loosens'],
    ]);
  });
  it('one fine dropped and one added in linked clauses is one fine reworded; a fine never pairs with a tier line', () => {
    expect(change('逾期不改正的，处2000元以上1万元以下的罚款。', '逾期仍未履行的，处2万元以上5万元以下的罚款。')).toMatchObject({ change: 'changed', role: 'penalty', effect: 'tightens' });
    const r = diffPassages(side('非法采砂的，处5万元以上10万元以下的罚款。'), side('违法所得不足10万元的，处10万元以上50万元以下的罚款。'), { places, crossJurisdiction: false });
    expect(r.numbers.find((n) => n.before?.text === '5万元以上10万元以下')!.after?.text).toBe('10万元以上50万元以下');
  });
  it('penalty: days of detention and years of a ban (十五日以下行政拘留, 十年内不准入境)', () => {
    expect(change('处十五日以下行政拘留。', '处十日以下行政拘留。')).toMatchObject({ role: 'penalty', effect: 'loosens' });
    expect(roleOf('驱逐出境的，十年内不准入境', 10)).toBe('penalty');
  });
  it('how long a record must be kept is a requirement; a deposit is a fee; days off and months of pay granted are benefits', () => {
    expect(change('金融机构应当至少保存五年。', '金融机构应当至少保存十年。')).toMatchObject({ role: 'threshold', effect: 'tightens' });
    expect(roleOf('保证金金额为80万元', 800000)).toBe('fee');
    expect(change('可以要求其提供担保人或者交纳不超过1万元的保证金。', '可以要求其提供担保人。')).toMatchObject({ change: 'dropped', role: 'fee', effect: 'loosens' });
    expect(change('春节，放假3天。', '春节，放假4天。')).toMatchObject({ role: 'benefit', effect: 'loosens' });
    expect(roleOf('一次性抚恤金标准是：上一年度全国城镇居民人均可支配收入的20倍加本人40个月的基本工资。', 40)).toBe('benefit');
  });
  it("time: who must act is the subject of the duty, not a person named after it", () => {
    expect(roleOf('交通主管部门应当自收到申请人的申请材料之日起15日内审核完毕', 15)).toBe('time-authority');
  });
  it('threshold: an age one must have reached (年满60周岁的…发放补助)', () => {
    expect(roleOf('年满60周岁的烈士子女，发放定期生活补助', 60)).toBe('threshold');
  });
  it("a time limit the authority is given never pairs with one a person is given", () => {
    const r = diffPassages(
      side('公安机关应当自收到申请之日起15日内进行审核。'),
      side('申请人应当自开展保安培训之日起30日内向公安机关备案。'),
      { places, crossJurisdiction: false },
    );
    expect(r.numbers.map((n) => n.change).sort()).toEqual(['added', 'dropped']);
  });
  it('review findings: 给予警告 is a sanction; a capped charge or a required reserve is no trigger; a new fine of its own breach is added', () => {
    expect(roleOf('违法所得五万元以上的，给予警告，并处违法所得一倍以上五倍以下的罚款。', 50000)).toBe('tier');
    expect(roleOf('物业服务企业收取不超过5%的管理费，不得另行收取其他费用。', 5)).toBe('fee');
    expect(roleOf('企业应当提取不低于10%的风险准备金，不得挪用。', 10)).not.toBe('trigger');
    const r = diffPassages(
      side('未取得许可从事经营的，由主管部门责令停止，处一万元以上五万元以下的罚款。'),
      side('未取得许可从事经营的，由主管部门责令停止，处一万元以上五万元以下的罚款。伪造许可证的，由主管部门处二千元以上一万元以下的罚款。'),
      { places, crossJurisdiction: false },
    );
    expect(r.numbers.filter((n) => n.change !== 'unchanged').map((n) => [n.change, n.after?.text, n.effect])).toEqual([['added', '二千元以上一万元以下', 'tightens']]);
  });
  it('a condition to qualify dropped frees, whichever way its figure reads; 十二个月 and 一年 are the same limit', () => {
    expect(change('对上年出口额300万美元以下的小微企业给予保费补助。', '对小微企业给予保费补助。')).toMatchObject({ change: 'dropped', role: 'threshold', effect: 'loosens' });
    expect(change('当事人应当在十二个月内提出申请。', '当事人应当在一年内提出申请。')).toMatchObject({ change: 'changed', effect: 'neutral' });
  });
  it('second review: 给予警告 alone is a sanction; a grant that also names a clawback stays a grant; 一年 → 三百三十日 is shorter', () => {
    expect(roleOf('违法所得不足五万元的，给予警告。', 50000)).toBe('tier');
    expect(roleOf('年满六十周岁的，给予补助，骗取补助的责令退回。', 60)).toBe('threshold');
    expect(change('当事人应当在一年内提出申请。', '当事人应当在三百三十日内提出申请。')).toMatchObject({ role: 'time-person', effect: 'tightens' });
    expect(change('当事人应当在三个月内提出申请。', '当事人应当在九十日内提出申请。')).toMatchObject({ effect: 'neutral' });
  });
  it('a figure lined up by the word diff follows the final cut: a sentence put before the old one pairs the old figure with the old sentence', () => {
    const r = diffPassages(side('企业应当在30日内申报。'), side('新设企业应当在30日内登记。企业应当在30日内申报。'), { places, crossJurisdiction: false });
    const unchanged = r.numbers.find((n) => n.change === 'unchanged')!;
    expect(unchanged.after!.start).toBe('新设企业应当在30日内登记。企业应当在'.length);
    expect(r.numbers.find((n) => n.change === 'added')!.after!.start).toBe('新设企业应当在'.length);
  });
  it('a whole clause added: a requirement of its own binds (tightens); a condition of a grant follows the grant (not judged)', async () => {
    const { unpairedFigures } = await import('../../src/diff/diff-passages.js');
    const [keep] = unpairedFigures(side('会计档案应当至少保存十年。'), 'other', { places, crossJurisdiction: false });
    expect(keep).toMatchObject({ change: 'added', role: 'threshold', effect: 'tightens' });
    const grant = unpairedFigures(side('对研发费用占营业收入比重高于5%的企业，给予一次性奖励。'), 'other', { places, crossJurisdiction: false });
    expect(grant.find((n) => n.role === 'threshold')).toMatchObject({ effect: 'neutral' });
  });
  it('two fines on the same named person are paired surely, however their words changed', () => {
    const n = change('对其直接负责的主管人员和其他直接责任人员，可以处二千元以上二万元以下的罚款。', '对其直接负责的主管人员和其他直接责任人员可以处五万元以下的罚款，情节严重的另行处理。');
    expect(n).toMatchObject({ role: 'penalty', effect: 'tightens' });
    expect(n.weak).toBeUndefined();
  });
  it('tier: the line between two tiers of a penalty (违法所得二十万元以上的，处…；不足二十万元的，处…) is not judged', () => {
    const law = (x: string) => `违法所得${x}以上的，处违法所得一倍以上十倍以下的罚款；没有违法所得或者违法所得不足${x}的，处二十万元以上二百万元以下的罚款。`;
    const r = diffPassages(side(law('二十万元')), side(law('三十万元')), { places, crossJurisdiction: false });
    const moved = r.numbers.filter((n) => n.change === 'changed');
    expect(moved.map((n) => [n.before!.text, n.after!.text, n.role, n.effect])).toEqual([
      ['二十万元以上', '三十万元以上', 'tier', 'neutral'],
      ['不足二十万元', '不足三十万元', 'tier', 'neutral'],
    ]);
  });
  it('penalty: how long a ban or a suspension lasts', () => {
    expect(change('情节严重的，五年内不得从事相关业务。', '情节严重的，十年内不得从事相关业务。')).toMatchObject({ role: 'penalty', effect: 'tightens' });
    expect(roleOf('暂停其任职资格一至三年', 3)).toBe('penalty');
  });
  it('benefit: an award or a payment to a person (奖金, 报酬, 抚恤金)', () => {
    expect(change('一项发明专利的奖金最低不少于3000元。', '一项发明专利的奖金最低不少于4000元。')).toMatchObject({ role: 'benefit', effect: 'loosens' });
  });
  it('benefit: a multiple of a base, or how long it is paid', () => {
    expect(change('一次性抚恤金标准是：上一年度全国城镇居民人均可支配收入的20倍加本人40个月的工资。', '一次性抚恤金标准是：上一年度全国城镇居民人均可支配收入的30倍加本人40个月的工资。')).toMatchObject({ role: 'benefit', effect: 'loosens' });
    expect(change('其遗属的生活补助费继续发放6个月。', '其遗属的生活补助费继续发放12个月。')).toMatchObject({ role: 'benefit', effect: 'loosens' });
  });
  it("time: a body under review (被申请人) is an authority, not the 申请人", () => {
    expect(change('被申请人应当自收到申请书副本之日起十日内，提出书面答复。', '被申请人应当自收到申请书副本之日起五日内，提出书面答复。')).toMatchObject({ role: 'time-authority', effect: 'neutral' });
  });
  it('trigger: an item of a list of conditions takes what its lead binds one to (达到下列标准之一的，应当申报：)', () => {
    const lead = '经营者集中达到下列标准之一的，经营者应当事先向执法机构申报，未申报的不得实施集中：\n（一）参与集中的所有经营者上一会计年度在全球范围内的营业额合计超过';
    const n = change(`${lead}100亿元人民币；`, `${lead}120亿元人民币；`);
    expect(n).toMatchObject({ role: 'trigger', effect: 'loosens' });
    // What it measures names the turnover, not a cut word (营业额合) or the item's number.
    expect(n.quantity).toMatch(/营业额$|营业额 /);
    expect(n.quantity).not.toMatch(/^（一）/);
    // A list of conditions that qualify for a benefit keeps them thresholds.
    const grant = '符合下列条件之一的，给予一次性奖励：\n（一）年营业收入超过';
    expect(change(`${grant}1000万元；`, `${grant}2000万元；`)).toMatchObject({ role: 'threshold', effect: 'tightens' });
  });
  it('target: a higher goal tightens; a ceiling target reads the other way', () => {
    expect(change('力争新增学位6万个。', '力争新增学位8万个。')).toMatchObject({ role: 'target', effect: 'tightens' });
    expect(change('能耗强度控制在1.5以内。', '能耗强度控制在1.2以内。')).toMatchObject({ role: 'target', effect: 'tightens' });
  });
  it("time: more time for a person loosens; the authority's time is not judged", () => {
    expect(change('当事人应当自收到决定书之日起十五日内缴纳罚款。', '当事人应当自收到决定书之日起三十日内缴纳罚款。')).toMatchObject({ role: 'time-person', effect: 'loosens' });
    expect(change('行政机关应当自受理申请之日起二十日内作出决定。', '行政机关应当自受理申请之日起十日内作出决定。')).toMatchObject({ role: 'time-authority', effect: 'neutral' });
  });
  it('unknown: no word says the role, so no verdict', () => {
    expect(change('评选市级十佳农创客。', '评选市级二十佳农创客。')).toMatchObject({ role: 'unknown', effect: 'neutral' });
  });
});

describe('weak pairings', () => {
  it('pairs two figures of one kind in different places only weakly, and shows it instead of a verdict', () => {
    const r = diffPassages(
      side('政府性融资担保费率保持在1%以下，支持小微企业融资。'),
      side('支持小微企业融资，农业保险覆盖率达到70%。'),
      { places, crossJurisdiction: true },
    );
    const paired = r.numbers.find((n) => n.before && n.after)!;
    expect(paired.weak).toBe(true);
    expect(paired.effect).toBe('neutral');
    expect(effectLabel(paired)).toMatch(/^\? weak pairing 0\.\d\d$/);
  });
  it('a figure the word diff lines up is sure', () => {
    const n = change('给予最高50万元补助。', '给予最高80万元补助。');
    expect(n.weak).toBeUndefined();
    expect(n.confidence).toBeGreaterThanOrEqual(0.5);
  });
});
