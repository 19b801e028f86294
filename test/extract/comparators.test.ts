// Every comparator phrasing the quantities issue names, read from comparators.tsv: bound, strictness, negation, ranges, units.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.js';
import { loadDocument } from '../../src/pipeline.js';

const one = (text: string) => {
  const facts = extractFacts(text);
  expect(facts, text).toHaveLength(1);
  return facts[0]!;
};
const bound = (text: string) => {
  const f = one(text);
  return [f.comparator, f.strict === true];
};

describe('comparators', () => {
  it('reads each comparator word with its bound and whether the bound is included', () => {
    expect(bound('间距不小于六米')).toEqual(['min', false]);
    expect(bound('收入低于10万元的家庭')).toEqual(['max', true]);
    expect(bound('期限不得超过三年')).toEqual(['max', false]);
    expect(bound('比例不得低于百分之九十')).toEqual(['min', false]);
    expect(bound('时间不得少于三十日')).toEqual(['min', false]);
    expect(bound('投资不足100万元的项目')).toEqual(['max', true]);
    expect(bound('未逾三十日的')).toEqual(['max', false]);
    expect(bound('未满十八周岁的')).toEqual(['max', true]);
    expect(bound('营收超1000亿元')).toEqual(['min', true]);
    expect(bound('占比超过40%')).toEqual(['min', true]);
    expect(bound('比例可达200%')).toEqual(['max', false]);
    expect(bound('每村最高为100万元')).toEqual(['max', false]);
    expect(bound('单个项目最高不超过300万元')).toEqual(['max', false]);
    expect(bound('面积5000平方米以上')).toEqual(['min', false]);
    expect(bound('控制在1.53以内')).toEqual(['max', false]);
    expect(bound('容积率3.5左右')).toEqual(['approx', false]);
  });

  it('reads a comparator before what a share is of: 低于营业收入的5%', () => {
    expect(bound('研发投入低于营业收入的5%的')).toEqual(['max', true]);
    // 近三年 is a period, not "about": the share stays as written.
    const share = extractFacts('按照其近三年累计研发投入的5%给予').find((f) => f.unit === '%');
    expect(share?.comparator).toBe('eq');
  });

  it('reads a bare figure after a measured noun when a comparator bounds it', () => {
    expect(one('工业用地容积率一般不低于1.5')).toMatchObject({ value: 1.5, unit: '', comparator: 'min', kind: 'number' });
    expect(one('PUE值低于1.3的数据中心')).toMatchObject({ value: 1.3, comparator: 'max', strict: true });
    // Without a comparator a bare number is a name or a label.
    expect(extractFacts('实施“1050”项目')).toEqual([]);
  });

  it('reads a range as one fact, each bound included or not', () => {
    expect(one('处五千元以上五万元以下的罚款')).toMatchObject({ comparator: 'range', value: 50_000, range: { min: 5000, max: 50_000, minStrict: false, maxStrict: false } });
    expect(one('营业额超过1亿元不足5亿元的企业')).toMatchObject({ comparator: 'range', range: { min: 1e8, max: 5e8, minStrict: true, maxStrict: true } });
    expect(one('处二十万元以上一百万元以下的罚款')).toMatchObject({ range: { min: 200_000, max: 1_000_000 } });
  });

  it('reads time limits as durations, in Arabic and Chinese numerals', () => {
    expect(one('自收到决定书之日起十五日内缴纳')).toMatchObject({ value: 15, unit: '天', comparator: 'max', kind: 'duration' });
    expect(one('在十五个工作日内作出决定')).toMatchObject({ value: 15, unit: '工作日', comparator: 'max', kind: 'duration' });
    expect(one('应当自交付之日起30日内支付')).toMatchObject({ value: 30, unit: '天', kind: 'duration' });
    expect(one('保存期限不得少于六个月')).toMatchObject({ value: 6, unit: '月', comparator: 'min' });
    // A day of the month is no duration.
    expect(extractFacts('每年6月30日前报送').filter((f) => f.kind === 'duration')).toEqual([]);
  });

  it('reads a multiple with what it multiplies', () => {
    expect(one('处违法所得一倍以上十倍以下的罚款')).toMatchObject({ unit: '倍', base: '违法所得', range: { min: 1, max: 10 } });
    expect(one('处货值金额五倍以上十倍以下罚款')).toMatchObject({ base: '货值金额' });
  });

  it('keeps foreign currency as its own unit', () => {
    expect(one('投资额5000万美元以上')).toMatchObject({ value: 5e7, unit: '美元', comparator: 'min' });
    expect(one('注册资本100万欧元')).toMatchObject({ unit: '欧元' });
  });

  it('reads no cross-reference or article number as a quantity', () => {
    expect(extractFacts('依照前三条规定，违反本条第二款、第30条和第三十一条的')).toEqual([]);
  });
});

describe('the phrasing of laws', () => {
  it('reads a comparator across 人民币, an adverb across a short verb, and 提前/…日前 as at least so long before', () => {
    expect(one('注册资本不得少于人民币二百万元')).toMatchObject({ value: 2e6, comparator: 'min' });
    expect(one('至少保存二年备查')).toMatchObject({ value: 2, unit: '年', comparator: 'min' });
    expect(one('应当提前三十日以书面形式通知')).toMatchObject({ value: 30, comparator: 'min' });
    expect(one('在听证的五日前通知当事人')).toMatchObject({ value: 5, comparator: 'min' });
    // After a date 前 is a deadline, not a bound.
    expect(extractFacts('于2025年6月30日前报送')[0]).toMatchObject({ kind: 'date' });
  });

  it('a comparator before the name of what a share is of, however that name is written, and the bound after the figure first', () => {
    expect(one('不超过当年销售(营业)收入15%的部分，准予扣除。')).toMatchObject({ comparator: 'max' });
    expect(one('成交量不足全部交易量50%的。')).toMatchObject({ comparator: 'max', strict: true });
    expect(one('最低折旧年限不得低于本条例第六十条规定折旧年限的60%。')).toMatchObject({ comparator: 'min' });
    // The bound after the figure is nearer: 超出计划量百分之二十以下 is at most twenty per cent over; 当选后的两个月内 within two months.
    expect(extractFacts('超出计划量百分之二十以下的部分，按照两倍收取。')[0]).toMatchObject({ comparator: 'max' });
    expect(one('至少在当选后的两个月内接受培训。')).toMatchObject({ value: 2, comparator: 'max' });
    // A range's lower bound is the range's.
    expect(one('超出计划量百分之二十至百分之五十的部分。')).toMatchObject({ comparator: 'range', range: { min: 20, max: 50 } });
  });

  it('in a duty, 前 after the event a time limit counts back from is at least so long before (应当在届满前三十日申请); elsewhere a period', () => {
    expect(one('应当在有效期届满前三十日申请延续。')).toMatchObject({ value: 30, comparator: 'min' });
    expect(one('应当在发生变更前三十日向主管部门申请变更。')).toMatchObject({ comparator: 'min' });
    expect(one('按照解除或者终止前12个月的平均工资计算。').comparator).toBe('eq');
    expect(extractFacts('安置补助费按前三年平均年产值的四倍支付。')[0]).toMatchObject({ value: 3, comparator: 'eq' });
    expect(one('应当在进行飞行前30日内提出申请。')).toMatchObject({ comparator: 'max' });
  });

  it('reads what a multiple is of, named before it or after it, and a multiple bound by a comparator', () => {
    expect(one('处广告费用三倍以上五倍以下的罚款')).toMatchObject({ base: '广告费用', range: { min: 3, max: 5 } });
    expect(one('并处销售收入一倍以上五倍以下的罚款')).toMatchObject({ base: '销售收入' });
    expect(one('每月支付二倍的工资')).toMatchObject({ value: 2, base: '工资' });
    expect(one('月工资高于上年度职工月平均工资三倍的')).toMatchObject({ comparator: 'min', strict: true, base: '上年度职工月平均工资' });
  });

  it('reads a range across units and forms: 百分之五十以上五倍以下, 等值以上三倍以下, 五至十人, 三千元至五千元', () => {
    expect(one('处不缴或者少缴的税款百分之五十以上五倍以下的罚款')).toMatchObject({ unit: '倍', base: '不缴或者少缴的税款', range: { min: 0.5, max: 5 } });
    expect(one('处货值金额等值以上三倍以下的罚款')).toMatchObject({ range: { min: 1, max: 3 }, base: '货值金额' });
    expect(one('委托一至二名律师')).toMatchObject({ unit: '名', range: { min: 1, max: 2 } });
    expect(one('每组五至十人')).toMatchObject({ range: { min: 5, max: 10 } });
    expect(one('收费三千元至五千元')).toMatchObject({ unit: '元', range: { min: 3000, max: 5000 } });
  });

  it('reads per mille and 万分之 as percent, and 一个月 as a time limit', () => {
    expect(one('按违法所得的2‰计算')).toMatchObject({ value: 0.2, unit: '%' });
    expect(one('按日加收滞纳税款万分之五的滞纳金')).toMatchObject({ value: 0.05, unit: '%' });
    expect(one('一个月内订立书面劳动合同')).toMatchObject({ value: 1, unit: '月', comparator: 'max' });
  });

  it('reads no named day and no reference printed without 第 as a quantity', () => {
    expect(extractFacts('以该月最后一日为准')).toEqual([]);
    expect(extractFacts('在同一天申请的')).toEqual([]);
    expect(extractFacts('违反本条例六十条第四款规定的')).toEqual([]);
  });
});

describe('a law that defines its own time limits', () => {
  it('counts the limits it defines as working days in working days, and no others', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-days-'));
    try {
      const file = path.join(dir, 'law.md');
      const text = '# 东江省测试条例\n\n第一条 行政机关应当在五日内进行审查。\n\n第二条 申请人可以在三十日内提出。\n\n第三条 本条例关于“三日”、“五日”、“七日”的规定是指工作日，不含法定休假日。\n';
      fs.writeFileSync(file, text);
      const { parsed } = loadDocument(file);
      const fact = (id: string) => parsed.clauses.find((c) => c.id === id)!.facts[0]!;
      expect(fact('c1')).toMatchObject({ value: 5, unit: '工作日' });
      expect(fact('c2')).toMatchObject({ value: 30, unit: '天' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a law that defines its time limits in other words', () => {
  const factsOf = (articles: string[]) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-days-'));
    try {
      const file = path.join(dir, 'law.md');
      fs.writeFileSync(file, `# 东江省测试条例\n\n${articles.map((a, k) => `第${'一二三四五'[k]}条 ${a}`).join('\n\n')}\n`);
      return loadDocument(file).parsed.clauses.map((c) => c.facts[0]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('十日以内期限的规定是指工作日: the limits up to ten days are working days, the longer ones not', () => {
    const [five, thirty] = factsOf(['行政机关应当在五日内进行审查。', '申请人可以在三十日内提出。', '本条例中十日以内期限的规定是指工作日，不含法定节假日。']);
    expect(five).toMatchObject({ value: 5, unit: '工作日' });
    expect(thirty).toMatchObject({ value: 30, unit: '天' });
  });

  it('本条例规定的期限以工作日计算: every limit in 日 is in working days', () => {
    const [twenty, ninety] = factsOf(['行政机关应当在二十日内作出决定。', '许可的有效期为九十日。', '本条例规定的行政机关实施许可的期限以工作日计算，不含法定节假日。']);
    expect(twenty).toMatchObject({ value: 20, unit: '工作日' });
    expect(ninety).toMatchObject({ value: 90, unit: '工作日' });
  });

  it('a law that defines nothing keeps its days', () => {
    expect(factsOf(['行政机关应当在五日内进行审查。'])[0]).toMatchObject({ value: 5, unit: '天' });
  });
});

describe('a time limit from months to years', () => {
  it('三个月以上不满一年 is one range in months, the year excluded', () => {
    expect(extractFacts('处三个月以上不满一年的有期徒刑')).toHaveLength(1);
    expect(one('处三个月以上不满一年的有期徒刑')).toMatchObject({ unit: '月', comparator: 'range', value: 12, range: { min: 3, max: 12, minStrict: false, maxStrict: true } });
    expect(one('责令停产停业六个月以上一年以下')).toMatchObject({ unit: '月', range: { min: 6, max: 12, maxStrict: false } });
  });
});

describe('percentage points', () => {
  it('are their own unit, a range where two are written', () => {
    expect(one('按照2-3个百分点给予奖励')).toMatchObject({ unit: '百分点', range: { min: 2, max: 3 } });
    expect(one('增长0.5个百分点以上')).toMatchObject({ value: 0.5, unit: '百分点', comparator: 'min' });
  });
});
