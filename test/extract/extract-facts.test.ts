// Numeric facts: canonical values, comparators, what is measured, tiered lists; on toy strings and real clauses.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts.js';
import { load } from '../helpers/corpus.js';

const one = (text: string) => {
  const facts = extractFacts(text).filter((f) => f.kind !== 'year');
  expect(facts, text).toHaveLength(1);
  return facts[0]!;
};

describe('extractFacts', () => {
  it('scales money to 元 and reads comparators', () => {
    expect(one('给予最高150万元奖励')).toMatchObject({ value: 1_500_000, unit: '元', comparator: 'max', text: '最高150万元' });
    expect(one('完成投资800亿元以上')).toMatchObject({ value: 8e10, comparator: 'min', text: '800亿元以上' });
    expect(one('抓好重大项目120个左右')).toMatchObject({ value: 120, unit: '个', comparator: 'approx' });
    expect(one('不超过10万元')).toMatchObject({ comparator: 'max', value: 100_000 });
    expect(one('比重不低于70%')).toMatchObject({ comparator: 'min', value: 70, unit: '%' });
    expect(one('研发费15%（含）以上')).toMatchObject({ comparator: 'min', value: 15, text: '15%（含）以上' });
  });

  it('reads money per a unit of something else as one rate, with the comparator after it', () => {
    expect(one('补贴电价控制在0.5元/千瓦时以内')).toMatchObject({ value: 0.5, unit: '元/千瓦时', comparator: 'max', text: '控制在0.5元/千瓦时以内' });
    expect(one('按2万元/亩给予补助')).toMatchObject({ value: 20000, unit: '元/亩', kind: 'money' });
    expect(one('按照1.5万元／公顷补助')).toMatchObject({ unit: '元/亩', text: '1.5万元／公顷' });
    expect(one('按照1.5万元／公顷补助').value).toBeCloseTo(1000, 6);
    // A sum and a rate per a measure never read as one figure of one unit; a sum per year is a sum with its period (as 每年200万元
    // is); a share after a slash is no rate.
    expect(one('给予补助200万元/年')).toMatchObject({ unit: '元', period: '年' });
    expect(one('给予补助200万元/亩').unit).toBe('元/亩');
    expect(one('补贴50元/%').unit).toBe('元');
  });

  it('reads Chinese numerals, fractions and percentages, and skips words that only look like numbers', () => {
    expect(one('占比百分之三十')).toMatchObject({ value: 30, unit: '%' });
    expect(one('三分之二的企业')).toMatchObject({ unit: '%' });
    expect(one('三分之二的企业').value).toBeCloseTo(66.6667, 3);
    // Written with a slash: a share, never a date or a page.
    expect(one('经全体委员的2/3以上通过')).toMatchObject({ unit: '%', comparator: 'min', text: '2/3以上' });
    expect(one('不得少于1/2').value).toBe(50);
    expect(extractFacts('于2024/5/6前报送').filter((f) => f.unit === '%')).toEqual([]);
    expect(extractFacts('截至12/30日').filter((f) => f.unit === '%')).toEqual([]);
    expect(extractFacts('给予一次性奖励')).toEqual([]);
    // One person closing its clause is a count (设主任委员一人，), as 二人 is; 由一人负责, 同一人 and 一名副职领导 say "a".
    expect(one('国务院学位委员会设主任委员一人，副主任委员若干人。')).toMatchObject({ value: 1, unit: '人', comparator: 'eq' });
    for (const t of ['由一人负责。', '负责人为同一人的。', '由公安部一名副职领导成员担任。']) expect(extractFacts(t), t).toEqual([]);
    expect(extractFacts('统筹推进“1050”项目建设和“五个一批”')).toEqual([]);
    // A figure quoted with its bound is no name; a time limit quoted for its definition still is.
    expect(one('给予“最高50万元”奖励')).toMatchObject({ value: 500000, unit: '元', comparator: 'max' });
    expect(one('覆盖率“不低于30%”')).toMatchObject({ value: 30, unit: '%', comparator: 'min' });
    expect(extractFacts('本法所称“三日”、“五日”的规定是指工作日')).toEqual([]);
    expect(extractFacts('实施“十大工程”')).toEqual([]);
    // A bound written as a sign, as technical targets write it.
    expect(one('PM2.5年均浓度<35微克/立方米')).toMatchObject({ value: 35, comparator: 'max', strict: true });
    expect(one('达标率≥90%')).toMatchObject({ value: 90, unit: '%', comparator: 'min' });
    expect(extractFacts('依照<暂行办法>执行')).toEqual([]);
    expect(one('占比不超出20%')).toMatchObject({ value: 20, unit: '%', comparator: 'max' });
    // The old value of a stated change is not what the text sets: 由50%提高至60% sets 60%.
    expect(extractFacts('资助比例上限由50%提高至60%').map((f) => f.text)).toEqual(['60%']);
    expect(extractFacts('由3年调整为5年').map((f) => f.text)).toEqual(['5年']);
    expect(extractFacts('由县级以上人民政府批准，奖励50万元').map((f) => f.text)).toEqual(['50万元']);
    expect(extractFacts('二〇二四年')[0]).toMatchObject({ value: 2024, kind: 'year' });
    expect(one('实施三年行动')).toMatchObject({ value: 3, unit: '年', kind: 'duration' });
  });

  it('keeps units that start with a multiplier character: 100万千瓦, 110亿千瓦时, 30万吨标准煤', () => {
    expect(one('装机100万千瓦以上')).toMatchObject({ value: 1e6, unit: '千瓦', comparator: 'min' });
    expect(one('交易电量110亿千瓦时以上')).toMatchObject({ value: 1.1e10, unit: '千瓦时' });
    expect(one('用能30万吨标准煤以上')).toMatchObject({ value: 3e5, unit: '吨标准煤' });
    expect(one('新增建设用地指标2万亩以上')).toMatchObject({ value: 20000, unit: '亩' });
  });

  it('reads ranges and dates', () => {
    // One convention for every range: comparator range, both bounds, value the upper one.
    expect(one('补助10-20万元')).toMatchObject({ comparator: 'range', value: 200_000, range: { min: 100_000, max: 200_000 } });
    expect(extractFacts('2024年5月6日印发')[0]).toMatchObject({ kind: 'date', value: 20240506 });
  });

  it('says what is measured', () => {
    expect(one('对首次认定的国家级专精特新“小巨人”企业，给予最高100万元奖励。').quantity).toBe('首次认定的国家级专精特新“小巨人”企业 奖励');
  });

  it('pairs tiered lists with their items and shares the comparator', () => {
    const facts = extractFacts('对新认定的国家级、省级、嘉兴市级科技企业孵化器分别给予最高300万元、150万元、50万元资金支持。');
    expect(facts.map((f) => [f.item, f.value, f.comparator])).toEqual([
      ['国家级', 3e6, 'max'],
      ['省级', 1.5e6, 'max'],
      ['嘉兴市级', 5e5, 'max'],
    ]);
    expect(facts[1]!.quantity).toBe('新认定的省级科技企业孵化器 资金支持');
  });

  it('keeps the items of a tiered list whole where they hold a 、 in brackets, and names each figure by its own item', () => {
    const facts = extractFacts('对首次认定为国家级研发机构（实验室、工程中心等）、省重点研发机构（省级重点企业研究院、重点实验室等）、省级研发机构（研发中心等）、市级研发机构（研发中心、技术中心等），分别给予100万元、50万元、25万元和5万元的奖励。');
    expect(facts.map((f) => f.item)).toEqual(['国家级研发机构（实验室、工程中心等）', '省重点研发机构（省级重点企业研究院、重点实验室等）', '省级研发机构（研发中心等）', '市级研发机构（研发中心、技术中心等）']);
    expect(facts.map((f) => f.quantity)).toEqual(facts.map((f) => `${f.item} 奖励`));
  });

  it('reads figures as policies write them beyond the seeds: 二点五亿元, 七成, 八折, 20个基点, 突破3000家, caps before what they count per', () => {
    const read = (t: string) => extractFacts(t).map((f) => [f.value, f.unit, f.comparator]);
    expect(read('设立规模二点五亿元的应急转贷资金。')).toEqual([[2.5e8, '元', 'eq']]);
    expect(read('按不低于最低价标准的七成确定起始价，用水价格减按八折收取。')).toEqual([[70, '%', 'min'], [80, '%', 'eq']]);
    expect(read('贷款利率下浮不少于20个基点。')).toEqual([[20, '基点', 'min']]);
    expect(read('规上工业企业数量突破3000家。')).toEqual([[3000, '家', 'min']]);
    expect(read('最高不超过每人每年3000元，最高每年奖励100万元。')).toEqual([[3000, '元', 'max'], [1e6, '元', 'max']]);
    expect(read('给予不高于同期贷款市场报价利率（LPR）50%的贴息。')).toEqual([[50, '%', 'max']]);
    expect(read('给予不高于LPR50%的贴息，不高于LPR的30%。')).toEqual([[50, '%', 'max'], [30, '%', 'max']]);
    expect(read('最高不超过每家企业100万元，每家企业每年最高20万元，最高每家企业奖励30万元。')).toEqual([[1e6, '元', 'max'], [2e5, '元', 'max'], [3e5, '元', 'max']]);
    expect(read('PM2.5浓度下降。')).toEqual([]);
    // A rate in one sentence and a fine in multiples in the next are two figures; touching, they are one range.
    expect(read('问题办结率达到98%以上，对违法所得处1倍至3倍罚款。')[0]).toEqual([98, '%', 'min']);
    expect(read('处以税款百分之五十以上五倍以下的罚款')).toEqual([[5, '倍', 'range']]);
    // The old value of a stated change, whatever stands between 由 and it, is no figure of the text; 一成不变 is no figure at all.
    expect(read('上市奖励由现行的300万元提高至500万元，期限从原来的3年延长至5年。')).toEqual([[5e6, '元', 'eq'], [5, '年', 'eq']]);
    expect(read('坚持一成不变的原则。')).toEqual([]);
  });

  it('reads letters a typist printed for digits (lO万元, l万元, 8月l日) as the figure, quoting the text as printed', () => {
    expect(extractFacts('并处5万元以上lO万元以下的罚款').map((f) => [f.text, f.value, f.range?.min])).toEqual([['5万元以上lO万元以下', 1e5, 5e4]]);
    expect(extractFacts('处l万元的罚款；本办法自1995年8月l日起施行。').map((f) => [f.text, f.value])).toEqual([['l万元', 1e4], ['1995年8月l日', 19950801]]);
    expect(extractFacts('GPIO接口10个').map((f) => f.value)).toEqual([10]);
  });

  it('cuts a long subject where a listed item starts, and says it is cut, never inside a word', () => {
    const fine = one('由生态环境主管部门责令停止违法行为，没收违法生产、使用的消耗臭氧层物质、违法使用消耗臭氧层物质生产的产品和违法所得，并处二万元以上十万元以下的罚款。');
    expect(fine.quantity).toMatch(/^…使用的消耗臭氧层物质、违法使用消耗臭氧层物质生产的产品和违法所得/);
    expect(fine.quantity).not.toMatch(/^…?收违法/);
  });
});

describe('facts of the real documents', () => {
  const fact = (id: string, clause: string, pred: (t: string) => boolean) =>
    load(id).parsed.clauses.find((c) => c.id === clause)!.facts.find((f) => pred(f.text));

  it('Hangzhou draft (五十六) 耕地垦造不少于7000亩 and the final 2万亩', () => {
    expect(fact('hangzhou-2024-draft', 'c56', (t) => t.includes('7000亩'))).toMatchObject({ value: 7000, unit: '亩', comparator: 'min' });
    expect(fact('hangzhou-2024', 'c56', (t) => t.includes('2万亩'))).toMatchObject({ value: 20000, unit: '亩' });
  });

  it('Hangzhou final (五) high-reliability supply fee 70% and 450亿千瓦时', () => {
    expect(fact('hangzhou-2024', 'c5', (t) => t === '70%')?.quantity).toContain('高可靠性供电费用');
    expect(fact('hangzhou-2024', 'c5', (t) => t.includes('千瓦时'))).toMatchObject({ value: 4.5e10, comparator: 'min' });
  });

  it('Jiande section 一 intro: 76 government projects, 119亿元 a year, 10% growth', () => {
    const s1 = load('jiande-2024').parsed.sections[0]!;
    expect(s1.facts.map((f) => [f.value, f.unit, f.comparator])).toEqual(
      expect.arrayContaining([[76, '个', 'eq'], [93, '个', 'eq'], [1.19e10, '元', 'min'], [10, '%', 'eq']]),
    );
  });

  it('Haining attachment rows carry their own figures', () => {
    const row = load('haining-2024-draft').parsed.attachments[0]!.rows[0]!;
    expect(row.facts.find((f) => f.unit === '元')).toMatchObject({ value: 1e10, comparator: 'min' });
  });
});

describe('a tiered list ending in a ranked series', () => {
  it('省科技大奖，…一等奖、二等奖、三等奖的，分别给予四个值: the award before the series has the first value, the names before 一等奖 go with it', () => {
    const facts = extractFacts('对获得省科技大奖，省级技术发明奖、省科学技术进步奖一等奖、二等奖、三等奖的，分别给予最高150万元、100万元、50万元、30万元奖励。');
    expect(facts.map((f) => [f.text, f.item])).toEqual([
      ['最高150万元', '省科技大奖'],
      ['100万元', '省级技术发明奖、省科学技术进步奖一等奖'],
      ['50万元', '二等奖'],
      ['30万元', '三等奖'],
    ]);
    expect(facts[0]!.quantity).toBe('省科技大奖 奖励');
  });
  it('a series as long as the values is read as before', () => {
    expect(extractFacts('对获得一等奖、二等奖、三等奖的，分别给予30万元、20万元、10万元奖励。').map((f) => f.item)).toEqual(['一等奖', '二等奖', '三等奖']);
  });
});

describe('phrasings read from unseen laws and policies', () => {
  it('units of volume, mass, angle, pressure and trading days', () => {
    expect(one('年取水量在一万立方米以上的，应当安装计量设施。')).toMatchObject({ value: 10_000, unit: '立方米', comparator: 'min' });
    expect(one('禁止在二十五度以上陡坡地开垦种植农作物。')).toMatchObject({ value: 25, unit: '度', comparator: 'min' });
    expect(one('限制的期限不得超过十五个交易日。')).toMatchObject({ value: 15, unit: '交易日', kind: 'duration', comparator: 'max' });
    expect(one('细颗粒物年均浓度不高于35微克/立方米。')).toMatchObject({ value: 35, unit: '微克/立方米', comparator: 'max' });
    expect(one('设计压力不低于0.6兆帕。')).toMatchObject({ value: 600, unit: '千帕', comparator: 'min' });
    // 一度 is "at one time", not an angle.
    expect(extractFacts('该企业一度停产。')).toEqual([]);
  });

  it('a price per a measured unit written before the figure (每千瓦时0.03元, 每平方米200元) is a rate, as 0.03元/千瓦时 is', () => {
    expect(one('给予每千瓦时0.03元的电费补贴。')).toMatchObject({ value: 0.03, unit: '元/千瓦时' });
    expect(one('按每吨标准煤300元给予奖励。')).toMatchObject({ value: 300, unit: '元/吨标准煤' });
    expect(one('可以对个人处每平方米二元以下的罚款。')).toMatchObject({ value: 2, unit: '元/平方米', comparator: 'max' });
    expect(one('按300元/吨标准煤给予奖励。').unit).toBe('元/吨标准煤');
    expect(one('每亩补贴200元。').unit).toBe('元/亩');
    // Per firm, per person, per tree: a sum each, as before.
    expect(one('每家企业最高奖励20万元。').unit).toBe('元');
    expect(one('造成树木死亡的，每株处五千元以上五万元以下的罚款。').unit).toBe('元');
  });

  it('a comparator after the penalty it bounds (十年有期徒刑以上刑罚) and after a place (五十米范围内)', () => {
    expect(one('可能判处十年有期徒刑以上刑罚的，应当予以逮捕。')).toMatchObject({ value: 10, unit: '年', comparator: 'min' });
    expect(one('可能判处三年有期徒刑以下刑罚的，可以取保候审。')).toMatchObject({ value: 3, unit: '年', comparator: 'max' });
    expect(one('距离铁路线路两侧五十米范围内不得采石。')).toMatchObject({ value: 50, unit: '米', comparator: 'max' });
    expect(one('补充侦查以二次为限。')).toMatchObject({ value: 2, unit: '次', comparator: 'max' });
    // Not limited to twice: no bound, and a bare 一次 is no figure at all.
    expect(one('补充侦查不以二次为限。')).toMatchObject({ value: 2, comparator: 'eq' });
    expect(extractFacts('申请复查不以一次为限。')).toEqual([]);
  });

  it('达到 bounds a figure where the sentence makes it a condition (达到三人的，), not where it is a target (达到80%)', () => {
    expect(one('当选人数达到三人的，不足的名额暂缺。')).toMatchObject({ value: 3, comparator: 'min' });
    expect(one('当选人数未达到三人的，应当另行选举。')).toMatchObject({ value: 3, comparator: 'max', strict: true });
    expect(one('持有的股票达到该公司股票总数的90%时，其余股东有权出售。')).toMatchObject({ value: 90, comparator: 'min' });
    expect(one('成活率未达到85%的；')).toMatchObject({ value: 85, comparator: 'max', strict: true });
    expect(one('到2027年，覆盖率达到80%。').comparator).toBe('eq');
    expect(one('到2027年，覆盖率达到80%，全面建成。').comparator).toBe('eq');
    // The upper bound of a range after 达到 stays the range's.
    expect(one('研发投入达到百分之三至百分之六的，给予奖励。')).toMatchObject({ comparator: 'range', range: { min: 3, max: 6 } });
  });

  it('after so long (三个月以后) is a floor; the last three years (最近三年) is a period, not an approximate figure', () => {
    expect(one('可以在原公告的召开时间的三个月以后重新召集。')).toMatchObject({ value: 3, unit: '月', comparator: 'min' });
    // 后 alone is no bound word: it opens 后果, and 3个月至6个月后 is one range.
    expect(one('造成三年后果的。').comparator).toBe('eq');
    expect(one('隔离3个月至6个月后解除。')).toMatchObject({ comparator: 'range', range: { min: 3, max: 6 } });
    expect(one('基金管理人最近三年没有违法记录。')).toMatchObject({ value: 3, unit: '年', comparator: 'eq' });
    expect(one('申请人近三年无违法记录。')).toMatchObject({ value: 3, unit: '年', comparator: 'eq' });
    // Before a sum, 近 is about: 近100亿元.
    expect(one('投资近100亿元。')).toMatchObject({ comparator: 'approx' });
  });

  it('a length of years in Chinese numerals with 十, 百 or 千 is a length, never a calendar year (树龄二百年以上)', () => {
    expect(one('树龄在二百年以上的古树为一级保护。')).toMatchObject({ value: 200, unit: '年', kind: 'duration', comparator: 'min' });
    const range = extractFacts('树龄在一百年以上三百年以下的古树为二级保护。');
    expect(range).toHaveLength(1);
    expect(range[0]).toMatchObject({ comparator: 'range', range: { min: 100, max: 300 } });
    expect(extractFacts('二〇二四年三月一日起施行。', ).filter((f) => f.kind === 'duration')).toEqual([]);
  });

  it('words with a numeral that are no quantity (三次采油, 三轮汽车) are read from not-quantities.tsv', () => {
    expect(extractFacts('高含硫天然气、三次采油减征百分之三十资源税。').map((f) => f.text)).toEqual(['百分之三十']);
    expect(extractFacts('三轮汽车和低速载货汽车的税额。')).toEqual([]);
    expect(extractFacts('两度获得表彰的，给予奖励。')).toEqual([]);
    // A class named (二类保护区) is no count of classes; 分为三类 and 两类收入 are.
    expect(extractFacts('市人民政府应当划定一类保护区、二类保护区和三类保护区。')).toEqual([]);
    expect(extractFacts('经营一类、二类和三类医疗器械。')).toEqual([]);
    expect(one('保护区分为三类。')).toMatchObject({ value: 3, unit: '类' });
    expect(one('取得以下两类收入的。')).toMatchObject({ value: 2, unit: '类' });
    expect(one('设置可回收物、有害垃圾、湿垃圾、干垃圾四类收集容器。')).toMatchObject({ value: 4, unit: '类' });
    // The day after, the day before: a day named, no length of time.
    expect(extractFacts('期限开始的当日不计算在期限内，自下一日开始计算。')).toEqual([]);
    // 第一、二款: a reference.
    expect(extractFacts('违反第二十七条第一、二款规定的。')).toEqual([]);
  });

  it('an interval bounded by an adverb before 每 reads the other way (至少每三个月检查一次: every three months at most)', () => {
    expect(one('古树至少每三个月检查一次。')).toMatchObject({ value: 3, unit: '月', comparator: 'max' });
    expect(one('投递邮件每周至少五次。')).toMatchObject({ value: 5, comparator: 'min' });
    expect(extractFacts('检查不少于每三个月一次。').find((f) => f.kind === 'duration')).toMatchObject({ value: 3, comparator: 'max' });
  });

  it('two bounds with a 、 between them are one range (罚款幅度为500元以上、5000元以下)', () => {
    expect(one('罚款幅度为500元以上、5000元以下。')).toMatchObject({ comparator: 'range', range: { min: 500, max: 5000 } });
    // Two figures of a list stay two.
    expect(extractFacts('分别奖励50万元、100万元。')).toHaveLength(2);
  });
  it('how often a sum recurs: 每月 before it, or /年 after it', () => {
    expect(one('给予每人每月3000元生活补贴。')).toMatchObject({ value: 3000, unit: '元', period: '月' });
    expect(one('每月补贴不超过500元。')).toMatchObject({ value: 500, comparator: 'max', period: '月' });
    expect(one('补贴200万元/年。')).toMatchObject({ value: 2_000_000, unit: '元', period: '年' });
    expect(one('每日每平方米五十元。')).toMatchObject({ unit: '元/平方米', period: '天' });
    // A 每 of another clause, or one before another figure, is not the sum's.
    expect(one('每年考核一次，给予奖励5万元。').period).toBeUndefined();
    expect(extractFacts('每年新增10家企业奖励5万元。').find((f) => f.unit === '元')!.period).toBeUndefined();
  });
  it('a month and a half, a year and a half', () => {
    expect(one('可以延长至一个半月。')).toMatchObject({ value: 1.5, unit: '月', kind: 'duration' });
    expect(one('期限为两年半。')).toMatchObject({ value: 2.5, unit: '年', kind: 'duration' });
    expect(one('补贴期限为1个半月。')).toMatchObject({ value: 1.5, unit: '月', kind: 'duration', text: '1个半月' });
    // Half a year without a numeral is six months, as 6个月 is; 上半年 and a 半年度 report are no length.
    expect(one('稳定就业半年以上的，给予补助。')).toMatchObject({ value: 6, unit: '月', comparator: 'min', text: '半年以上' });
    expect(one('责令暂停营业三个月至半年。')).toMatchObject({ comparator: 'range', range: { min: 3, max: 6 }, unit: '月' });
    expect(one('隔离半年至一年。')).toMatchObject({ comparator: 'range', range: { min: 6, max: 12 }, unit: '月' });
    expect(extractFacts('2024年上半年完成，报送半年度财务会计报告。').filter((f) => f.kind === 'duration')).toEqual([]);
    // Every six months, as 每6个月 is.
    expect(extractFacts('校车应当每半年进行一次安全技术检验。').find((f) => f.kind === 'duration')).toMatchObject({ value: 6, unit: '月', text: '半年' });
  });
  it('a speed is kilometres an hour (最高时速不得超过80公里, 每小时80公里); a daily rate of a late fee carries its period (按日加收5‰)', () => {
    expect(one('校车在高速公路上行驶的最高时速不得超过80公里。')).toMatchObject({ value: 80, unit: '公里/小时', kind: 'speed', comparator: 'max' });
    expect(one('每小时80公里。')).toMatchObject({ unit: '公里/小时', kind: 'speed' });
    expect(one('运输距离不超过80公里。')).toMatchObject({ unit: '公里', kind: 'length' });
    expect(one('逾期仍不缴纳的，按日加收5‰的滞纳金。')).toMatchObject({ value: 0.5, unit: '%', period: '日' });
    expect(one('年均增长10%。').period).toBeUndefined();
  });
  it('a half as a share in words: 一半, 半数以上, 过半数 (above half)', () => {
    expect(extractFacts('回收的资金，一半上交中央财政，一半留给单位。').map((f) => [f.value, f.unit, f.comparator])).toEqual([[50, '%', 'eq'], [50, '%', 'eq']]);
    expect(one('经半数以上委员同意。')).toMatchObject({ value: 50, unit: '%', comparator: 'min' });
    expect(one('由全体组成人员的过半数通过。')).toMatchObject({ value: 50, unit: '%', comparator: 'min', strict: true });
    expect(extractFacts('实行减半征收。')).toEqual([]);
  });

  it('a ratio written a:b (按1:1配套, 1∶0.5)', () => {
    expect(one('县财政按1:1配套。')).toMatchObject({ value: 1, unit: '比', kind: 'ratio', text: '1:1' });
    expect(one('县财政按1∶0.5配套。')).toMatchObject({ value: 0.5, unit: '比' });
    expect(one('县财政按1：1配套。')).toMatchObject({ value: 1, unit: '比' });
    // A clock time is no ratio.
    expect(extractFacts('按照9:00至17:00办理。').filter((f) => f.unit === '比')).toEqual([]);
  });

  it('the old value of a stated change after what it is counted per (由每人每月1000元提高至1500元) is no figure of the text', () => {
    expect(one('生活补贴由每人每月1000元提高至1500元。')).toMatchObject({ value: 1500 });
  });
});

describe('units that open with a numeral character', () => {
  it('一千克 is one kilogram, 二百克 two hundred grams, 每千克 no figure; 1013百帕 in hectopascals', () => {
    expect(one('一千克以上的')).toMatchObject({ value: 1, unit: '千克', comparator: 'min' });
    expect(one('不满二百克的')).toMatchObject({ value: 0.2, unit: '千克', comparator: 'max', strict: true });
    expect(extractFacts('每千克收费标准另定。')).toEqual([]);
    expect(extractFacts('按照每百户不少于三十个充电端口配建。').map((f) => f.text)).toEqual(['不少于三十个']);
    expect(one('树龄百年以上的古树。')).toMatchObject({ value: 100, unit: '年', comparator: 'min' });
    expect(one('建成千亩以上的基地。')).toMatchObject({ value: 1000, unit: '亩' });
    expect(one('排放浓度不超过0.3毫克/立方米。')).toMatchObject({ value: 0.3, unit: '毫克/立方米' });
    expect(one('气压为1013百帕。')).toMatchObject({ unit: '千帕' });
  });
});
