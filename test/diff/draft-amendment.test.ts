// The drafted 修改决定: every change of a law's revision as a drafting item, in the order of the old text, citing old numbers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftAmendment } from '../../src/diff/draft-amendment.js';
import { diffPair } from '../../src/pipeline.js';
import { renderAmendment } from '../../src/render/report/amendment-text.js';
import { chineseNumeral } from '../../src/text/format-chinese-numeral.js';

const FIXTURES = 'test/fixtures/outline';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-amendment-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const amend = (oldFile: string, newFile: string) => {
  const pair = diffPair(oldFile, newFile);
  return draftAmendment(pair.diff, pair.base.parsed, pair.other.parsed);
};
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
};
const law = (articles: string[]) =>
  `# 东江省测试条例\n\n第一章 总则\n\n${articles.map((a, k) => `第${chineseNumeral(k + 1)}条 ${a}`).join('\n\n')}\n`;

describe('draftAmendment', () => {
  it('an article linked out of order that keeps its number is edited, not moved (no 将第三条改为第三条)', () => {
    const PURPOSE = '为了做好抚恤工作，制定本条例。';
    const REMARRIED = '烈士生前的配偶再婚后继续赡养烈士父母的，由县级人民政府退役军人事务部门按照规定发给定期抚恤金。';
    const RATE = '定期抚恤金标准参照全国城乡居民家庭人均收入水平确定。';
    const END = '本条例自2020年1月1日起施行。';
    const old = write('same-old.md', law([PURPOSE, REMARRIED, RATE, END]));
    const now = write('same-new.md', law([PURPOSE, '烈士遗属享受定期抚恤金后生活仍有特殊困难的，由县级人民政府给予补助。', '定期抚恤金标准参照上一年度全国居民人均可支配收入水平确定。', REMARRIED, END]));
    const text = renderAmendment(amend(old, now), { markdown: false });
    expect(text).not.toContain('将第三条改为第三条');
    expect(text).toContain('将第三条中的“全国城乡居民家庭人均收入”修改为“上一年度全国居民人均可支配收入”');
  });

  it('two articles merged into one rewritten so far that no old 款 stays near it: the new text is never left out', () => {
    const PURPOSE = '为了防止传染病传入传出，制定本条例。';
    const END = '本条例自公布之日起施行。';
    const old = write('merge-old.md', law([PURPOSE, '入境的交通工具和人员，应当在最先到达的口岸接受检疫。', '出境的交通工具和人员，应当在最后离开的口岸接受检疫。', END]));
    const NEW =
      '入境出境的交通工具和人员，应当分别在最先到达的口岸和最后离开的口岸接受检疫；货物、物品也可以在海关指定的其他地点接受检疫查验，具体办法由海关总署会同国务院有关部门另行制定并公布。来自境外的船舶因不可抗力停靠境内口岸以外地区的，负责人应当立即向就近的海关报告，海关应当立即派员到场处理。';
    const now = write('merge-new.md', law([PURPOSE, NEW, END]));
    const text = renderAmendment(amend(old, now), { markdown: false });
    // The old article most like it is restated as it, the other dropped (it had been two drops alone).
    expect(text).toContain(`将第二条修改为：“${NEW}”`);
    expect(text).toContain('删去第三条');
  });

  it('read in order, an item after a 款 added cites that 款 by its place after the addition (增加一款，作为第二款 … 第三款)', () => {
    const PURPOSE = '为了规范基金管理工作，制定本条例。';
    const FIRST = '基金管理机构应当对申请进行评审。';
    const LAST = '申请人对决定不服的，可以申请复审。\n\n复审应当在三十日内完成。';
    const old = write('shift-old.md', law([PURPOSE, `${FIRST}\n\n基金管理机构决定予以资助的，应当及时书面通知申请人，并公布申请人基本情况以及拟资助的经费数额等。\n\n${LAST}`]));
    const now = write('shift-new.md', law([PURPOSE, `${FIRST}\n\n基金管理机构在作出资助决定前，应当开展严重失信行为数据比对、核查等工作。\n\n基金管理机构决定予以资助的，应当及时书面通知申请人。\n\n${LAST}`]));
    const text = renderAmendment(amend(old, now), { markdown: false });
    expect(text).toContain('一、第二条增加一款，作为第二款：“基金管理机构在作出资助决定前');
    expect(text).toContain('二、删去第二条第三款中的“，并公布申请人基本情况以及拟资助的经费数额等”。');
  });

  it('a whole 项 added or dropped is drafted as such (增加一项，作为第四项; 删去第三条第一款第二项), the others unchanged but for their numbers', () => {
    const PURPOSE = '为了规范测试登记活动，制定本条例。';
    const OTHER = '登记机关应当自受理申请之日起二十日内作出决定。';
    const items = (xs: string[]) => xs.map((x, k) => `（${chineseNumeral(k + 1)}）${x}${k === xs.length - 1 ? '。' : '；'}`).join('\n');
    const cases = ['申请材料不齐全的', '申请人提供虚假材料的', '申请事项不属于登记范围的'];
    const old = write('items-old.md', law([PURPOSE, OTHER, `有下列情形之一的，登记机关不予登记：\n${items(cases)}\n\n不予登记的，应当书面说明理由。`]));
    const now = write('items-new.md', law([PURPOSE, OTHER, `有下列情形之一的，登记机关不予登记：\n${items([cases[0]!, cases[2]!, '申请人被列入严重失信主体名单的', '法律、行政法规规定的其他情形'])}\n\n不予登记的，应当书面说明理由。`]));
    const a = amend(old, now);
    expect(a.items.map((i) => [i.kind, i.cites[0], i.paragraph, i.item ?? i.asItem])).toEqual([
      ['drop-item', '第三条', 1, 2],
      ['add-item', '第三条', 1, 3],
    ]);
    const text = renderAmendment(a, { markdown: false });
    expect(text).toContain('一、删去第三条第一款第二项。');
    // Two 项 added one after another are one item.
    expect(text).toContain('二、在第三条第一款中增加两项，作为第三项、第四项：“（三）申请人被列入严重失信主体名单的；\n“（四）法律、行政法规规定的其他情形。”');
  });

  it('one word replaced alike in several articles, each edited in nothing else, is one item citing them all', () => {
    const arts = (w: string) => [
      '为了加强发票管理，制定本条例。',
      `需要${w}发票的单位，应当持税务登记证件向主管税务机关办理手续。`,
      '税务机关应当按照规定印制发票，并加强发票印制的监督管理。',
      `${w}发票的单位和个人应当按照规定保管发票，不得擅自损毁。`,
      `主管税务机关根据${w}单位的经营范围和规模，确认${w}发票的种类和数量，并提供发票领用簿。`,
    ];
    const old = write('same-word-old.md', law(arts('领购')));
    const now = write('same-word-new.md', law([...arts('领用').slice(0, 4), `主管税务机关根据领用单位的经营范围和规模，确认领用发票的种类和数量，并按月提供发票领用簿。`]));
    const text = renderAmendment(amend(old, now), { markdown: false });
    expect(text).toContain('一、将第二条、第四条中的“领购”修改为“领用”。');
    // An article edited in more than that word keeps its own item.
    expect(text).toMatch(/二、将第五条/);
    expect(text).not.toMatch(/第四条、第五条/);
  });

  it('a 项 reworded in its place is no 项 dropped and another added', () => {
    const items = (xs: string[]) => xs.map((x, k) => `（${chineseNumeral(k + 1)}）${x}${k === xs.length - 1 ? '。' : '；'}`).join('\n');
    const old = write('item-reworded-old.md', law(['为了规范测试登记活动，制定本条例。', `有下列情形之一的，不予登记：\n${items(['申请材料不齐全的', '申请人提供虚假材料的'])}`]));
    const now = write('item-reworded-new.md', law(['为了规范测试登记活动，制定本条例。', `有下列情形之一的，不予登记：\n${items(['申请材料不齐全的', '申请人隐瞒有关情况或者提供虚假材料的'])}`]));
    expect(amend(old, now).items.map((i) => i.kind)).not.toContain('add-item');
  });

  it('two chapters merged into one are one item, and the diff says the titles changed (it had called the pair identical)', () => {
    const chapters = (heads: string[][]) =>
      `# 东江省测试条例\n\n${heads.map(([title, ...arts], k) => `第${chineseNumeral(k + 1)}章 ${title}\n\n${arts!.join('\n\n')}`).join('\n\n')}\n`;
    const A1 = '第一条 为了规范矿产资源勘查和开采，制定本条例。';
    const A2 = '第二条 勘查矿产资源，应当依法申请登记，领取勘查许可证。';
    const A3 = '第三条 勘查单位应当按照勘查设计施工，不得擅自变更勘查工作对象。';
    const A4 = '第四条 开采矿产资源，应当依法申请，经批准取得采矿权。';
    const A5 = '第五条 采矿权人应当按照开采设计开采，采取合理的开采顺序和方法。';
    const old = write('chapters-old.md', chapters([['总则', A1], ['矿产资源的勘查', A2, A3], ['矿产资源的开采', A4, A5]]));
    const now = write('chapters-new.md', chapters([['总则', A1], ['矿产资源勘查、开采', A2, A3, A4, A5]]));
    const pair = diffPair(old, now);
    const heading = pair.diff.pairs.find((p) => p.base.length === 2 && p.base.every((id) => id.startsWith('s')))!;
    expect(heading.status).toBe('modified');
    expect(heading.changes.map((c) => [c.kind, c.after])).toEqual([['title', '矿产资源勘查、开采']]);
    const items = draftAmendment(pair.diff, pair.base.parsed, pair.other.parsed).items;
    expect(items.filter((i) => i.kind === 'merge-chapters').map((i) => [i.cites.join('、'), i.as])).toEqual([['第二章、第三章', '第二章']]);
  });

  it('drafts the fixture revision: one item per change, old numbers, nothing for renumbered or standardized articles', () => {
    const a = amend(`${FIXTURES}/law-national.md`, `${FIXTURES}/law-revised.md`);
    expect(a.title).toBe('中华人民共和国城市地下管线安全法');
    expect(a.items.map((i) => [i.kind, i.cites.join('、'), i.as ?? i.asParagraph ?? ''])).toEqual([
      ['add-words', '第五条', ''],
      ['add-paragraph', '第八条', 1],
      ['modify-article', '第十一条', ''],
      ['drop-article', '第十六条', ''],
      ['add-words', '第十九条', ''],
      ['replace-words', '第十九条', ''],
      ['replace-words', '第二十四条', ''],
      ['merge-articles', '第二十六条、第二十七条', '第二十五条'],
      ['add-article', '', '第二十七条'],
    ]);
    expect(a.renumbered).toBe(true);
    expect(a.standardized.map((v) => `${v.before}→${v.after}`).sort()).toEqual(['其它→其他', '台帐→台账']);
    const text = renderAmendment(a, { markdown: false });
    expect(text.split('\n')[0]).toMatch(/^（草稿/);
    expect(text).toContain('二、第八条增加一款，作为第一款：“城市地下管线综合规划应当以管线普查成果为依据');
    expect(text).toContain('四、删去第十六条。');
    // A few words changed are quoted, as drafting offices write it, the edits of one article in one item.
    expect(text).toContain('一、在第五条中的“人民政府应当”后增加“加强对城市地下管线安全工作的领导，建立健全统筹协调机制，”。');
    // A fine is quoted whole (五千元以上五万元以下), not in pieces.
    expect(text).toContain('六、将第二十四条中的“五千元以上五万元以下”修改为“一万元以上十万元以下”。');
    expect(text).toContain('五、在第十九条中的“应急预案”后增加“，采取措施控制事态发展，组织抢修”；将“主管部门”修改为“主管部门和应急管理部门”。');
    expect(text).toContain('七、将第二十六条、第二十七条合并，作为第二十五条，修改为：“管线权属单位有下列行为之一的');
    expect(text).toContain('根据本决定作相应修改并对条文顺序作相应调整，重新公布。');
    expect(text).toContain('本决定自〔施行日期〕起施行。');
  });

  it('cites the 款 it changes, drops or adds, and splits a 款 off as an article of its own', () => {
    const p1 = '县级以上人民政府应当加强对数据工作的领导，将数据发展纳入国民经济和社会发展规划。';
    const p2 = '省人民政府数据主管部门负责全省数据资源的统筹管理和监督工作。';
    const p3 = '其他有关部门在各自职责范围内做好数据资源相关工作。';
    const old = write('old.md', law([`${p1}\n${p2}\n${p3}`, '数据处理者应当依法履行数据安全保护义务。', '鼓励单位和个人参与数据资源开发利用。']));
    const now = write(
      'new.md',
      law([
        `${p1}\n省人民政府数据主管部门负责全省数据资源的统筹管理、开发利用和监督工作。\n${p3}`,
        '数据处理者应当依法履行数据安全保护义务。',
        '鼓励单位和个人参与数据资源开发利用。',
      ]),
    );
    expect(amend(old, now).items).toMatchObject([{ kind: 'add-words', cites: ['第一条'], paragraph: 2, anchor: '统筹管理', text: ['、开发利用'] }]);
    expect(renderAmendment(amend(old, now), { markdown: false })).toContain('一、在第一条第二款中的“统筹管理”后增加“、开发利用”。');
    // Rewritten more than in a few words, the 款 is restated.
    const rewritten = write('rewritten.md', law([`${p1}\n省人民政府数据主管部门负责全省公共数据资源的统筹规划、汇聚共享、开放利用和安全监督管理工作，会同有关部门制定标准。\n${p3}`, '数据处理者应当依法履行数据安全保护义务。', '鼓励单位和个人参与数据资源开发利用。']));
    expect(amend(old, rewritten).items).toMatchObject([{ kind: 'modify-paragraph', cites: ['第一条'], paragraph: 2 }]);
    const dropped = write('dropped.md', law([`${p1}\n${p3}`, '数据处理者应当依法履行数据安全保护义务。', '鼓励单位和个人参与数据资源开发利用。']));
    expect(amend(old, dropped).items).toMatchObject([{ kind: 'drop-paragraph', cites: ['第一条'], paragraph: 2 }]);
    const split = write('split.md', law([`${p1}\n${p3}`, '数据处理者应当依法履行数据安全保护义务。', '鼓励单位和个人参与数据资源开发利用。', p2]));
    const items = amend(old, split).items;
    expect(items).toMatchObject([{ kind: 'split-article', cites: ['第一条'], paragraph: 2, as: '第四条', reworded: false }]);
    expect(renderAmendment(amend(old, split), { markdown: false })).toContain('一、将第一条第二款单列一条，作为第四条。');
    // A new article like a 款 that stays where it was is drafted as an article added (增加一条), not as that 款 split off.
    const added = write(
      'added.md',
      law([`${p1}\n${p2}\n${p3}`, '数据处理者应当依法履行数据安全保护义务。', '鼓励单位和个人参与数据资源开发利用。', '设区的市人民政府数据主管部门负责本行政区域数据资源的统筹管理和监督工作。']),
    );
    const addedItems = amend(old, added).items;
    expect(addedItems.map((i) => i.kind)).toEqual(['add-article']);
    expect(addedItems[0]).toMatchObject({ as: '第四条' });
    // Even where the aligner links the new article with that article (第一条 ↔ 第一条 + 第四条), the 款 stays: 增加一条 all the same.
    const pair = diffPair(old, added);
    const linked = { ...pair.diff, pairs: pair.diff.pairs.filter((x) => x.other[0] !== 'c4').map((x) => (x.base[0] === 'c1' ? { ...x, other: ['c1', 'c4'], status: 'modified' as const } : x)) };
    expect(draftAmendment(linked, pair.base.parsed, pair.other.parsed).items).toMatchObject([{ kind: 'add-article', as: '第四条' }]);
  });

  it('cautions when the texts are not laws in articles, and when most articles changed', () => {
    const plan = amend('hangzhou-2024-draft', 'hangzhou-2024');
    expect(plan.cautions).toContain('not-articles');
    expect(renderAmendment(plan, { markdown: false }).split('\n')[2]).toMatch(/^（注意：这两个文本不是按条编排的法律文本/);
    expect(amend(`${FIXTURES}/law-national.md`, `${FIXTURES}/law-revised.md`).cautions).toEqual([]);
    const topics = ['数据资源', '公共服务', '市场主体', '营商环境', '科技创新', '人才引进', '生态保护', '城乡建设', '交通运输', '文化旅游'];
    const before = write('before.md', law(topics.map((t) => `县级以上人民政府应当加强${t}工作，制定${t}发展规划。`)));
    const after = write('after.md', law(topics.map((t) => `县级以上人民政府应当加强${t}工作，制定${t}发展规划，并向社会公布实施情况。`)));
    expect(amend(before, after).cautions).toEqual(['revision']);
  });

  it('drafts a merge only of the articles the new one carries: linked with an unchanged article, another is 删去', () => {
    const articles = ['数据处理者应当依法履行数据安全保护义务。', '鼓励单位和个人参与数据资源开发利用。', '本条例自2026年1月1日起施行。'];
    const old = write('merge-old.md', law(articles));
    const now = write('merge-new.md', law([articles[0]!, articles[2]!]));
    const pair = diffPair(old, now);
    // Linked by hand as a merge of 第一条 and 第二条 into 第一条, whose text is the old 第一条's.
    const merged = {
      ...pair.diff,
      pairs: pair.diff.pairs.filter((x) => x.base[0] !== 'c2').map((x) => (x.base[0] === 'c1' ? { ...x, base: ['c1', 'c2'], status: 'modified' as const } : x)),
    };
    expect(draftAmendment(merged, pair.base.parsed, pair.other.parsed).items.map((i) => [i.kind, i.cites.join('、')])).toEqual([['drop-article', '第二条']]);
  });

  it('drafts an edit the diff reports once as systematic in each article it is made in', () => {
    const topics = ['数据资源', '公共服务', '市场主体', '营商环境', '科技创新', '人才引进'];
    const old = write('sys-old.md', law(topics.map((t) => `${t}有关的法规案，依照本条例审议。由法律委员会负责统一审议${t}有关的法规案。`)));
    const now = write('sys-new.md', law(topics.map((t) => `${t}有关的法规案，依照本条例审议。由宪法和法律委员会负责统一审议${t}有关的法规案。`)));
    const pair = diffPair(old, now);
    expect(pair.diff.summary.systematic.length).toBeGreaterThan(0);
    expect(amend(old, now).items.map((i) => i.cites[0])).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']);
  });

  it('moves an article the revision moved (将第六条改为第二条), restating it where it also changed; the new effective date is the decision’s', () => {
    const arts = ['为了保护数据安全，制定本条例。', '数据处理者应当建立数据安全管理制度。', '数据处理者应当定期开展风险评估。', '鼓励单位和个人参与数据资源开发利用。', '违反本条例规定的，由网信部门责令改正。', '省人民政府网信部门负责全省数据安全监督管理工作，县级以上人民政府其他有关部门在各自职责范围内负责数据安全监督管理工作。', '本条例自2021年1月1日起施行。'];
    const old = write('move-old.md', law(arts));
    // The supervision article (old 第六条) moved up to 第二条, reworded; old 第四条 moved to the end unchanged; a new effective date.
    const moved = arts[5]!.replace('网信部门', '数据主管部门');
    const now = write('move-new.md', law([arts[0]!, moved, arts[1]!, arts[2]!, arts[4]!, arts[3]!, '本条例自2026年1月1日起施行。']));
    const a = amend(old, now);
    const text = renderAmendment(a, { markdown: false });
    expect(text).toContain('将第六条改为第二条，修改为：“省人民政府数据主管部门负责');
    expect(a.items.every((i) => i.cites[0] !== '第七条')).toBe(true);
    expect(text).toContain('本决定自2026年1月1日起施行。');
  });

  it('an effective date changed alone, or to 自公布之日起施行, is an item: the decision is never empty where the texts differ', () => {
    const arts = ['为了保护数据安全，制定本条例。', '数据处理者应当建立数据安全管理制度。', '本条例自2021年1月1日起施行。'];
    const old = write('date-old.md', law(arts));
    const later = write('date-later.md', law([arts[0]!, arts[1]!, '本条例自2026年1月1日起施行。']));
    expect(renderAmendment(amend(old, later), { markdown: false })).toContain('一、将第三条中的“2021年1月1日”修改为“2026年1月1日”。');
    const onPublication = write('date-pub.md', law([arts[0]!, arts[1]!.replace('制度', '制度和操作规程'), '本条例自公布之日起施行。']));
    expect(amend(old, onPublication).items.map((i) => i.cites[0])).toEqual(['第二条', '第三条']);
  });

  it('says so when nothing of substance changed', () => {
    const a = amend(`${FIXTURES}/law-national.md`, `${FIXTURES}/law-national.md`);
    expect(a.items).toEqual([]);
    const text = renderAmendment(a, { markdown: true });
    expect(text).toContain('（两个文本的条文没有实质修改。）');
    // Nothing to amend: no date to set and no law to republish.
    expect(text).not.toMatch(/本决定自|重新公布/);
  });
});

describe('chineseNumeral', () => {
  it('writes numbers as laws print them', () => {
    expect([1, 10, 12, 20, 49, 100, 101, 110, 119, 1000, 1010].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '四十九', '一百', '一百零一', '一百一十', '一百一十九', '一千', '一千零一十']);
  });
});

describe('a 款 split in two, the words unchanged', () => {
  it('is a change of the pair (never identical) and the article is restated, each 款 opening the quote', async () => {
    const { loadSynthetic } = await import('../../src/bench/synthetic-corpus.js');
    const { alignLoaded, diffAligned } = await import('../../src/pipeline.js');
    const doc = (id: string, text: string) => loadSynthetic({ id, source: 'fixture', text, truth: new Set() });
    const a = doc('split-a', '# 某某法\n\n第一条 为了普及科学技术，制定本法。\n\n第二条 科普工作应当坚持科学精神，反对和抵制伪科学。任何单位和个人不得以科普为名从事有损社会公共利益的活动。\n\n第三条 本法自公布之日起施行。\n');
    const b = doc('split-b', '# 某某法\n\n第一条 为了普及科学技术，制定本法。\n\n第二条 科普工作应当坚持科学精神，反对和抵制伪科学。\n\n任何单位和个人不得以科普为名从事有损社会公共利益的活动。\n\n第三条 本法自公布之日起施行。\n');
    const d = diffAligned(alignLoaded(a, b, []));
    const pair = d.pairs.find((p) => p.base[0] === 'c2')!;
    expect(pair.status).toBe('modified');
    expect(pair.changes).toMatchObject([{ kind: 'paragraphs', where: '第二条', whereOther: '第二条第二款' }]);
    // Joined again, the other way round.
    expect(diffAligned(alignLoaded(b, a, [])).pairs.find((p) => p.base[0] === 'c2')!.changes).toMatchObject([{ kind: 'paragraphs', where: '第二条第一款' }]);
    const text = renderAmendment(draftAmendment(d, a.parsed, b.parsed), { markdown: false });
    expect(text).toContain('将第二条修改为：“科普工作应当坚持科学精神，反对和抵制伪科学。\n“任何单位和个人不得以科普为名从事有损社会公共利益的活动。”');
  });
});
