// Fines as a law writes them: a range is one fact, with whom it applies to and its tier; a higher fine tightens, paired only with the same person's fine.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.js';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';

/** One passage of a law's text, as diffPassages takes it. */
const side = (text: string) => ({ ids: ['c1'], text, facts: extractFacts(text), units: [], lead: null, title: null, spans: [], clauses: false, places: [] });

const ARTICLE = (fines: [string, string, string, string]) =>
  `违反本规定，由主管部门责令改正，对单位处${fines[0]}的罚款，对其直接负责的主管人员和其他直接责任人员处${fines[1]}的罚款；情节严重的，对单位处${fines[2]}的罚款，对其直接负责的主管人员和其他直接责任人员处${fines[3]}的罚款。`;

describe('fines', () => {
  it('五千元以上五万元以下 is one range; each fine knows its person and tier', () => {
    const facts = extractFacts(ARTICLE(['五千元以上五万元以下', '二千元以上二万元以下', '五万元以上五十万元以下', '二万元以上二十万元以下']));
    expect(facts.map((f) => [f.text, f.comparator, f.range?.min, f.value, f.subject, f.tier])).toEqual([
      ['五千元以上五万元以下', 'range', 5000, 50000, '单位', undefined],
      ['二千元以上二万元以下', 'range', 2000, 20000, '直接负责的主管人员和其他直接责任人员', undefined],
      ['五万元以上五十万元以下', 'range', 50000, 500000, '单位', '情节严重'],
      ['二万元以上二十万元以下', 'range', 20000, 200000, '直接负责的主管人员和其他直接责任人员', '情节严重'],
    ]);
  });

  it('what a multiple multiplies, named whole (所需处置费用, 所收财物价值, 上一年度全国城镇居民人均可支配收入)', () => {
    const base = (t: string) => extractFacts(t).find((f) => f.unit === '倍')!.base;
    expect(base('责令限期改正，处所需处置费用一倍以上三倍以下的罚款。')).toBe('所需处置费用');
    expect(base('可处所收财物价值1倍以上3倍以下罚款。')).toBe('所收财物价值');
    expect(base('按照上一年度全国城镇居民人均可支配收入30倍的标准计算。')).toBe('上一年度全国城镇居民人均可支配收入');
    expect(base('由劳动行政部门责令给予本人年收入二倍的赔偿。')).toBe('本人年收入');
  });
  it('a multiple of the illegal gains is a range of 倍', () => {
    const [f] = extractFacts('没收违法所得，并处违法所得一倍以上五倍以下的罚款');
    expect(f).toMatchObject({ text: '一倍以上五倍以下', comparator: 'range', range: { min: 1, max: 5 } });
  });

  it('raised fines are paired person with person and tier with tier, and tighten', () => {
    const law = (id: string, fines: [string, string, string, string]) =>
      loadSynthetic({ id, source: 'fixture', text: ['# 某某管理条例', '第一条 为了规范管理，制定本条例。', `第二条 ${ARTICLE(fines)}`].join('\n\n'), truth: new Set() });
    const d = diffAligned(
      alignLoaded(
        law('fines-old', ['五千元以上五万元以下', '二千元以上二万元以下', '五万元以上五十万元以下', '二万元以上二十万元以下']),
        law('fines-new', ['一万元以上十万元以下', '五千元以上五万元以下', '十万元以上一百万元以下', '五万元以上五十万元以下']),
        [],
      ),
    );
    const numbers = d.pairs.find((p) => p.base[0] === 'c2')!.numbers.filter((n) => n.change !== 'unchanged');
    expect(numbers.map((n) => [n.before?.text, n.after?.text, n.role, n.effect])).toEqual([
      ['五千元以上五万元以下', '一万元以上十万元以下', 'penalty', 'tightens'],
      ['二千元以上二万元以下', '五千元以上五万元以下', 'penalty', 'tightens'],
      ['五万元以上五十万元以下', '十万元以上一百万元以下', 'penalty', 'tightens'],
      ['二万元以上二十万元以下', '五万元以上五十万元以下', 'penalty', 'tightens'],
    ]);
    expect(numbers[1]!.quantity).toMatch(/^对直接负责的主管人员和其他直接责任人员：/);
    expect(numbers[2]!.quantity).toMatch(/^对单位，情节严重的：/);
  });

  it('a range whose lower bound alone rises is a change, measured on that bound', () => {
    const law = (id: string, fine: string) => loadSynthetic({ id, source: 'fixture', text: `# 某某条例\n\n第一条 为了规范管理，制定本条例。\n\n第二条 违反本条例的，处${fine}罚款。`, truth: new Set() });
    const d = diffAligned(alignLoaded(law('lo-a', '五千元以上五万元以下'), law('lo-b', '一万元以上五万元以下'), []));
    const n = d.pairs.find((p) => p.base[0] === 'c2')!.numbers[0]!;
    expect(n).toMatchObject({ change: 'changed', delta: 5000, effect: 'tightens' });
  });
});

describe('fines: more parties and tiers, the last named', () => {
  it('names the party of a fine from the lexicon (广告主, 扣缴义务人) and the tier named last before it', () => {
    expect(extractFacts('对广告主处十万元以下的罚款')[0]).toMatchObject({ subject: '广告主' });
    expect(extractFacts('对扣缴义务人处五千元以下的罚款')[0]).toMatchObject({ subject: '扣缴义务人' });
    expect(extractFacts('情节较重的，处一百万元以上五百万元以下的罚款')[0]).toMatchObject({ tier: '情节较重' });
    expect(extractFacts('逾期不改正的，责令停止销售，拒不停止销售的，处十万元以下的罚款')[0]).toMatchObject({ tier: '拒不停止' });
  });
});

describe('fines: a tier reworded is the same tier', () => {
  it('造成严重后果 → 造成人员伤亡或者其他严重后果 leaves the fine unchanged, not dropped and added', async () => {
    const { placePattern } = await import('../../src/align/mask-text.js');
    const { diffPassages } = await import('../../src/diff/diff-passages.js');
    const r = diffPassages(
      side('违反本法规定，造成严重后果的，处五万元以上十万元以下的罚款。'),
      side('违反本法规定，造成人员伤亡或者其他严重后果的，处五万元以上十万元以下的罚款。'),
      { places: placePattern([]), crossJurisdiction: false },
    );
    expect(r.numbers.map((n) => n.change)).toEqual(['unchanged']);
  });
});

describe('fines: a party read on one side only', () => {
  it('pairs with the fine of the party left unread on the other, never with a person answering for it', async () => {
    const { placePattern } = await import('../../src/align/mask-text.js');
    const { diffPassages } = await import('../../src/diff/diff-passages.js');
    const ctx = { places: placePattern([]), crossJurisdiction: false };
    // 文物商店、拍卖企业 names no party of the lexicon; 文物销售单位 does (单位): still one fine, raised.
    const raised = diffPassages(
      side('文物商店、拍卖企业有前款规定的违法行为的，违法经营额五万元以上的，并处违法经营额一倍以上三倍以下的罚款；违法经营额不足五万元的，并处五千元以上五万元以下的罚款。'),
      side('文物销售单位、文物拍卖企业有前款规定的违法行为的，违法经营额三万元以上的，并处违法经营额二倍以上十倍以下的罚款；违法经营额不足三万元的，并处五万元以上二十五万元以下的罚款。'),
      ctx,
    );
    expect(raised.numbers.filter((n) => n.role === 'penalty').map((n) => [n.before?.text, n.after?.text, n.effect])).toEqual([
      ['一倍以上三倍以下', '二倍以上十倍以下', 'tightens'],
      ['五千元以上五万元以下', '五万元以上二十五万元以下', 'tightens'],
    ]);
    // The unit's fine (no party named) raised, and a fine on its responsible persons added at the old sum: not "unchanged".
    const persons = diffPassages(
      side('建设项目未建成环境保护设施即投入使用的，处五万元以上二十万元以下的罚款。'),
      side('建设项目未建成环境保护设施即投入使用的，处二十万元以上一百万元以下的罚款，对直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下的罚款。'),
      ctx,
    );
    expect(persons.numbers.map((n) => [n.before?.text ?? null, n.after?.text ?? null, n.change])).toEqual([
      ['五万元以上二十万元以下', '二十万元以上一百万元以下', 'changed'],
      [null, '五万元以上二十万元以下', 'added'],
    ]);
  });
});

describe('fines for the items of the 款 before', () => {
  it('are paired by the breach each item names, not by the item number, when items are inserted or regrouped', async () => {
    const { placePattern } = await import('../../src/align/mask-text.js');
    const { diffPassages } = await import('../../src/diff/diff-passages.js');
    const r = diffPassages(
      side('有下列行为之一的，处以罚款：\n（一）港口、码头未配备防污设施、器材的；\n（二）船舶未持有防污证书、防污文书的。\n有前款第（一）项行为的，处二万元以上十万元以下的罚款；有前款第（二）项行为的，处二万元以下的罚款。'),
      side('有下列行为之一的，处以罚款：\n（一）港口、码头未配备防污设施、器材的；\n（二）船舶采取措施提高能效水平未达到有关规定的；\n（三）船舶未持有防污证书、防污文书的。\n有前款第一项行为的，处二万元以上三十万元以下的罚款；有前款第二项行为的，处一万元以上十万元以下的罚款；有前款第三项行为的，处十万元以下的罚款。'),
      { places: placePattern([]), crossJurisdiction: false },
    );
    expect(r.numbers.map((n) => [n.before?.text ?? null, n.after?.text ?? null, n.effect])).toEqual([
      ['二万元以上十万元以下', '二万元以上三十万元以下', 'tightens'],
      [null, '一万元以上十万元以下', 'tightens'],
      ['二万元以下', '十万元以下', 'tightens'],
    ]);
    // What each measures names the breach, not the item's number.
    expect(r.numbers[1]!.quantity).toBe('船舶采取措施提高能效水平未达到有关规定 处 罚款');
  });
});

describe('fines: from a review of these rules', () => {
  it('an actor renamed (保险代理公司 → 保险代理机构) or a deadline tier reworded (逾期不拆除 → 逾期仍不拆除) is the same fine; a cited item threshold stays judged', async () => {
    const { placePattern } = await import('../../src/align/mask-text.js');
    const { diffPassages } = await import('../../src/diff/diff-passages.js');
    const ctx = { places: placePattern([]), crossJurisdiction: false };
    const changed = (a: string, b: string) => diffPassages(side(a), side(b), ctx).numbers.filter((n) => n.change !== 'unchanged').map((n) => [n.change, n.effect]);
    expect(changed('保险代理公司违反本条例规定的，由保险监督管理机构责令改正，处五万元以上三十万元以下罚款。', '保险代理机构违反本条例规定的，由保险监督管理机构责令改正，处十万元以上五十万元以下罚款。')).toEqual([['changed', 'tightens']]);
    expect(changed('责令限期拆除；逾期不拆除的，对单位处1万元以上5万元以下罚款，对个人处5000元以上1万元以下罚款。', '责令限期拆除；逾期仍不拆除的，对单位处2万元以上10万元以下罚款，对个人处1万元以上2万元以下罚款。')).toEqual([['changed', 'tightens'], ['changed', 'tightens']]);
    const items = (n: number) => `有下列行为之一的，处以罚款：\n（一）擅自倾倒废弃物超过${n}立方米的；\n（二）擅自堆放固体废物超过50吨的。\n有前款第（一）项行为的，处一万元以上五万元以下罚款；有前款第（二）项行为的，处五千元以上二万元以下罚款。`;
    expect(changed(items(100), items(200))).toEqual([['changed', 'tightens']]);
  });
  it('a party of the lexicon that only begins a longer name is none (个人独资企业, 单位内部保卫机构); 过半数 after 不/未 and dates with a slash are read as what they are', () => {
    expect(extractFacts('个人独资企业登记事项发生变更时，未办理变更登记的，责令限期办理；逾期不办理的，处以二千元以下的罚款。')[0]!.subject).toBeUndefined();
    expect(extractFacts('兼职人员不得超过半数。')[0]).toMatchObject({ comparator: 'max' });
    expect(extractFacts('未过半数的，不得通过。')[0]).toMatchObject({ comparator: 'max' });
    for (const t of ['请于6/30前报送。', '于5/6前完成。', '10/20千伏线路。']) expect(extractFacts(t).filter((f) => f.unit === '%'), t).toEqual([]);
    const cited = extractFacts('有下列行为之一的：\n（一）甲行为的；\n（二）乙行为的；\n（三）丙行为的。\n有前款第（一）项至第（三）项所列行为的，处一万元罚款。');
    expect(cited[0]!.item).toBe('甲行为；乙行为；丙行为');
  });
});

describe('whom a fine is for, when a condition names others', () => {
  it('a fine after a ； that names no one is for the party an earlier fine of the sentence named, never for one a 对 addressed', () => {
    const f = extractFacts('被审计单位违反国家规定的，有违法所得的，没收违法所得，并处违法所得1倍以上5倍以下的罚款；没有违法所得的，可以处5万元以下的罚款。');
    expect(f.map((x) => x.subject)).toEqual(['单位', '单位']);
    // The party a 对 addressed is that fine's alone; a party named only in a condition (转让给境外组织或者个人的) is none.
    const g = extractFacts('有前款第二项行为的，处五万元以上五十万元以下的罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下的罚款；有前款第三项行为的，处二万元以上二十万元以下的罚款。');
    expect(g.map((x) => x.subject)).toEqual([undefined, '直接负责的主管人员和其他直接责任人员', undefined]);
    const h = extractFacts('将文物转让给境外组织或者个人的，没收违法所得；违法经营额五千元以上的，并处违法经营额二倍以上十倍以下的罚款。');
    expect(h.find((x) => x.unit === '倍')!.subject).toBeUndefined();
  });
  it('a fine after a ； with no earlier fine is for the party the sentence opens with, not for a person of it or one of two', () => {
    const [f] = extractFacts('公共场所经营者或者管理者违反本条例规定，不设置吸烟区的，由相关监督管理部门责令限期改正；逾期不改正的，处五千元以上二万元以下罚款。');
    expect(f).toMatchObject({ subject: '经营者', tier: '逾期不改正' });
    // A person of the party acts, or two parties do: none named.
    expect(extractFacts('生产经营单位的主要负责人未履行安全生产管理职责的，责令限期改正；逾期未改正的，处二万元以上五万元以下的罚款。')[0]!.subject).toBeUndefined();
    expect(extractFacts('单位违反本规定第十五条规定，或者个人违反本规定第十五条规定的，责令改正；拒不改正的，处以一千元以上一万元以下的罚款。')[0]!.subject).toBeUndefined();
    // A sentence opening with 违反 names its actor later, if at all.
    expect(extractFacts('违反本法规定，个人擅自从事经营的，责令停止；拒不停止的，处一万元以下的罚款。')[0]!.subject).toBeUndefined();
  });
  it('a party the lexicon does not name is the actor the sentence opens with (认证机构有下列情形之一的, 机动车驾驶人违反…), never the authority', () => {
    expect(extractFacts('认证机构有下列情形之一的，责令改正，处5万元以上20万元以下的罚款。')[0]!.subject).toBe('认证机构');
    expect(extractFacts('机动车驾驶人违反本条例规定，不避让校车的，由公安机关交通管理部门处200元罚款。')[0]!.subject).toBe('机动车驾驶人');
    expect(extractFacts('由工商行政管理机构处5000元罚款。')[0]!.subject).toBeUndefined();
    // …and so is one a 对 addresses by its kind (对驾驶人处…), not one of no kind (对有关责任者处…).
    expect(extractFacts('对驾驶人处2000元以上5000元以下的罚款。')[0]!.subject).toBe('驾驶人');
    expect(extractFacts('对有关责任者处一万元以下罚款。')[0]!.subject).toBeUndefined();
    expect(extractFacts('违反本条例，企业未办理登记的，处1万元罚款。')[0]!.subject).toBeUndefined();
  });
  it('a failure to act by a deadline is a tier, whatever the verb (逾期不拆除的, 逾期仍不缴纳的, 逾期未完成治理任务的)', () => {
    const tiers = (t: string) => extractFacts(t).map((x) => x.tier);
    expect(tiers('责令限期拆除；逾期不拆除的，处一万元以上五万元以下的罚款。')).toEqual(['逾期不拆除']);
    expect(tiers('责令限期缴纳；逾期仍不缴纳的，处应缴数额一倍以上三倍以下的罚款。')).toEqual(['逾期仍不缴纳']);
    expect(tiers('责令限期完成造林任务；逾期未完成的，可以处所需费用2倍以下的罚款。')).toEqual(['逾期未完成']);
    // The later of a lexicon tier and a failure to act.
    expect(tiers('逾期不改正的，处一万元以下的罚款；情节严重的，处五万元以下的罚款。')).toEqual(['逾期不改正', '情节严重']);
  });
  it('what a multiple multiplies: 运费, a 补偿 received, the trees felled (补种盗伐株数10倍的树木: 盗伐株数)', () => {
    const base = (t: string) => extractFacts(t).find((x) => x.unit === '倍')!.base;
    expect(base('没收运费，并处运费1倍至3倍的罚款。')).toBe('运费');
    expect(base('并处所获取森林生态效益补偿3倍以下的罚款。')).toBe('所获取森林生态效益补偿');
    expect(base('责令补种盗伐株数10倍的树木。')).toBe('盗伐株数');
  });
  it('others harmed or drawn in (导致其他单位或者个人…) are not the subject', () => {
    const [f] = extractFacts('违反发票管理法规，导致其他单位或者个人未缴、少缴或者骗取税款的，由税务机关没收违法所得，可以并处未缴、少缴或者骗取的税款1倍以下的罚款。');
    expect(f!.subject).toBeUndefined();
    expect(extractFacts('给他人造成损失的单位，处五万元以下的罚款。')[0]).toMatchObject({ subject: '单位' });
    expect(extractFacts('有其他违法行为的单位，处五万元以下的罚款。')[0]).toMatchObject({ subject: '单位' });
    // 其他直接责任人员 is a party of its own.
    expect(extractFacts('对其直接负责的主管人员和其他直接责任人员处一万元以下的罚款。')[0]).toMatchObject({ subject: '直接负责的主管人员和其他直接责任人员' });
  });

  it('a lower bound printed without its unit (五千以上一万元以下, 3000以上1万元以下) takes the upper bound’s', () => {
    for (const [text, min] of [['处五千以上一万元以下罚款', 5000], ['处3000以上1万元以下罚款', 3000]] as const) {
      expect(extractFacts(text).map((f) => [f.comparator, f.range?.min, f.value, f.unit]), text).toEqual([['range', min, 10000, '元']]);
    }
    // 3以上5万元以下 is not read as 3 元 to 5万元.
    expect(extractFacts('处3以上5万元以下罚款').some((f) => f.range)).toBe(false);
    // 五千至一万元 is one range too; a bound that makes no range is no figure.
    expect(extractFacts('处五千至一万元罚款').map((f) => [f.comparator, f.range?.min, f.value])).toEqual([['range', 5000, 10000]]);
    expect(extractFacts('十二至十五')).toEqual([]);
    expect(extractFacts('处十以上二十万元以下罚款').map((f) => f.text)).toEqual(['二十万元以下']);
  });

  it('上一年度, 下一个月 name a period, not a length of time', () => {
    expect(extractFacts('按照上一年度全国城镇居民人均可支配收入的20倍发放').map((f) => f.text)).toEqual(['20倍']);
    expect(extractFacts('自申请前一年内未受过处罚').map((f) => f.text)).toEqual(['一年内']);
  });
});

describe('what a fine measures when only its authority is named before it', () => {
  it('takes the breach before 由县政府责令改正', () => {
    expect(extractFacts('擅自改变用途的，由县政府责令改正，处一万元罚款。')[0]!.quantity).toMatch(/^擅自改变用途/);
  });
});

describe('a fine set by a standard', () => {
  it('…200元以上500元以下的标准处以罚款 is a fine', async () => {
    const { isFine } = await import('../../src/extract/read-penalty.js');
    const text = '并按照每包费一户200元以上500元以下的标准处以罚款。';
    const [fine] = extractFacts(text);
    expect(fine).toMatchObject({ comparator: 'range', range: { min: 200, max: 500 } });
    expect(isFine(text, fine!)).toBe(true);
  });
});

describe('a fine\'s label beside its tier', () => {
  it('does not repeat the tier its prefix names (逾期未改正的：处 罚款, not 逾期未改正的：逾期未改正 处 罚款)', async () => {
    const { diffPassages } = await import('../../src/diff/diff-passages.js');
    const r = diffPassages(side('责令限期改正；逾期未改正的，处一万元以下的罚款。'), side('责令限期改正；逾期未改正的，处二万元以下的罚款。'), { places: /(?!)/, crossJurisdiction: false });
    expect(r.numbers[0]!.quantity).toBe('逾期未改正的：处 罚款');
  });
});


describe('whom a fine is for', () => {
  it('the party the 对 before the fine names, the last of a list; one the lexicon does not know is none unless named by its kind, never the one named before', () => {
    const subjects = (t: string) => extractFacts(t).map((f) => f.subject);
    expect(subjects('由安全生产监管部门对生产经营单位处以一万元以上三万元以下的罚款，对其有关负责人处以一千元以上一万元以下的罚款。')).toEqual(['生产经营单位', undefined]);
    expect(subjects('被检查的经营者拒不提供资料的，对有关责任者处以5000元以下的罚款。')).toEqual([undefined]);
    // A name of no party kind is none; one named by its kind (企业, 驾驶人, …机构) is the party the 对 addresses.
    expect(subjects('拒不改正的，对企业处20万元以上100万元以下的罚款。')).toEqual(['企业']);
    expect(subjects('对法定代表人、主要负责人、直接负责的主管人员和其他直接责任人员处二万元以上二十万元以下的罚款。')).toEqual(['直接负责的主管人员和其他直接责任人员']);
    expect(subjects('个体工商户违反本条例规定的，处五千元以下的罚款。')).toEqual(['个体工商户']);
  });
});
