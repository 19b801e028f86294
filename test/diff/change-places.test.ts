// Every change and figure carries its place as the law writes it (第三条第二款, 第四条第（二）项), and a whole 款 or 项 added or
// dropped is said so (第二条增加一款，作为第一款) in the JSON and in every report; fixtures are laws we wrote.
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import type { PairDiff } from '../../src/model/clause-diff.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';
import { renderDiffText } from '../../src/render/report/diff-text.js';
import { renderDiffMarkdown } from '../../src/render/report/diff-markdown.js';
import { renderNumbersCsv } from '../../src/render/report/diff-csv.js';
import { linkedByHand } from '../helpers/synthetic-law.js';

const law = (id: string, articles: string[][]) =>
  loadSynthetic({
    id,
    source: 'fixture',
    text: ['# 某某市市场管理条例', ...articles.flatMap((paras, k) => paras.map((p, j) => (j === 0 ? `第${'一二三四五六七八九十'[k]}条 ${p}` : p)))].join('\n\n'),
    truth: new Set(),
  });

const OLD = [
  ['为了规范市场秩序，制定本条例。'],
  ['本市行政区域内的市场管理，适用本条例。'],
  ['经营者应当公示价格。', '违反前款规定的，由市场监督管理部门责令改正，可以处一千元以上五千元以下的罚款。'],
  ['有下列情形之一的，责令停业整顿：', '（一）未取得许可从事经营的；', '（二）拒绝检查，情节严重的，处二万元以下的罚款；', '（三）伪造记录的。'],
  ['市场监督管理部门应当建立投诉举报制度。', '投诉举报应当在十五日内处理。', '处理结果应当告知投诉人。'],
  ['市场开办者应当建立管理制度。'],
];
const NEW = [
  ['为了规范市场秩序，制定本条例。'],
  ['市场管理应当坚持公平公正、便民高效的原则。', '本市行政区域内的市场管理，适用本条例。'],
  ['经营者应当公示价格。', '违反前款规定的，由市场监督管理部门责令改正，可以处五千元以上二万元以下的罚款。'],
  ['有下列情形之一的，责令停业整顿：', '（一）未取得许可从事经营的；', '（二）拒绝检查，情节严重的，处五万元以下的罚款。'],
  ['市场监督管理部门应当建立投诉举报制度。', '处理结果应当告知投诉人。'],
  ['市场开办者应当建立管理制度。', '场内经营者有违法行为的，市场开办者应当及时制止；制止无效的，应当向有关部门报告。发现食品安全问题的，立即停止销售。'],
];
const diff = diffAligned(alignLoaded(law('old', OLD), law('new', NEW), []));
const pair = (id: string): PairDiff => diff.pairs.find((p) => p.base[0] === id)!;

describe('the place of each change and figure', () => {
  it('a figure in a 款 carries where 第三条第二款 and at {clause, paragraph}', () => {
    const fine = pair('c3').numbers.find((n) => n.change === 'changed')!;
    expect(fine).toMatchObject({ where: '第三条第二款', at: { clause: 'c3', paragraph: 2 } });
    expect(fine.at?.item).toBeUndefined();
  });

  it('a figure in a 项 of an article with one 款 is cited 第四条第（二）项, at {paragraph: 1, item: 2}', () => {
    const fine = pair('c4').numbers.find((n) => n.change === 'changed')!;
    expect(fine).toMatchObject({ where: '第四条第（二）项', at: { clause: 'c4', paragraph: 1, item: 2 } });
  });

  it('a 款 added before the first is one change "增加一款，作为第一款", not a new title', () => {
    const p = pair('c2');
    expect(p.changes).toHaveLength(1);
    expect(p.changes[0]).toMatchObject({ kind: 'text-added', whole: 'paragraph', where: '第二条第一款', at: { clause: 'c2', paragraph: 1 } });
    expect(renderDiffMarkdown(diff, { all: false, lang: 'zh' })).toContain('第二条增加一款，作为第一款');
    expect(renderDiffText(diff, { all: false, width: 200 })).toContain('第二条: a paragraph (款) added as 第一款: 市场管理应当坚持公平公正');
  });

  it('a 款 put before the old text that opens with its first words is still one 款 added, not pieces around them', () => {
    const before = law('a', [['违反本条例规定，同时违反其他法律规定的，由有关部门依法处罚。']]);
    const after = law('b', [['因违反本条例规定受到处罚的，按照国家有关规定记入信用记录。', '违反本条例规定，同时违反其他法律规定的，由有关部门依法处罚。']]);
    const d = diffAligned(alignLoaded(before, after, []));
    const p = d.pairs.find((x) => x.base[0] === 'c1')!;
    expect(p.changes.map((c) => [c.kind, c.whole, c.where, c.after])).toEqual([['text-added', 'paragraph', '第一条第一款', '因违反本条例规定受到处罚的，按照国家有关规定记入信用记录。']]);
  });

  it('a 款 put before the old one that opens with the same words (经营者应当…) is one 款 added', () => {
    const before = law('a', [['经营者应当公示价格。']]);
    const after = law('b', [['经营者应当建立台账。', '经营者应当公示价格。']]);
    const p = diffAligned(alignLoaded(before, after, [])).pairs.find((x) => x.base[0] === 'c1')!;
    expect(p.changes.map((c) => [c.kind, c.whole, c.where, c.after])).toEqual([['text-added', 'paragraph', '第一条第一款', '经营者应当建立台账。']]);
  });

  it('a whole 项 and a whole 款 dropped are named by their place in the old text', () => {
    const item = pair('c4').changes.find((c) => c.kind === 'text-dropped')!;
    expect(item).toMatchObject({ whole: 'item', where: '第四条第（三）项', at: { clause: 'c4', paragraph: 1, item: 3 } });
    const para = pair('c5').changes.find((c) => c.kind === 'text-dropped')!;
    expect(para).toMatchObject({ whole: 'paragraph', where: '第五条第二款' });
    const md = renderDiffMarkdown(diff, { all: false, lang: 'zh' });
    expect(md).toContain('删去第四条第（三）项');
    expect(md).toContain('删去第五条第二款');
  });

  it('the figures CSV and the reports name each figure’s place, in each document', () => {
    const csv = renderNumbersCsv(diff).split(/\r?\n/);
    expect(csv[0]).toMatch(/,where,where_other,with_item,base_where,other_where$/);
    expect(csv.find((l) => l.includes('一千元以上五千元以下'))).toMatch(/,第三条第二款,,,第三条第二款,第三条第二款$/);
    // A figure only the new text has stands in no article of the old one; one only the old text had, in none of the new.
    const added = diffAligned(alignLoaded(law('csv-a', [OLD[0]!, ['经营者应当公示价格。']]), law('csv-b', [OLD[0]!, ['经营者应当公示价格。', '违反前款规定的，处二千元以下的罚款。']]), []));
    expect(renderNumbersCsv(added).split(/\r?\n/).find((l) => l.includes('二千元以下'))).toMatch(/,,第二条第二款$/);
    const dropped = diffAligned(alignLoaded(law('csv-b2', [OLD[0]!, ['经营者应当公示价格。', '违反前款规定的，处二千元以下的罚款。']]), law('csv-a2', [OLD[0]!, ['经营者应当公示价格。']]), []));
    expect(renderNumbersCsv(dropped).split(/\r?\n/).find((l) => l.includes('二千元以下'))).toMatch(/,第二条第二款,$/);
    expect(renderDiffMarkdown(diff, { all: false, lang: 'zh' })).toContain('第三条第二款：');
  });

  it('a 款 of several sentences added whole is one change, not one per sentence', () => {
    const p = pair('c6');
    expect(p.changes).toHaveLength(1);
    expect(p.changes[0]).toMatchObject({ kind: 'text-added', whole: 'paragraph', where: '第六条第二款', after: NEW[5]![1] });
  });

  it('an article has no title: an edit of its first sentence is an edit, where it is', () => {
    const edited = diffAligned(alignLoaded(law('a', [OLD[0]!, ['经营者应当公示价格。']]), law('b', [OLD[0]!, ['经营者应当明码标价。']]), []));
    const p = edited.pairs.find((x) => x.base[0] === 'c2')!;
    expect(p.changes).toHaveLength(1);
    expect(p.changes[0]).toMatchObject({ kind: 'reworded', before: '公示价格', after: '明码标价', where: '第二条' });
  });

  it('an article whose number stands on a line of its own has no empty 款: its one paragraph is cited as the article', () => {
    const own = (id: string, fine: string) =>
      loadSynthetic({ id, source: 'fixture', text: `# 某某市管理条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条\n违反本条例规定的，处${fine}的罚款。\n`, truth: new Set() });
    const d = diffAligned(alignLoaded(own('a', '一千元以上五千元以下'), own('b', '二千元以上一万元以下'), []));
    const fine = d.pairs.find((p) => p.base[0] === 'c2')!.numbers[0]!;
    expect(fine).toMatchObject({ where: '第二条', at: { clause: 'c2' } });
    expect(fine.at?.paragraph).toBeUndefined();
  });

  it('the new text’s place follows an arrow where it is another 款 (one put before it), and a whole 目 is 增加一目', () => {
    const a = law('p1', [OLD[0]!, ['经营者应当公示价格。', '违反前款规定的，处一千元以下的罚款。'], ['有下列情形之一的，责令改正：', '（一）未按规定登记的：', '1.首次登记的；']]);
    const b = law('p2', [OLD[0]!, ['市场管理坚持公平原则。', '经营者应当公示价格。', '违反前款规定的，处二千元以下的罚款。'], ['有下列情形之一的，责令改正：', '（一）未按规定登记的：', '1.首次登记的；', '2.变更登记的；']]);
    const d = diffAligned(alignLoaded(a, b, []));
    const fine = d.pairs.find((p) => p.base[0] === 'c2')!.numbers.find((n) => n.change === 'changed')!;
    expect(fine).toMatchObject({ where: '第二条第二款', whereOther: '第二条第三款' });
    expect(renderDiffText(d, { all: false, width: 200 })).toContain('第二条第二款 → 第二条第三款');

    const sub = d.pairs.find((p) => p.base[0] === 'c3')!.changes.find((c) => c.whole)!;
    expect(sub).toMatchObject({ kind: 'text-added', whole: 'subitem', where: '第三条第（一）项第二目' });
    expect(renderDiffMarkdown(d, { all: false, lang: 'zh' })).toContain('第三条第（一）项增加一目，作为第二目');
  });

  it('words dropped have a place in the new text too: where they stood (another 款 there)', () => {
    const a = law('q1', [OLD[0]!, ['经营者应当公示价格。', '经营者不得虚构原价，不得以虚假的优惠折价误导消费者。', '违反本条规定的，责令改正。']]);
    const b = law('q2', [OLD[0]!, ['市场管理坚持公平原则。', '经营者应当公示价格。', '经营者不得虚构原价。', '违反本条规定的，责令改正。']]);
    const d = diffAligned(alignLoaded(a, b, []));
    const drop = d.pairs.find((p) => p.base[0] === 'c2')!.changes.find((c) => c.kind === 'text-dropped')!;
    expect(drop).toMatchObject({ where: '第二条第二款', whereOther: '第二条第三款' });
    expect(drop.before).toContain('不得以虚假的优惠折价误导消费者');
  });

  it('a 款 that went to a new article with its subject replaced: the words dropped from its head are placed in that article', () => {
    const a = law('r1', [OLD[0]!, ['档案馆应当收集档案。', '有关部门可以制定具体办法，报市人民政府批准。', '市档案局可以制定军队档案的具体办法，报市人民政府备案。']]);
    const b = law('r2', [OLD[0]!, ['档案馆应当收集档案。', '有关部门可以制定具体办法，报市人民政府批准。国家加强档案信息化建设，鼓励采用现代信息技术。'], ['军事机关有关部门可以制定军队档案的具体办法，抄送市人民政府。']]);
    const d = diffAligned(linkedByHand(alignLoaded(a, b, []), [[['c1'], ['c1']], [['c2'], ['c2', 'c3']]]));
    const drop = d.pairs.find((p) => p.base[0] === 'c2')!.changes.find((c) => c.kind === 'text-dropped' && c.before?.includes('市档案局'))!;
    expect(drop).toMatchObject({ where: '第二条第三款', whereOther: '第三条' });
  });

  it('a 款 dropped whole from one article and added whole to another is said at both ends: moved to, moved here from', () => {
    const P = '市场开办者应当建立食品安全管理制度，配备专职管理人员，定期检查场内经营者的经营资格。';
    const a = law('mv1', [OLD[0]!, ['经营者应当公示价格。', P], ['市场监督管理部门应当建立投诉举报制度。']]);
    const b = law('mv2', [OLD[0]!, ['经营者应当公示价格。'], ['市场监督管理部门应当建立投诉举报制度。', P]]);
    const d = diffAligned(alignLoaded(a, b, []));
    const drop = d.pairs.find((p) => p.base[0] === 'c2')!.changes.find((c) => c.kind === 'text-dropped')!;
    const add = d.pairs.find((p) => p.base[0] === 'c3')!.changes.find((c) => c.kind === 'text-added')!;
    expect(drop).toMatchObject({ whole: 'paragraph', where: '第二条第二款', elsewhere: { where: '第三条第二款', same: true } });
    expect(add).toMatchObject({ whole: 'paragraph', where: '第三条第二款', elsewhere: { where: '第二条第二款', same: true } });
    const md = renderDiffMarkdown(d, { all: false, lang: 'zh' });
    expect(md).toContain('删去第二条第二款（移至第三条第二款，文字未改）');
    expect(renderDiffText(d, { all: false, width: 200 })).toContain('第三条: a paragraph (款) added as 第二款 — moved here from 第二条第二款, same text');

    // Added the same to two articles, it went to neither in particular: no move is said.
    const c = law('mv3', [OLD[0]!, ['经营者应当公示价格。', P], ['市场监督管理部门应当建立投诉举报制度。'], ['市场开办者应当建立管理制度。']]);
    const e = law('mv4', [OLD[0]!, ['经营者应当公示价格。'], ['市场监督管理部门应当建立投诉举报制度。', P], ['市场开办者应当建立管理制度。', P]]);
    const twice = diffAligned(alignLoaded(c, e, []));
    expect(twice.pairs.flatMap((p) => p.changes).filter((x) => x.elsewhere)).toEqual([]);
  });

  it('words dropped from several articles that one new article now says for them all are placed there: — now in 第五条', () => {
    const end = '，构成犯罪的，依法追究刑事责任。';
    const a = law('gx1', [OLD[0]!, [`伪造市场登记证件的，由市场监督管理部门没收证件${end}`], [`拒绝接受监督检查的，由市场监督管理部门责令改正${end}`], [`泄露投诉人信息的，依法给予处分${end}`]]);
    const b = law('gx2', [OLD[0]!, ['伪造市场登记证件的，由市场监督管理部门没收证件。'], ['拒绝接受监督检查的，由市场监督管理部门责令改正。'], ['泄露投诉人信息的，依法给予处分。'], ['违反本条例规定，构成犯罪的，依法追究刑事责任。']]);
    const d = diffAligned(alignLoaded(a, b, []));
    const drops = d.pairs.flatMap((p) => p.changes).filter((c) => c.kind === 'text-dropped');
    expect(drops.map((c) => c.elsewhere)).toEqual([1, 2, 3].map(() => ({ where: '第五条', same: false, within: true })));
    const lines = renderDiffText(d, { all: false, width: 200 }).split('\n').filter((l) => l.includes('— now in 第五条'));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/text-dropped.*构成犯罪的，依法追究刑事责任/);
    expect(renderDiffMarkdown(d, { all: false, lang: 'zh' })).toContain('构成犯罪的，依法追究刑事责任（见第五条）');
  });
});
