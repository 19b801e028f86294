// The review policy, in one place: an unreviewed link below the line is flagged; a person's decision never is; a split is partial.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BY_PLACE, BY_PLACE_OWN, LOW_CONFIDENCE, isDoubtful, isLowConfidence, isPartialLink, reviewReason } from '../../src/model/review-policy.js';
import { Alignment } from '../../src/model/alignment.js';
import { alignDocuments } from '../../src/align/align-documents.js';
import { syntheticLaw } from '../helpers/synthetic-law.js';

const law = (id: string, articles: string[]) => syntheticLaw(id, '某某市水资源管理条例', articles).parsed;
const purpose = '为了合理开发、利用、节约和保护水资源，根据有关法律，结合本市实际，制定本条例。';

describe('review policy', () => {
  it('flags unreviewed links below the line, and no decision of a person', () => {
    expect(isLowConfidence({ status: 'auto', score: LOW_CONFIDENCE - 0.01 })).toBe(true);
    expect(isLowConfidence({ status: 'auto', score: LOW_CONFIDENCE })).toBe(false);
    expect(isLowConfidence({ status: 'confirmed', score: 0.1 })).toBe(false);
    expect(isLowConfidence({ status: 'manual', score: 0.1 })).toBe(false);
  });
  it('counts a split or merge as carrying an item in part', () => {
    expect(isPartialLink({ status: 'confirmed', score: 1, base: ['c1'], other: ['c1', 'c2'] })).toBe(true);
    expect(isPartialLink({ status: 'auto', score: 0.95, base: ['c1'], other: ['c1'] })).toBe(false);
  });
  it('says why a link needs a look: unsure, or an unreviewed split or merge; a person’s decision needs none', () => {
    expect(reviewReason({ status: 'auto', score: 0.5, base: ['c1'], other: ['c1'] })).toBe('low-confidence');
    expect(reviewReason({ status: 'auto', score: 0.95, base: ['c1'], other: ['c1', 'c2'] })).toBe('split');
    expect(reviewReason({ status: 'auto', score: 0.95, base: ['c1', 'c2'], other: ['c1'] })).toBe('merge');
    expect(reviewReason({ status: 'confirmed', score: 0.5, base: ['c1', 'c2'], other: ['c1'] })).toBeNull();
    expect(reviewReason({ status: 'auto', score: 0.95, base: ['c1'], other: ['c1'] })).toBeNull();
    expect(reviewReason({ status: 'auto', score: 0.95, base: ['c1'], other: ['c1'], contested: true })).toBe('contested');
    expect(reviewReason({ status: 'confirmed', score: 1, base: ['c1'], other: ['c1'], contested: true })).toBeNull();
  });
  it('a link out of order that shares little of its wording needs a look, however high its score; one in order does not', () => {
    expect(reviewReason({ status: 'auto', score: 0.92, base: ['c6'], other: ['c18'], kind: 'moved', similarity: 0.26 })).toBe('thin-move');
    expect(reviewReason({ status: 'auto', score: 0.92, base: ['c6'], other: ['c18'], kind: 'moved', similarity: 0.45 })).toBeNull();
    expect(reviewReason({ status: 'auto', score: 0.92, base: ['c6'], other: ['c6'], kind: 'ordered', similarity: 0.2 })).toBeNull();
    expect(reviewReason({ status: 'confirmed', score: 0.92, base: ['c6'], other: ['c18'], kind: 'moved', similarity: 0.2 })).toBeNull();
  });
  it('a link in order on very little shared wording rests on its place alone: a look (a clause deleted and another added in its slot)', () => {
    expect(reviewReason({ status: 'auto', score: 0.987, base: ['c2'], other: ['c2'], kind: 'ordered', similarity: 0.18 })).toBe('by-place');
    expect(reviewReason({ status: 'confirmed', score: 0.987, base: ['c2'], other: ['c2'], kind: 'ordered', similarity: 0.18 })).toBeNull();
    expect(isDoubtful({ needsReview: 'by-place' })).toBe(true);
    expect(isDoubtful({ needsReview: 'split' })).toBe(false);
  });
  it('a penalty deleted and another added in its slot, alike only in the formula every penalty beside them has, rest on their place: a look', () => {
    const by = '由县级以上人民政府水行政主管部门责令停止违法行为，限期采取补救措施';
    const duties = ['市水务部门负责本市水资源的统一管理和监督工作。'];
    const old = law('oldp', [
      purpose,
      ...duties,
      `违反本条例规定，未按照规定安装取水计量设施的，${by}，处一万元以上五万元以下罚款。`,
      `违反本条例规定，在地下水禁止开采区内新打机井的，${by}，处二万元以上十万元以下罚款；情节严重的，吊销取水许可证。`,
      `违反本条例规定，未按照规定报送取水计量记录的，${by}，处五千元以上二万元以下罚款。`,
    ]);
    const now = (slot: string) =>
      law(`new${slot.length}`, [
        purpose,
        ...duties,
        `违反本条例规定，取水计量设施未安装或者不能正常使用的，${by}，处二万元以上十万元以下罚款；情节严重的，吊销取水许可证。`,
        slot,
        `违反本条例规定，拒不报送或者虚假报送取水计量记录的，${by}，处一万元以上五万元以下罚款。`,
      ]);
    const replaced = alignDocuments(old, now(`违反本条例规定，向河道倾倒垃圾、渣土的，${by}，处五千元以上五万元以下罚款；情节严重的，吊销取水许可证。`), []);
    const slot = replaced.links.find((l) => l.base.includes('c4'))!;
    // The formula lifts their likeness above the line a link by place alone is drawn at, and the score is high …
    expect(slot.similarity!).toBeGreaterThanOrEqual(BY_PLACE);
    expect(slot.score).toBeGreaterThan(LOW_CONFIDENCE);
    // … but beyond what the penalties beside them say too they share almost nothing.
    expect(slot.ownSimilarity!).toBeLessThan(BY_PLACE_OWN);
    expect(reviewReason(slot)).toBe('by-place');
    // The same penalty reworded in its slot is no such link.
    const reworded = alignDocuments(old, now(`违反本条例规定，在地下水禁止开采区内擅自新建取水井的，${by}，处五万元以上二十万元以下罚款；情节严重的，吊销取水许可证。`), []);
    expect(reviewReason(reworded.links.find((l) => l.base.includes('c4'))!)).toBeNull();
  });
  it('align marks contested a link the documents’ order chose over a closer clause, and not the links the wording chose', () => {
    // The old 第二条 (未取得取水许可擅自取水) is what the new 第三条 took in; in order it lines up with the new 第二条 (勘查), a new offence.
    const old = law('old', [
      purpose,
      '违反本条例规定，未取得取水许可擅自取水的，由水务部门责令停止违法行为，处二万元以上十万元以下罚款。',
      '违反本条例规定，超出许可的取水量取水的，由水务部门责令限期改正，处一万元以上五万元以下罚款。',
      '本条例自2020年1月1日起施行。',
    ]);
    const now = law('new', [
      purpose,
      '违反本条例规定，未取得勘查许可擅自勘查的，由水务部门责令停止违法行为，处十万元以上一百万元以下罚款。',
      '违反本条例规定，未取得取水许可擅自取水或者超出许可的取水量取水的，由水务部门责令停止违法行为，处五万元以上二十万元以下罚款。',
      '本条例自2025年1月1日起施行。',
    ]);
    const a = alignDocuments(old, now, []);
    const flag = (id: string) => a.links.find((l) => l.base.includes(id) || l.other.includes(id))?.contested ?? false;
    expect(['c1', 'c2', 'c3', 'c4'].map(flag)).toEqual([false, true, true, false]);
    expect(a.links.filter((l) => l.contested).every((l) => reviewReason(l) === 'contested' || reviewReason(l) === 'low-confidence')).toBe(true);
  });
  it('a rival well placed elsewhere does not make a link contested', () => {
    const take = '违反本条例规定，未取得取水许可擅自取水的，由水务部门责令停止违法行为，限期采取补救措施，处二万元以上十万元以下罚款。';
    const meter = '违反本条例规定，未安装计量设施的，由水务部门责令停止违法行为，限期采取补救措施，处一万元以上五万元以下罚款。';
    const takeNew = '擅自取水的单位和个人，水务部门应当没收其取水工具，吊销取水许可证，并处二万元以上十万元以下罚款。';
    const old = law('old9', [purpose, take, meter]);
    const now = law('new9', [purpose, takeNew, meter]);
    const a = alignDocuments(old, now, []);
    // The matrix is in the aligner's canonical order of the two texts: here the old one first.
    expect(a.base).toBe('old9');
    const m = a.matrix;
    const [bi, oj] = [m.base.findIndex((u) => u.id === 'c2'), m.other.findIndex((u) => u.id === 'c3')];
    const [b2, o2] = [m.base.findIndex((u) => u.id === 'c2'), m.other.findIndex((u) => u.id === 'c2')];
    // The old 第二条 reads closer to the new 第三条, which is linked with the old 第三条, its own text, and reads closer to it still.
    expect(m.score[bi]![oj]!).toBeGreaterThan(m.score[b2]![o2]!);
    const link = a.links.find((l) => l.base.includes('c2'))!;
    expect(link.other).toEqual(['c2']);
    expect(link.contested ?? false).toBe(false);
  });
  it('the text report says "check this link" on exactly the pairs whose link needs a look: unsure, contested, or joining several clauses', () => {
    for (const other of ['quzhou-2024', 'haining-2024-draft']) {
      const run = (...args: string[]) => spawnSync(process.execPath, [path.resolve('dist/bundle/main.js'), 'diff', 'hangzhou-2024', other, '--all', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
      const pairs = (JSON.parse(run('--json')) as { pairs: Array<{ link?: { needsReview?: string; contested?: boolean } }> }).pairs;
      const expected = pairs.filter((p) => !!p.link?.needsReview || p.link?.contested).length;
      expect(expected).toBeGreaterThan(0);
      expect(run().split('\n').filter((l) => l.includes('check this link')).length).toBe(expected);
    }
  });
  it('align writes the reason on every link that needs a look, and on no other', () => {
    const r = spawnSync(process.execPath, [path.resolve('dist/bundle/main.js'), 'align', 'hangzhou-2024', 'quzhou-2024', '--json'], { encoding: 'utf8' });
    const a = Alignment.parse(JSON.parse(r.stdout));
    expect(a.links.some((l) => l.needsReview)).toBe(true);
    for (const l of a.links) expect(l.needsReview ?? null).toBe(reviewReason(l));
  });
});

describe('verdicts in a link to check', () => {
  it('hold only if the link does: marked loosens? / tightens? in the figures, and counted apart in the summary', async () => {
    const { alignLoaded, diffAligned } = await import('../../src/pipeline.js');
    const { renderDiffText } = await import('../../src/render/report/diff-text.js');
    const { effectLabel, inDoubt } = await import('../../src/render/report/describe-changes.js');
    const old = syntheticLaw('old', '某某市水资源管理条例', [
      purpose,
      '违反本条例规定，未取得取水许可擅自取水的，由水务部门责令停止违法行为，处二万元以上十万元以下罚款。',
      '违反本条例规定，超出许可的取水量取水的，由水务部门责令限期改正，处一万元以上五万元以下罚款。',
      '本条例自2020年1月1日起施行。',
    ]);
    const now = syntheticLaw('new', '某某市水资源管理条例', [
      purpose,
      '违反本条例规定，未取得勘查许可擅自勘查的，由水务部门责令停止违法行为，处十万元以上一百万元以下罚款。',
      '违反本条例规定，未取得取水许可擅自取水或者超出许可的取水量取水的，由水务部门责令停止违法行为，处五万元以上二十万元以下罚款。',
      '本条例自2025年1月1日起施行。',
    ]);
    const diff = diffAligned(alignLoaded(old, now, []));
    const doubtful = diff.pairs.filter(inDoubt);
    const judged = doubtful.flatMap((p) => p.numbers).filter((n) => n.effect === 'tightens' || n.effect === 'loosens');
    expect(judged.length).toBeGreaterThan(0);
    expect(effectLabel(judged[0]!, 'en', true)).toMatch(/^(loosens|tightens)\?$/);
    expect(effectLabel(judged[0]!, 'zh', true)).toMatch(/^(放宽|收紧)？$/);
    const text = renderDiffText(diff, { width: 200, all: false });
    expect(text).toContain(`(${judged.length} of them in links to check)`);
    expect(text).toMatch(/tightens\?/);
    // A person who confirmed the link settled it: no mark.
    const link = doubtful[0]!.link!;
    expect(inDoubt({ link: { ...link, status: 'confirmed' } })).toBe(false);
    expect(inDoubt({ link })).toBe(true);
  });
});
