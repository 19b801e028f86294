// Structure parsing on the five real documents: counts, ids, titles, leads, responsible units, attachments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseChineseNumeral } from '../../src/parse/parse-chinese-numeral.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { load } from '../helpers/corpus.js';

const EXPECTED = { 'hangzhou-2024-draft': 76, 'hangzhou-2024': 76, 'jiande-2024': 71, 'quzhou-2024': 73, 'haining-2024-draft': 63 };

describe('parseDocument on the bundled corpus', () => {
  for (const [id, count] of Object.entries(EXPECTED)) {
    it(`${id}: ${count} clauses numbered 1…${count}, 8 sections, preamble and closing`, () => {
      const { parsed } = load(id);
      expect(parsed.clauses.map((c) => c.id)).toEqual(Array.from({ length: count }, (_, i) => `c${i + 1}`));
      expect(parsed.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
      expect(parsed.preamble?.text.startsWith('为深入贯彻')).toBe(true);
      expect(parsed.closing?.text).toMatch(/^上述/);
      expect(parsed.warnings).toEqual([]);
      for (const c of parsed.clauses) expect(c.title.length, `${id} ${c.id}`).toBeGreaterThan(2);
    });
  }

  it('reads titles, labels, sections and leads as printed', () => {
    const hz = load('hangzhou-2024').parsed;
    expect(hz.title).toBe('关于进一步推动经济高质量发展的若干政策');
    expect(hz.clauses[55]).toMatchObject({ id: 'c56', label: '（五十六）', section: 7 });
    expect(hz.sections[0]).toMatchObject({ number: 1, title: '扩大有效投资政策', lead: '市发改委' });
    const jd = load('jiande-2024').parsed;
    expect(jd.clauses[1]).toMatchObject({ id: 'c2', label: '2.', title: '加大财政支持力度', section: 1 });
    expect(jd.sections[2]).toMatchObject({ title: '五大产业生态圈高质量发展政策', lead: '市经信局' });
    expect(jd.clauses[70]!.section).toBe(8);
    const hn = load('haining-2024-draft').parsed;
    expect(hn.title).toBe('海宁市贯彻《浙江省推动经济高质量发展若干政策》承接落实方案（征求意见稿）');
    expect(hn.clauses[61]).toMatchObject({ id: 'c62', label: '（六十二）', title: '支持推进“老有康养”' });
    expect(load('hangzhou-2024-draft').parsed.title).toBe('进一步推动经济高质量发展若干政策（征求意见稿）');
  });

  it('splits responsible units, keeping 各乡镇（街道） whole; the draft has none', () => {
    const jd = load('jiande-2024').parsed;
    expect(jd.clauses[4]!.units).toEqual(['市发改局', '市经信局', '市供电公司', '经开区', '各乡镇（街道）']);
    expect(jd.clauses[4]!.text).not.toContain('责任单位');
    expect(load('hangzhou-2024').parsed.clauses.every((c) => c.units.length > 0)).toBe(true);
    expect(load('hangzhou-2024-draft').parsed.clauses.every((c) => c.units.length === 0)).toBe(true);
  });

  it('parses Haining attachment tables into rows with category and columns, rejoining rows split by a page break', () => {
    const hn = load('haining-2024-draft').parsed;
    expect(hn.attachments.map((t) => t.id)).toEqual(Array.from({ length: 15 }, (_, i) => `t${i + 1}`));
    const t1 = hn.attachments[0]!;
    expect(t1).toMatchObject({ attachment: '附件1', title: '1-1 2024年扩大有效投资政策措施', reportedBy: '市发改局' });
    expect(t1.rows.map((r) => r.category)).toEqual(['延续类', '延续类', '调整类', '调整类', '调整类', '新增类', '新增类']);
    expect(t1.rows[0]).toMatchObject({ id: 't1.r1', number: '1' });
    expect(t1.rows[0]!.cells['政策内容']).toBe('积极用好地方政府专项债券');
    const t3 = hn.attachments[2]!;
    const split = t3.rows.find((r) => r.cells['政策内容'] === '强化工业用地供应服务保障')!;
    expect(split.cells['重点政策措施']).toContain('全市完成低效工业用地整治700亩');
    expect(hn.attachments[8]!.columns).toContain('2024年预算安排金额（亿元）');
  });

  it('uses the expected ordinal: a wrapped line starting with a number is not a clause', () => {
    const text = '一、交通政策（由市交通局牵头实施）\n1.加大投入。全年投资\n18.29亿元以上。\n2.降低成本。\n0.5万亩\n3.惠民。';
    const doc = parseDocument(normalizeDocument('t', text));
    expect(doc.clauses.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('a section whose first items were lost (2. under 一、) keeps its items as clauses, with a warning, not in its intro', () => {
    const text = '关于测试的若干政策\n\n一、投资政策\n2.支持项目建设。给予最高100万元补助。\n3.加强用地保障。全年供地1万亩。\n二、科技政策\n1.支持研发。给予最高50万元奖励。\n2.支持人才。给予20万元补助。';
    const doc = parseDocument(normalizeDocument('t', text));
    expect(doc.clauses.map((c) => c.id)).toEqual(['c1.2', 'c1.3', 'c2.1', 'c2.2']);
    expect(doc.sections[0]!.intro).toBe('');
    expect(doc.warnings.some((w) => /starts at 2/.test(w.message))).toBe(true);
    // The same in a later section (二、 then 2.): a restart, said so.
    const later = parseDocument(normalizeDocument('t', text.replace('二、科技政策\n1.支持研发。给予最高50万元奖励。\n', '二、科技政策\n')));
    expect(later.clauses.map((c) => c.label)).toEqual(['2.', '3.', '2.']);
    expect(later.warnings.some((w) => /section starts at 2/.test(w.message))).toBe(true);
  });

  it('reads the title above a notice’s 文号 and addressee lines, which go to the cover', () => {
    const body = ['为深入贯彻落实省委、省政府决策部署，结合我市实际，制定本政策措施。', '一、支持企业技术改造', '（一）支持重大技术改造项目。对设备投资额2000万元以上的项目，给予最高500万元补助。'];
    const withBoth = parseDocument(normalizeDocument('t', ['某市人民政府关于促进制造业高质量发展的若干政策措施', '某政〔2024〕12号', '各区、县（市）人民政府，市政府各部门、各直属单位：', ...body].join('\n\n')));
    expect(withBoth.title).toBe('某市人民政府关于促进制造业高质量发展的若干政策措施');
    expect(withBoth.cover).toContain('某政〔2024〕12号');
    expect(withBoth.cover).toContain('各直属单位：');
    const numberOnly = parseDocument(normalizeDocument('t', ['某省人民政府办公厅关于进一步稳就业促就业的若干意见', '某政办发〔2024〕8号', ...body].join('\n\n')));
    expect(numberOnly.title).toBe('某省人民政府办公厅关于进一步稳就业促就业的若干意见');
  });

  it('reads a 责任单位 line without brackets, and 牵头单位 with 配合单位, as the clause’s units, out of its text', () => {
    const text = [
      '某市关于促进消费的若干政策',
      '一、促进汽车消费',
      '（一）支持新能源汽车消费。对个人购买新能源汽车的，给予每辆最高5000元补贴。',
      '责任单位：市商务局、市财政局',
      '（二）支持绿色家电消费。对购买一级能效家电的，按售价的15%给予补贴。',
      '牵头单位：市商务局；配合单位：市市场监管局、各区县（市）政府',
    ].join('\n');
    const doc = parseDocument(normalizeDocument('t', text));
    expect(doc.clauses.map((c) => c.units)).toEqual([['市商务局', '市财政局'], ['市商务局', '市市场监管局', '各区县（市）政府']]);
    expect(doc.clauses.map((c) => c.text.includes('单位'))).toEqual([false, false]);
    // A sentence that names a 责任单位 inside the text is no note.
    const inline = parseDocument(normalizeDocument('t', '某市若干政策\n一、总则\n（一）明确责任。各责任单位：要加强协作，形成合力。'));
    expect(inline.clauses[0]!.units).toEqual([]);
  });

  it('a paragraph of a clause that opens 上述 or 以上 is no closing where the numbering goes on after it', () => {
    const text = [
      '关于测试的若干政策',
      '一、投资政策',
      '（一）支持项目建设。给予最高100万元补助。',
      '上述资金由市、区两级按1:1比例分担。',
      '（二）加强用地保障。全年供地1万亩。',
      '二、科技政策',
      '（一）支持研发。给予最高50万元奖励。',
      '以上政策自2024年1月1日起施行。',
    ].join('\n');
    const doc = parseDocument(normalizeDocument('t', text));
    expect(doc.clauses.map((c) => c.id)).toEqual(['c1.1', 'c1.2', 'c2.1']);
    expect(doc.clauses[0]!.text).toContain('上述资金由市、区两级按1:1比例分担。');
    expect(doc.closing?.text).toBe('以上政策自2024年1月1日起施行。');
  });

  it('a hard-wrapped text keeps a figure whole where a line of digits and spaces ends narrower than the page', () => {
    // Lines cut every 30 characters, as a PDF extraction gives; a line holding half-width digits is narrower than the others.
    const paragraphs = [
      '一、扩大有效投资政策',
      '（一）加强用地用林要素保障。全年保障建设用地6万亩，其中，争取批次项目新增建设用地指标2万亩以上。2024 年，全市保障建设项目使用林地 8000 亩以上。统筹推进土地综合整治，盘活存量建设用地，提高土地利用效率，保障重大项目落地。',
      '（二）加大财政支持力度。围绕保障重大项目建设、激发全社会投资活力，市财政 2024 年预算安排资金 177.1 亿元。其中，用于民生设施建设资金 22.6 亿元，用于交通建设资金 32.8 亿元，用于水利建设资金 5.5 亿元，支持各类重大项目加快建设。',
      '（三）向上争取资金支持。积极争取中央预算内投资、超长期特别国债和地方政府专项债券等各类资金支持，加强项目谋划储备，提高项目申报质量，全力争取更多项目纳入国家和省级盘子。',
      '（四）强化用能要素保障。保障新上重大项目用能需求，新增能耗优先支持民间投资项目，推动存量项目节能改造，腾出用能空间，支持先进制造业和战略性新兴产业项目加快建设，确保重大项目应保尽保，全面提升能源利用效率。',
      '（五）优化项目审批服务。深化投资审批制度改革，推行项目审批全流程网上办理，压缩审批时限，强化部门协同，推动重大项目早开工、早建成、早见效，营造良好投资环境，激发全社会投资活力，推动经济持续回升向好。',
      '（六）支持民间投资发展。鼓励民间资本参与重大项目建设，建立向民间资本推介项目长效机制，每年推出一批具有一定收益水平的项目，支持民营企业参与基础设施和公共服务领域投资，保障民营企业公平参与市场竞争。',
      '（七）强化项目跟踪督导。建立重大项目推进协调机制，实行清单化管理、闭环式推进，定期通报项目进展情况，及时协调解决项目推进中的困难和问题，确保各项政策落到实处、取得实效，推动全年投资目标顺利完成。',
    ];
    const wrap = (p: string) => (p.startsWith('一、') ? [p] : p.match(/.{1,30}/gu)!);
    const text = ['关于测试的若干政策', '', ...paragraphs.flatMap((p) => [...wrap(p), ''])].join('\n');
    const doc = parseDocument(normalizeDocument('t', text));
    expect(doc.clauses.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    // Each clause is one paragraph again, its figures unbroken.
    expect(doc.clauses.filter((c) => c.text.includes('\n')).map((c) => c.id)).toEqual([]);
    const joined = doc.clauses.map((c) => c.text.replace(/\s/g, '')).join('');
    for (const figure of ['8000亩以上。', '177.1亿元。其中', '5.5亿元']) expect(joined).toContain(figure);
    expect(doc.closing).toBeNull();
  });

  it('numbering restarting in each section gives c<section>.<ordinal> ids', () => {
    const text = '一、甲政策\n（一）甲一。\n（二）甲二。\n二、乙政策\n（一）乙一。\n（二）乙二。';
    const doc = parseDocument(normalizeDocument('t', text));
    expect(doc.clauses.map((c) => c.id)).toEqual(['c1.1', 'c1.2', 'c2.1', 'c2.2']);
  });

  it('never throws on arbitrary text (property)', () => {
    const alphabet = fc.constantFrom(...'一二三、（）()1234.。，政策附件\t\n序号上述责任单位：'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), (chars) => {
        parseDocument(normalizeDocument('x', chars.join('')));
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), (s) => void parseDocument(normalizeDocument('x', s))), { numRuns: 300 });
  });
});

describe('parseChineseNumeral', () => {
  const cases: Array<[string, number | null]> = [
    ['七十六', 76], ['十二', 12], ['十', 10], ['一百零五', 105], ['二〇二四', 2024], ['二〇二三', 2023],
    ['两万', 20000], ['三点五', 3.5], ['1.95', 1.95], ['1,000', 1000], ['2万', 20000], ['两千三百万', 23000000],
    ['一', 1], ['六十三', 63], ['政策', null], ['', null], ['十十', null],
  ];
  for (const [input, value] of cases) it(`${input || '(empty)'} → ${value}`, () => expect(parseChineseNumeral(input)).toBe(value));
});

describe('clause labels followed by a year', () => {
  it('reads 2.2024年… as clause 2 where the numbering calls for it, and 2.35% as a figure', () => {
    const text = '一、扩大有效投资政策\n1.发挥重大项目带动作用。支持项目建设。\n2.2024年财政预算安排6000万元。\n2.35%的比重保持不变。\n';
    const doc = parseDocument(normalizeDocument('t', text));
    expect(doc.clauses.map((c) => c.label)).toEqual(['1.', '2.']);
    expect(doc.clauses[1]!.text).toContain('2024年财政预算安排6000万元');
    expect(doc.clauses[1]!.text).toContain('2.35%');
  });
});
