// Two articles stating the same fine merged into one with a new fine: both old fines became the new one (changed, tightens), none
// dropped; the same seen from the split side; and parallel grants merged. Fixtures are texts we wrote, linked by hand as a merge.
import { describe, expect, it } from 'vitest';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';
import { linkedByHand, syntheticLaw } from '../helpers/synthetic-law.js';

const law = (id: string, articles: string[]) => syntheticLaw(id, '某某市档案管理条例', articles);
const OLD = ['为了加强档案管理，制定本条例。', '伪造档案的，由档案主管部门责令改正，对单位处五千元以上十万元以下的罚款。', '隐匿档案的，由档案主管部门责令改正，对单位处五千元以上十万元以下的罚款。'];
const NEW = ['为了加强档案管理，制定本条例。', '伪造或者隐匿档案的，由档案主管部门责令改正，对单位处二十万元以上二百万元以下的罚款。'];

/**
 * The old 第二条 and 第三条 linked by hand as one with the new 第二条 (and 第一条 with 第一条), on whichever side the old text stands:
 * the pair holding c2. `tag` keeps each test's documents apart.
 */
function mergedPair(tag: string, olds: string[], news: string[], oldFirst: boolean) {
  const [oldDoc, newDoc] = [law(`old${tag}`, olds), law(`new${tag}`, news)];
  const aligned = oldFirst ? alignLoaded(oldDoc, newDoc, []) : alignLoaded(newDoc, oldDoc, []);
  const [oldIds, newIds] = [['c2', 'c3'], ['c2']];
  return diffAligned(linkedByHand(aligned, [[['c1'], ['c1']], oldFirst ? [oldIds, newIds] : [newIds, oldIds]])).pairs.find((p) => p.base.includes('c2'))!;
}
const merged = (oldFirst: boolean) => mergedPair('', OLD, NEW, oldFirst);

describe('fines of merged articles', () => {
  it('both old fines are paired with the new one: changed and tightens, neither dropped', () => {
    const p = merged(true);
    const fines = p.numbers.filter((n) => n.role === 'penalty');
    expect(fines.map((n) => [n.before?.text, n.after?.text, n.change, n.effect])).toEqual([
      ['五千元以上十万元以下', '二十万元以上二百万元以下', 'changed', 'tightens'],
      ['五千元以上十万元以下', '二十万元以上二百万元以下', 'changed', 'tightens'],
    ]);
    expect(fines.map((n) => n.where)).toEqual(['第二条', '第三条']);
  });

  it('seen from the split side, both new fines come from the one old fine', () => {
    const p = merged(false);
    const fines = p.numbers.filter((n) => n.role === 'penalty');
    expect(fines.every((n) => n.change === 'changed' && n.before?.text === '二十万元以上二百万元以下')).toBe(true);
    expect(fines).toHaveLength(2);
  });
});

describe('what a merged article adds, for each of the acts it merged', () => {
  const OLD3 = OLD;
  const NEW3 = ['为了加强档案管理，制定本条例。', '伪造或者隐匿档案的，由档案主管部门责令改正，对单位处二十万元以上二百万元以下的罚款；情节严重的，处二百万元以上五百万元以下的罚款。'];
  const link = (oldFirst: boolean) => mergedPair('3', OLD3, NEW3, oldFirst);

  it('a new tier is added for each old article whose fine the new one became, placed at each', () => {
    const tier = link(true).numbers.filter((n) => n.change === 'added');
    expect(tier.map((n) => [n.after?.text, n.where, n.whereOther])).toEqual([
      ['二百万元以上五百万元以下', '第二条', undefined],
      ['二百万元以上五百万元以下', '第三条', '第二条'],
    ]);
    expect(tier.every((n) => n.effect === 'tightens')).toBe(true);
  });

  it('seen from the split side, the tier the old article had is dropped from each part', () => {
    const gone = link(false).numbers.filter((n) => n.change === 'dropped');
    expect(gone.map((n) => [n.before?.text, n.whereOther ?? n.where])).toEqual([
      ['二百万元以上五百万元以下', '第二条'],
      ['二百万元以上五百万元以下', '第三条'],
    ]);
  });

  it('a figure of another 款 the merged article gained is its own: listed once, in its place', () => {
    const withReward = [NEW3[0]!, `${NEW3[1]!}\n\n档案主管部门应当自收到举报之日起三十日内作出处理决定，并对举报人给予最高五千元奖励。`];
    const aligned = alignLoaded(law('old8', OLD3), law('new8', withReward), []);
    const p = diffAligned(linkedByHand(aligned, [[['c1'], ['c1']], [['c2', 'c3'], ['c2']]])).pairs.find((x) => x.base.includes('c2'))!;
    const added = p.numbers.filter((n) => n.change === 'added');
    expect(added.filter((n) => n.after?.text === '二百万元以上五百万元以下').map((n) => n.where)).toEqual(['第二条', '第三条']);
    const own = added.filter((n) => n.after?.text !== '二百万元以上五百万元以下');
    expect(own.length).toBeGreaterThan(0);
    for (const n of own) expect(n.where).toBe('第二条第二款');
  });

  it('articles merged that share no figure are not parallel: what the new article adds is listed once', () => {
    const aligned = alignLoaded(law('o4', ['为了加强档案管理，制定本条例。', '伪造档案的，由档案主管部门责令改正。', '隐匿档案的，由档案主管部门责令改正。']), law('n4', NEW3), []);
    const p = diffAligned(linkedByHand(aligned, [[['c1'], ['c1']], [['c2', 'c3'], ['c2']]])).pairs.find((x) => x.base.includes('c2'))!;
    expect(p.numbers.filter((n) => n.change === 'added').map((n) => n.after?.text)).toEqual(['二十万元以上二百万元以下', '二百万元以上五百万元以下']);
  });
});

describe('an article new (or gone) whole inside a split (or merge)', () => {
  it('is one change, 增加一条，作为第X条, not the pieces of its sentences', async () => {
    const { renderDiffMarkdown } = await import('../../src/render/report/diff-markdown.js');
    const OLD2 = ['为了加强档案管理，制定本条例。', '伪造档案的，由档案主管部门责令改正，对单位处五千元以上十万元以下的罚款。'];
    const NEW2 = ['为了加强档案管理，制定本条例。', '伪造档案的，由档案主管部门责令改正，对单位处五千元以上十万元以下的罚款。', '档案主管部门应当建立档案安全检查制度。每年开展一次检查，检查结果向社会公布。'];
    const aligned = alignLoaded(law('o2', OLD2), law('n2', NEW2), []);
    const d = diffAligned(linkedByHand(aligned, [[['c1'], ['c1']], [['c2'], ['c2', 'c3']]]));
    const p = d.pairs.find((x) => x.other.includes('c3'))!;
    expect(p.changes).toHaveLength(1);
    expect(p.changes[0]).toMatchObject({ kind: 'text-added', whole: 'article', where: '第三条' });
    expect(renderDiffMarkdown(d, { all: false, lang: 'zh' })).toContain('增加一条，作为第三条');
  });

  it('grants of parallel clauses merged into one: each old cap and share became the merged grant’s, none dropped', () => {
    const olds = ['为了促进产业发展，制定本政策。', '对新建智能工厂的企业，按设备投资额的10%给予补助，最高150万元。', '对新建数字化车间的企业，按设备投资额的8%给予补助，最高100万元。'];
    const news = ['为了促进产业发展，制定本政策。', '对新建智能工厂、数字化车间的企业，按设备投资额的10%给予补助，最高300万元。'];
    for (const oldFirst of [true, false]) {
      const p = mergedPair(`g${oldFirst}`, olds, news, oldFirst);
      const [from, to] = oldFirst ? ['before', 'after'] as const : ['after', 'before'] as const;
      const rows = p.numbers.map((n) => [n[from]?.text ?? null, n[to]?.text ?? null, n.change]);
      expect(rows).toEqual(
        expect.arrayContaining([
          ['10%', '10%', 'unchanged'],
          ['8%', '10%', 'changed'],
          ['最高150万元', '最高300万元', 'changed'],
          ['最高100万元', '最高300万元', 'changed'],
        ]),
      );
      expect(p.numbers.filter((n) => n.change === 'dropped' || n.change === 'added')).toEqual([]);
    }
  });
});
