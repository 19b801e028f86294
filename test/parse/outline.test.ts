// The outline reader on the forms laws are published in: Arabic article numbers, a misprinted 笫, a first chapter lost, contents listed twice.
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';

const parse = (text: string) => loadSynthetic({ id: 'outline', source: 'fixture', text, truth: new Set() }).parsed;

describe('outline', () => {
  it('articles numbered in Arabic figures (第12条) are articles, one series with 第十二条之一', () => {
    const d = parse(['# 某某条例', '第1条 为了规范管理，制定本条例。', '第2条 本条例适用于本市。', '第二条之一 本市另有规定的，从其规定。', '第3条 本条例自2025年1月1日起施行。'].join('\n\n'));
    expect(d.clauses.map((c) => c.id)).toEqual(['c1', 'c2', 'c2-1', 'c3']);
    expect(d.warnings).toEqual([]);
  });

  it('a misprinted 笫 still opens its article', () => {
    const d = parse(['# 某某条例', '第一条 为了规范管理，制定本条例。', '笫二条 本条例适用于本市。', '第三条 本条例自公布之日起施行。'].join('\n\n'));
    expect(d.clauses.map((c) => c.label)).toEqual(['第一条', '笫二条', '第三条']);
  });

  it('a text whose first chapter heading was lost keeps its chapters, with a warning', () => {
    const d = parse(['# 某某条例', '第一条 为了规范管理，制定本条例。', '## 第二章 管理', '第二条 主管部门负责管理。', '## 第三章 附则', '第三条 本条例自公布之日起施行。'].join('\n\n'));
    expect(d.sections.map((s) => s.label)).toEqual(['第二章', '第三章']);
    expect(d.clauses.map((c) => c.section)).toEqual([0, 1, 2]);
    expect(d.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/numbering starts at 2/));
  });

  it('chapters listed before the text (contents without a 目录 line) are the preamble, and the chapters open once', () => {
    const d = parse(['# 某某条例', '## 第一章 总则', '## 第二章 附则', '## 第一章 总则', '第一条 为了规范管理，制定本条例。', '## 第二章 附则', '第二条 本条例自公布之日起施行。'].join('\n\n'));
    expect(d.sections.map((s) => `${s.label}${s.title}`)).toEqual(['第一章总则', '第二章附则']);
    // The preamble is all that comes before the first chapter: the title and the contents (compared, so a renamed title shows).
    expect(d.preamble?.text).toBe('某某条例\n第一章总则\n第二章附则');
    expect(d.clauses.map((c) => [c.id, c.section])).toEqual([['c1', 1], ['c2', 2]]);
  });

  it('contents lines with page leaders and numbers (第一章 总则……1), with or without a 目录 line, are contents', () => {
    for (const head of [['目录'], []]) {
      const d = parse(['# 某某条例', ...head, '第一章　总则……………1', '第二章　附则…… 3', '第一章　总则', '第一条 为了规范管理，制定本条例。', '第二章　附则', '第二条 本条例自公布之日起施行。'].join('\n\n'));
      expect(d.sections.map((s) => `${s.label}${s.title}`), head.join()).toEqual(['第一章总则', '第二章附则']);
      expect(d.clauses.map((c) => [c.id, c.section])).toEqual([['c1', 1], ['c2', 2]]);
      expect(d.warnings).toEqual([]);
    }
  });

  it('a text in force 自发布之日起 is in force from the latest date of its history', () => {
    const d = parse(['# 某某办法', '2019年3月2日某某部令第1号发布', '2023年7月20日某某部令第2号修订', '第一条 为了规范管理，制定本办法。', '第二条 本办法自发布之日起施行。'].join('\n\n'));
    expect(d.meta?.effective).toBe('2023-07-20');
  });
});

describe('a law whose copy may have lost its end', () => {
  const arts = ['为了规范管理，制定本条例。', '本条例适用于本市。', '主管部门负责管理。', '违反本条例规定的，由主管部门责令改正。'];
  const law = (extra: string[], head: string[] = []) => parse([...head, '# 某某条例', ...[...arts, ...extra].map((a, k) => `第${'一二三四五六七八九十'[k]}条 ${a}`)].join('\n\n'));
  it('says so where the text never says when it takes effect — in a diff of it too — even where its history names acts 废止', async () => {
    expect(law([]).warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/ends with 第四条 and never says when it takes effect/));
    expect(law([], ['（根据《国务院关于废止和修改部分行政法规的决定》修订）']).warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/may be incomplete/));
    const { alignLoaded, diffAligned } = await import('../../src/pipeline.js');
    const cut = loadSynthetic({ id: 'cut-a', source: 'fixture', text: ['# 某某条例', ...arts.map((a, k) => `第${'一二三四'[k]}条 ${a}`)].join('\n\n'), truth: new Set() });
    const whole = loadSynthetic({ id: 'cut-b', source: 'fixture', text: ['# 某某条例', ...[...arts, '本条例自2025年1月1日起施行。'].map((a, k) => `第${'一二三四五'[k]}条 ${a}`)].join('\n\n'), truth: new Set() });
    expect(diffAligned(alignLoaded(cut, whole, [])).warnings).toMatchObject([{ document: 'cut-a', message: expect.stringMatching(/may be incomplete/) }]);
  });
  it('says nothing where its last article, or a decree above it, does', () => {
    expect(law(['本条例自2025年1月1日起施行。']).warnings).toEqual([]);
    expect(law([], ['《某某条例》已经市人民政府常务会议通过，现予公布，自2025年3月1日起施行。']).warnings).toEqual([]);
  });
});

describe('a plan numbered on three levels (一、 / （一） / 1.)', () => {
  const PLAN = [
    '# 某某市促进民营经济发展实施方案',
    '为促进民营经济发展，制定本方案。',
    '一、主要目标',
    '到2027年，全市民营经济增加值年均增长6%以上。',
    '二、重点任务',
    '（一）加大财税支持',
    '1.实行分档补助。总投资1000万元以下的，按8%给予补助。',
    '2.落实税费减免。房产税按50%减征。',
    '（二）强化金融服务',
    '3.降低融资成本。贷款利率下浮不少于20个基点。',
    '4.完善担保体系。担保费率降至1%以下。',
    '三、保障措施',
    '5.加大资金投入。市级财政每年安排不少于3亿元。',
  ];
  it('the numbered items are the clauses, the (一) headings over them are subheadings on their path and in the outline', () => {
    const d = parse(PLAN.join('\n\n'));
    expect(d.clauses.map((c) => [c.id, c.label, c.title])).toEqual([
      ['c1', '1.', '实行分档补助'],
      ['c2', '2.', '落实税费减免'],
      ['c3', '3.', '降低融资成本'],
      ['c4', '4.', '完善担保体系'],
      ['c5', '5.', '加大资金投入'],
    ]);
    expect(d.clauses[2]!.path).toEqual(['二、重点任务', '（二）强化金融服务']);
    expect(d.clauses[4]!.section).toBe(3);
    expect(d.outline!.filter((n) => n.unit === null).map((n) => [n.label, n.title, n.depth])).toEqual([
      ['（一）', '加大财税支持', 2],
      ['（二）', '强化金融服务', 2],
    ]);
    expect(d.warnings).toEqual([]);
  });

  it('items numbered again under each subheading keep ids of their own', () => {
    const d = parse(PLAN.map((l) => l.replace(/^3\./, '1.').replace(/^4\./, '2.')).join('\n\n'));
    expect(d.clauses.map((c) => c.id)).toEqual(['c2.1.1', 'c2.1.2', 'c2.2.1', 'c2.2.2', 'c3.0.5']);
  });

  it('a (一) that leads in to its list with a figure (对年营业收入首次突破10亿元的企业给予奖励：) stays the clause: its figure is its own', () => {
    const d = parse(['# 某某市若干政策', '一、支持企业', '（一）对年营业收入首次突破10亿元的企业给予奖励：', '1.首次认定的，奖励50万元；', '2.再次认定的，奖励20万元。', '（二）对新认定的专精特新企业给予奖励：', '1.国家级的，奖励100万元；', '2.省级的，奖励30万元。'].join('\n\n'));
    expect(d.clauses.map((c) => c.label)).toEqual(['（一）', '（二）']);
  });

  it('per section: items under (一) headings in one, (一) clauses with text of their own in another; a heading over its targets and items is a clause and a subheading', () => {
    const d = parse([
      '# 某某县制造业发展实施方案',
      '一、重点任务',
      '（一）实施技改提升行动',
      '三年完成技改投资60亿元以上。',
      '1.技改项目补助。按设备投资额的6%予以补助。',
      '2.技改贷款贴息。按贷款利息的50%给予贴息。',
      '（二）实施数字赋能行动',
      '3.数字化改造补助。按投资额的10%给予补助。',
      '4.上云用平台补助。按服务费的30%给予补助。',
      '二、保障措施',
      '（一）加强组织领导。成立工作专班，统筹推进各项工作。',
      '（二）强化资金保障。县财政每年安排5000万元。',
    ].join('\n\n'));
    expect(d.clauses.map((c) => [c.id, c.label, c.title])).toEqual([
      ['c1.1', '（一）', '实施技改提升行动'],
      ['c1', '1.', '技改项目补助'],
      ['c2', '2.', '技改贷款贴息'],
      ['c3', '3.', '数字化改造补助'],
      ['c4', '4.', '上云用平台补助'],
      ['c2.1', '（一）', '加强组织领导'],
      ['c2.2', '（二）', '强化资金保障'],
    ]);
    expect(d.clauses[3]!.path).toEqual(['一、重点任务', '（二）实施数字赋能行动']);
  });

  it('a (一) clause with text of its own and a list of 1. 2. inside stays the clause', () => {
    const d = parse(['# 某某市若干政策', '一、支持创新', '（一）支持研发投入。对研发投入超过1000万元的企业给予奖励：', '1.首次认定的，奖励50万元；', '2.再次认定的，奖励20万元。', '（二）支持人才引进。对引进的高端人才给予安家补贴。'].join('\n\n'));
    expect(d.clauses.map((c) => c.label)).toEqual(['（一）', '（二）']);
  });
});

describe('a plan numbered on three levels, compared', () => {
  it('a subheading renamed is a heading change; each item is compared as a clause', async () => {
    const { alignLoaded, diffAligned } = await import('../../src/pipeline.js');
    const text = (rename: boolean, subsidy: string) =>
      ['# 某某市促进民营经济发展实施方案', '一、重点任务', rename ? '（一）强化财税支持' : '（一）加大财税支持', `1.实行分档补助。按${subsidy}给予补助。`, '2.落实税费减免。房产税按50%减征。', '（二）强化金融服务', '3.降低融资成本。贷款利率下浮不少于20个基点。'].join('\n\n');
    const load = (id: string, t: string) => loadSynthetic({ id, source: 'fixture', text: t, truth: new Set() });
    const d = diffAligned(alignLoaded(load('three-a', text(false, '8%')), load('three-b', text(true, '10%')), []));
    expect(d.headings?.map((h) => [h.change, h.base?.where, h.other?.title])).toEqual([['renamed', '一、（一）', '强化财税支持']]);
    expect(d.pairs.filter((p) => p.status === 'modified').map((p) => p.base)).toEqual([['c1']]);
  });
});

describe('an article printed inside the paragraph before it (a line break lost)', () => {
  const law = (...articles: string[]) => parse(['# 某某条例', ...articles].join('\n\n'));
  const labels = (d: ReturnType<typeof parse>) => d.clauses.map((c) => c.label);

  it('gets its own paragraph where the next article on a line of its own confirms the numbering', () => {
    const d = law('第一条 为了规范管理，制定本条例。', '第二条 会议公开举行。必要时可以举行秘密会议。 第三条 会议设立秘书处，办理日常事务。', '第四条 本条例自2025年1月1日起施行。');
    expect(labels(d)).toEqual(['第一条', '第二条', '第三条', '第四条']);
    expect(d.clauses[1]!.text).toBe('会议公开举行。必要时可以举行秘密会议。');
    expect(d.clauses[2]!.text).toBe('会议设立秘书处，办理日常事务。');
    expect(d.warnings).toEqual([]);
  });

  it('two in a row, and the last article of the law, are broken out too', () => {
    expect(labels(law('第一条 为了规范管理，制定本条例。 第二条 本条例适用于本市。 第三条 主管部门负责管理。', '第四条 本条例自公布之日起施行。'))).toEqual(['第一条', '第二条', '第三条', '第四条']);
    expect(labels(law('第一条 为了规范管理，制定本条例。', '第二条 本条例适用于本市。 第三条 本条例自公布之日起施行。'))).toEqual(['第一条', '第二条', '第三条']);
  });

  it('a sentence citing the next article, a quoted article and an unconfirmed number stay text', () => {
    // 第三条 is printed on its own line: the 第三条 inside 第二条 is a citation.
    expect(labels(law('第一条 为了规范管理，制定本条例。', '第二条 本市实行登记制度。第三条规定的事项除外。', '第三条 本条例自公布之日起施行。'))).toEqual(['第一条', '第二条', '第三条']);
    expect(labels(law('第一条 为了规范管理，制定本条例。', '第二条 违反本条例的，依法处理。第三条第二款规定的情形除外。', '第四条 本条例自公布之日起施行。'))).toEqual(['第一条', '第二条', '第四条']);
    expect(labels(law('第一条 为了规范管理，制定本条例。', '第二条 将原条文修改为：“第三条 本条例自公布之日起施行。”'))).toEqual(['第一条', '第二条']);
    // The next article printed is 第五条: one run-in 第三条 would leave 第四条 missing, so nothing is broken.
    const gap = law('第一条 为了规范管理，制定本条例。', '第二条 本条例适用于本市。 第三条 主管部门负责管理。', '第五条 本条例自公布之日起施行。');
    expect(labels(gap)).toEqual(['第一条', '第二条', '第五条']);
    expect(gap.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/numbering jumps from 2 to 5/));
  });
});

describe('an amendment that quotes a list over several paragraphs', () => {
  it('the quoted （一）（二） lines are text of the item that quotes them, not the numbering of the text', () => {
    const d = parse(
      [
        '# 某某法修正案',
        '为了惩治违法行为，对某某法作如下修改：',
        '一、将第十条修改为：“违反本法规定的，处五万元以下罚款。”',
        '二、将第十二条修改为：“有下列情形之一的，处三年以下有期徒刑：',
        '（一）伪造记录的；',
        '（二）隐匿证据的。',
        '“单位犯前款罪的，对单位判处罚金。”',
        '三、本修正案自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(d.clauses.map((c) => c.label)).toEqual(['一、', '二、', '三、']);
    expect(d.clauses[1]!.text).toContain('（二）隐匿证据的。');
    expect(d.clauses[1]!.text).toContain('单位犯前款罪的');
    expect(d.preamble?.text).not.toContain('二、');
  });

  it("the next item ends a quotation whose closing ” was lost", () => {
    const d = parse(
      ['# 某某法修正案', '一、在第十条后增加一条，作为第十条之一：“违反规定的，处五日以下拘留。', '“有前款行为的，依照前款处罚。', '二、将第十二条修改为：“处一万元以下罚款。”', '三、本修正案自公布之日起施行。'].join('\n\n'),
    );
    expect(d.clauses.map((c) => c.label)).toEqual(['一、', '二、', '三、']);
  });

  it('a quotation left open by a typo does not hide the numbering after it, nor does a quoted name open a paragraph', () => {
    const d = parse(['# 某某实施方案', '一、总体要求：“两个先行的要求，推进改革', '（一）加强领导。各地要落实责任。', '（二）强化保障。加大投入。', '二、保障措施', '（三）严格考核。纳入“年度考核”。'].join('\n\n'));
    expect(d.clauses.map((c) => c.label)).toEqual(['（一）', '（二）', '（三）']);
    const decision = parse(
      ['# 某某市人民代表大会常务委员会关于某某税适用税额的决定', '为推进生态文明建设，根据省委要求：“坚持绿色发展，现决定如下：', '一、本市大气污染物适用税额为每污染当量1.2元。', '二、本市水污染物适用税额为每污染当量1.4元。', '“最多跑一次”改革要持续深化。', '三、本决定自2025年1月1日起施行。'].join('\n\n'),
    );
    expect(decision.clauses.map((c) => c.label)).toEqual(['一、', '二、', '三、']);
  });
});

describe('chapter titles as laws print them', () => {
  it('a chapter title may hold a comma (第三章 审查和批准决算，听取和审议报告); a sentence is no heading', () => {
    const d = parse(['# 某某条例', '## 第一章 总则', '第一条 为了规范监督工作，制定本条例。', '## 第二章 审查和批准决算，听取和审议报告', '第二条 常务委员会每年审查决算。', '第三条 本条例自2025年1月1日起施行。'].join('\n\n'));
    expect(d.sections.map((s) => `${s.label}${s.title}`)).toEqual(['第一章总则', '第二章审查和批准决算，听取和审议报告']);
    expect(d.clauses[0]!.paragraphs).toHaveLength(1);
    expect(d.warnings).toEqual([]);
    // A line opening with 第三章 that is a sentence stays the text of its article.
    const s = parse(['# 某某条例', '## 第一章 总则', '第一条 为了规范监督工作，制定本条例。', '第二章规定的事项，由主管部门负责。', '第二条 本条例自2025年1月1日起施行。'].join('\n\n'));
    expect(s.sections.map((x) => x.label)).toEqual(['第一章']);
    expect(s.clauses[0]!.text).toContain('第二章规定的事项，由主管部门负责。');
  });

  it('a title printed over two lines is one (…人民法院和 / 人民检察院的专项工作报告); a short title over a short line is a heading over a subheading', () => {
    const d = parse(
      ['# 某某条例', '## 第一章 听取和审议人民政府、人民法院和', '人民检察院的专项工作报告', '第一条 常务委员会听取专项工作报告。', '## 第二章 水污染防治措施', '工业水污染防治', '第二条 排污单位应当达标排放。', '## 第三章 工业和城镇生活水污染防治措施', '一般规定', '第三条 本条例自2025年1月1日起施行。'].join('\n\n'),
    );
    expect(d.sections.map((s) => [s.title, s.intro])).toEqual([
      ['听取和审议人民政府、人民法院和人民检察院的专项工作报告', ''],
      ['水污染防治措施', '工业水污染防治'],
      ['工业和城镇生活水污染防治措施', '一般规定'],
    ]);
  });
});
