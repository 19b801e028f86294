// Splits and merges: an article joins a link only for what it shares with the other side beyond what the link already holds; an
// article deleted (or new) that merely looks like its neighbour (the same penalty boilerplate) stands alone. Laws we wrote.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS, alignDocuments } from '../../src/align/align-documents.js';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { syntheticLaw } from '../helpers/synthetic-law.js';
import { vectorSimilarity } from '../../src/align/similarity-matrix.js';

const law = (id: string, articles: string[]) => syntheticLaw(id, '某某市水资源管理条例', articles).parsed;

const PURPOSE = '为了合理开发、利用、节约和保护水资源，根据有关法律，结合本市实际，制定本条例。';
const TAKE = '违反本条例第五条规定，擅自取水的，由水务部门责令停止违法行为，限期采取补救措施，处二万元以上十万元以下罚款。';
const METER = '违反本条例第六条规定，未安装计量设施的，由水务部门责令停止违法行为，限期采取补救措施，处一万元以上五万元以下罚款。';
const FORGE = '伪造取水许可证的，由水务部门收缴伪造的证件，处五千元以上五万元以下罚款。';
const HIDE = '隐匿或者故意销毁取水计量记录的，由水务部门责令改正，处五千元以上五万元以下罚款。';
const BOTH = '伪造取水许可证，隐匿或者故意销毁取水计量记录的，由水务部门收缴伪造的证件，责令改正，处二万元以上二十万元以下罚款。';

/** The links as [old ids, new ids], whichever document the aligner took as base (it aligns in one canonical order). */
const asOldNew = (a: ReturnType<typeof alignDocuments>) => a.links.map((l) => (a.base.startsWith('old') ? [l.base, l.other] : [l.other, l.base]));

describe('who joins a link', () => {
  it('an article deleted whose likeness to a kept one is all boilerplate the kept one shares is deleted, not merged', () => {
    const old = law('old', [PURPOSE, TAKE, METER]);
    const now = law('new', [PURPOSE, TAKE.replace('二万元以上十万元以下', '五万元以上二十万元以下')]);
    const a = alignDocuments(old, now, []);
    // The deleted article is close enough to the kept one that likeness alone would have merged it.
    const oldIsBase = a.base === 'old';
    const bi = a.matrix.base.findIndex((u) => u.id === (oldIsBase ? 'c3' : 'c2'));
    const oj = a.matrix.other.findIndex((u) => u.id === (oldIsBase ? 'c2' : 'c3'));
    expect(a.matrix.score[bi]![oj]!).toBeGreaterThanOrEqual(DEFAULT_ALIGN_OPTIONS.splitThreshold);
    expect(asOldNew(a)).toContainEqual([['c2'], ['c2']]);
    expect(oldIsBase ? a.baseOnly : a.otherOnly).toEqual(['c3']);
    // Without the rule it would have been merged.
    expect(asOldNew(alignDocuments(old, now, [], { ...DEFAULT_ALIGN_OPTIONS, joinResidual: 0 }))).toContainEqual([['c2', 'c3'], ['c2']]);
  });

  it('two articles merged into one that says what each said are one link', () => {
    const old = law('old2', [PURPOSE, FORGE, HIDE]);
    const now = law('new2', [PURPOSE, BOTH]);
    const a = alignDocuments(old, now, []);
    expect(asOldNew(a)).toContainEqual([['c2', 'c3'], ['c2']]);
  });

  it('an article that became one 款 of a longer article joins that article’s link, though its likeness to the whole is diluted', () => {
    const TRAIN_OLD = '水务部门应当会同有关部门开展节约用水宣传教育和培训工作，普及节水知识。';
    const PLAN = '市水务部门应当会同有关部门编制本市水资源综合规划，报市人民政府批准后实施。';
    const PLAN_NEW = [
      '市水务部门应当会同有关部门编制本市水资源综合规划，报市人民政府批准后实施。',
      '水资源综合规划应当与国土空间规划相衔接，统筹生活、生产和生态用水，合理确定地下水开采总量和地表水取用总量。',
      '区人民政府应当根据水资源综合规划，组织编制本区水资源保护和开发利用方案，明确年度目标、重点任务和责任分工。',
      '水务部门应当开展节约用水宣传教育和培训，普及节水知识。',
    ].join('\n\n');
    const old = law('old5', [PURPOSE, PLAN, TRAIN_OLD, TAKE]);
    const now = law('new5', [PURPOSE, PLAN_NEW, TAKE]);
    const a = alignDocuments(old, now, []);
    // Against the whole new 第二条 the old 第三条 scores below the line a merge needs.
    const oldIsBase = a.base === 'old5';
    const bi = a.matrix.base.findIndex((u) => u.id === (oldIsBase ? 'c3' : 'c2'));
    const oj = a.matrix.other.findIndex((u) => u.id === (oldIsBase ? 'c2' : 'c3'));
    expect(a.matrix.score[bi]![oj]!).toBeLessThan(DEFAULT_ALIGN_OPTIONS.splitThreshold);
    expect(asOldNew(a)).toContainEqual([['c2', 'c3'], ['c2']]);
    expect([...a.baseOnly, ...a.otherOnly]).toEqual([]);
  });

  it('an article reworded as it became one 款 of another article is still linked with it, where nothing else contends for that 款', () => {
    const PLAN = '市水务部门应当会同有关部门编制本市水资源综合规划，报市人民政府批准后实施。';
    const URGENT = '取水单位因突发事件需要临时取用地下水的，取水单位的负责人应当立即向就近的区水务部门报告；未经市水务部门许可，不准擅自扩大取水量，不准新打机井。';
    const PLAN_NEW = [
      '市水行政主管部门应当会同有关部门编制本市水资源综合规划，报市人民政府批准后实施。',
      '取用水户因不可抗力或者其他紧急原因需要临时取用地下水的，取用水户负责人应当立即向所在地水行政主管部门报告；除抢险救灾外，未经批准，不得擅自扩大取水量，不得新建取水井。',
    ].join('\n\n');
    const old = law('old6', [PURPOSE, PLAN, URGENT, TAKE]);
    const now = law('new6', [PURPOSE, PLAN_NEW, TAKE]);
    const a = alignDocuments(old, now, []);
    // Reworded, the old 第三条 reads below the line a 款 needs on its own account …
    const oldIsBase = a.base === 'old6';
    const paras = (oldIsBase ? a.matrix.paragraphs.other() : a.matrix.paragraphs.base()).get(1)!;
    const units = oldIsBase ? a.matrix.vectors.base : a.matrix.vectors.other;
    const score = vectorSimilarity(units[2]!, paras[1]!);
    expect(score).toBeLessThan(DEFAULT_ALIGN_OPTIONS.paragraphMatch);
    expect(score).toBeGreaterThanOrEqual(DEFAULT_ALIGN_OPTIONS.paragraphAlone);
    // … but nothing else reads like that 款, and the new 第二条 is by far its closest article: the two old articles merged.
    expect(asOldNew(a)).toContainEqual([['c2', 'c3'], ['c2']]);
    expect([...a.baseOnly, ...a.otherOnly]).toEqual([]);
    // With only the stricter line it would have been reported deleted.
    const strict = alignDocuments(old, now, [], { ...DEFAULT_ALIGN_OPTIONS, paragraphAlone: DEFAULT_ALIGN_OPTIONS.paragraphMatch });
    expect([...strict.baseOnly, ...strict.otherOnly]).toEqual(['c3']);
  });

  it('of two deleted articles that read about as much like a reworded 款, neither is taken for it; either alone is', () => {
    const PLAN = '市水务部门应当会同有关部门编制本市水资源综合规划，报市人民政府批准后实施。';
    const BANNED = '区水务部门应当划定本区地下水禁止开采区，报区人民政府批准后公布。';
    const LIMITED = '区水务部门应当划定本区地下水限制开采区，报区人民政府批准后公布。';
    const PLAN_NEW = [PLAN, '市水行政主管部门会同自然资源主管部门确定地下水禁止开采区和限制开采区的范围，经市人民政府同意后向社会公告。'].join('\n\n');
    const now = law('new8', [PURPOSE, PLAN_NEW, TAKE]);
    const both = alignDocuments(law('old8', [PURPOSE, PLAN, BANNED, LIMITED, TAKE]), now, []);
    // Each reads like the new 第二款 above the line a reworded 款 needs, the other within a quarter of it.
    const oldIsBase = both.base === 'old8';
    const paras = (oldIsBase ? both.matrix.paragraphs.other() : both.matrix.paragraphs.base()).get(1)!;
    const units = oldIsBase ? both.matrix.vectors.base : both.matrix.vectors.other;
    const [banned, limited] = [vectorSimilarity(units[2]!, paras[1]!), vectorSimilarity(units[3]!, paras[1]!)];
    expect(Math.min(banned, limited)).toBeGreaterThan(0.75 * Math.max(banned, limited));
    expect(banned).toBeGreaterThanOrEqual(DEFAULT_ALIGN_OPTIONS.paragraphAlone);
    expect(asOldNew(both)).toContainEqual([['c2'], ['c2']]);
    expect([...both.baseOnly, ...both.otherOnly]).toEqual(['c3', 'c4']);
    expect(asOldNew(alignDocuments(law('old9', [PURPOSE, PLAN, BANNED, TAKE]), now, []))).toContainEqual([['c2', 'c3'], ['c2']]);
  });

  it('a chapter heading with no text of its own is never linked with an article', () => {
    const chapters = (id: string, second: string, article: string) =>
      loadSynthetic({
        id,
        source: 'fixture',
        text: ['# 某某市水资源管理条例', '第一章 总则', `第一条 ${PURPOSE}`, `第二章 ${second}`, `第二条 ${article}`].join('\n\n'),
        truth: new Set(),
      }).parsed;
    // The old chapter's name is the new article's subject: likeness alone would link the two.
    const PLAN = '市水务部门应当会同有关部门编制本市水资源综合规划，报市人民政府批准后实施。';
    const a = alignDocuments(chapters('old6', '擅自取水的处罚', PLAN), chapters('new6', '法律责任', TAKE), []);
    for (const l of a.links) expect(l.base[0]!.startsWith('s')).toBe(l.other[0]!.startsWith('s'));
  });

  it('a chapter renamed is linked with its new name where its articles went under it', () => {
    const A1 = '取水单位和个人应当按照取水许可证规定的水量和用途取水，不得擅自改变取水用途。';
    const A2 = '取水单位和个人应当安装经检定合格的计量设施，并保证其正常运行。';
    const A3 = '水务部门应当对取水情况进行监督检查，被检查单位应当如实提供有关资料。';
    const doc = (id: string, chapter: string) =>
      loadSynthetic({
        id,
        source: 'fixture',
        text: ['# 某某市水资源管理条例', '第一章 总则', `第一条 ${PURPOSE}`, `第二章 ${chapter}`, `第二条 ${A1}`, `第三条 ${A2}`, `第四条 ${A3}`].join('\n\n'),
        truth: new Set(),
      }).parsed;
    const a = alignDocuments(doc('old7', '取水许可的实施'), doc('new7', '用水监管'), []);
    expect(asOldNew(a)).toContainEqual([['s2'], ['s2']]);
    expect([...a.baseOnly, ...a.otherOnly]).toEqual([]);
  });

  it('a leftover that reads far more like a clause than the partner the order gave it takes the partner’s place', () => {
    const A = '县级以上人民政府应当将全民健身事业纳入国民经济和社会发展规划，保障全民健身工作经费。';
    const A2 = '县级以上人民政府应当将全民健身事业纳入国民经济和社会发展规划，所需经费列入本级预算。';
    const X = '学校应当建立学生体格健康检查制度，每年对学生进行一次体格检查。';
    const X2 = '学校应当建立学生体格健康检查制度，定期对学生进行体格检查，建立学生健康档案。';
    const U = '学校应当建立学生体育活动意外伤害保险机制。';
    const old = law('old10', [PURPOSE, A, X, TAKE]);
    const now = law('new10', [PURPOSE, X2, A2, U, TAKE]);
    const a = alignDocuments(old, now, []);
    const links = asOldNew(a);
    expect(links).toContainEqual([['c3'], ['c2']]);
    expect(links).toContainEqual([['c2'], ['c3']]);
    // The clause the order had given it is new.
    expect(a.base === 'old10' ? a.otherOnly : a.baseOnly).toEqual(['c4']);
  });
});

