// A county that reorders its sections and writes every clause in one template: the order must not pair a city clause with a
// template look-alike in its slot while the clause's own successor stands in another section. Texts we wrote.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { syntheticLaw } from '../helpers/synthetic-law.js';

const doc = (id: string, lines: string[]) => loadSynthetic({ id, source: 'test', text: lines.join('\n'), truth: new Set() }).parsed;

const CITY = doc('city', [
  '某市关于促进农业高质量发展的若干政策',
  '一、支持粮食生产',
  '（一）稳定粮食面积。对种植早稻的农户，按照每亩200元给予补贴。',
  '（二）稳定生猪生产。对新建年出栏5000头以上规模猪场的，按照每个栏位300元给予补助。',
  '（三）推广农机装备。对购置大型智能农机的，按照购机价格的20%给予累加补贴。',
  '二、推进农产品加工',
  '（一）支持粮食烘干设施建设。对新建粮食烘干中心的，按照设备投资额的30%给予补助，单个项目最高不超过100万元。',
  '（二）发展设施蔬菜。对新建连栋大棚面积30亩以上的蔬菜基地，按照每亩1万元给予补助。',
]);
// The county puts the city's second section first, rewords its clauses, and adds a section of its own in the same template.
const COUNTY = doc('county', [
  '某县关于促进农业高质量发展的若干政策',
  '一、壮大特色产业',
  '1.建设粮食烘干中心。新建粮食烘干中心的，按设备投资额的25%补助，单个项目最高50万元。',
  '2.设施蔬菜基地。连栋大棚面积20亩以上的蔬菜基地，每亩补助8000元。',
  '二、支持粮食生产',
  '3.稳定粮食面积。对种植早稻的农户，按照每亩150元给予补贴。',
  '4.稳定生猪生产。对新建年出栏3000头以上规模猪场的，按照每个栏位200元给予补助。',
  '5.推广农机装备。对购置大型智能农机的，按照购机价格的15%给予累加补贴。',
  '三、发展山区农业',
  '6.发展清水鱼养殖。对新建清水鱼标准化养殖塘面积10亩以上的，按照每亩5000元给予补助。',
  '7.发展香榧产业。对新建香榧基地面积50亩以上的，按照每亩2000元给予补助，单个项目最高不超过20万元。',
]);

/** The links as [city ids, county ids], whichever document the aligner took as base. */
function links(): Array<[string[], string[]]> {
  const a = alignDocuments(CITY, COUNTY, []);
  return a.links.map((l) => (a.base === 'city' ? [l.base, l.other] : [l.other, l.base]));
}

describe('links a stronger pair across them outweighs', () => {
  it('a city clause goes to its reworded successor in another section, not to a template look-alike in its slot', () => {
    const found = links();
    expect(found).toContainEqual([['c2.1'], ['c1']]);
    expect(found).toContainEqual([['c2.2'], ['c2']]);
    // The county's own clauses in the template stand alone.
    expect(found.some(([, county]) => county.includes('c6') || county.includes('c7'))).toBe(false);
  });

  it('the clauses in order keep their links', () => {
    const found = links();
    for (const [city, county] of [['c1.1', 'c3'], ['c1.2', 'c4'], ['c1.3', 'c5']]) expect(found).toContainEqual([[city], [county]]);
  });

  it('an article split in two keeps its weaker half where that half says what the stronger does not', () => {
    const purpose = '为了规范突发事件应对活动，保护人民生命财产安全，制定本条例。';
    const lead = '市人民政府统一领导本市突发事件应对工作，区人民政府负责本行政区域内的突发事件应对工作。';
    const plan = '市应急管理部门负责组织编制突发事件总体应急预案，报市人民政府批准后公布实施。';
    const old = syntheticLaw('old', '某市突发事件应对条例', [
      purpose,
      '突发事件应对工作实行预防为主、预防与应急相结合的原则。本市建立重大突发事件风险评估体系，对可能发生的突发事件进行综合性评估，减少重大突发事件的发生，最大限度地减轻重大突发事件的影响。',
      lead,
      plan,
    ]).parsed;
    // The principle stays in 第二条, reworded; the risk assessment becomes an article of its own at the end.
    const now = syntheticLaw('new', '某市突发事件应对条例', [
      purpose,
      '突发事件应对工作应当坚持总体国家安全观，统筹发展与安全，坚持人民至上、生命至上，坚持依法科学应对，尊重和保障人权，坚持预防为主、预防与应急相结合。',
      lead,
      plan,
      '本市建立健全突发事件风险评估体系，对可能发生的突发事件进行综合性评估，有针对性地采取有效防范措施，减少突发事件的发生，最大限度减轻突发事件的影响。',
    ]).parsed;
    const a = alignDocuments(old, now, []);
    const found = a.links.map((l) => (a.base === 'old' ? [l.base, l.other] : [l.other, l.base]));
    // The risk assessment reads more than twice as close to old 第二条 as the reworded principle does, yet both are its successors.
    expect(found).toContainEqual([['c2'], ['c2', 'c5']]);
  });
});
