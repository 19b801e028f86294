// Headings that are no unit of their own (a law's 节 under its chapters): renamed, added or dropped is a change said in the summary
// and drafted in the amendment; renumbered only is counted, not listed. Laws we wrote.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { draftAmendment } from '../../src/diff/draft-amendment.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';
import { renderAmendment } from '../../src/render/report/amendment-text.js';
import { renderDiffText } from '../../src/render/report/diff-text.js';

const LAW = [
  '# 某某市市场管理条例',
  '## 第一章 总则',
  '第一条 为了规范市场秩序，制定本条例。',
  '## 第二章 管理',
  '### 第一节 登记',
  '第二条 经营者应当依法办理登记，领取营业执照。',
  '### 第二节 检查',
  '第三条 市场监督管理部门应当定期检查市场秩序。',
  '第四条 检查结果应当向社会公开。',
];
const law = (id: string, lines: string[]) => loadSynthetic({ id, source: 'fixture', text: lines.join('\n\n'), truth: new Set() });
const diffOf = (id: string, lines: string[]) => {
  const aligned = alignLoaded(law(`${id}-a`, LAW), law(`${id}-b`, lines), []);
  return { aligned, diff: diffAligned(aligned) };
};

describe('the section a new article is listed under', () => {
  it('a new article in a chapter renumbered by one inserted before it is listed under the base’s name of that chapter', () => {
    const now = [
      '# 某某市市场管理条例',
      '## 第一章 总则',
      '第一条 为了规范市场秩序，制定本条例。',
      '## 第二章 登记',
      '第二条 经营者应当依法办理登记，领取营业执照。',
      '## 第三章 管理',
      '### 第一节 登记',
      '第三条 经营者应当依法办理登记，领取营业执照。',
      '### 第二节 检查',
      '第四条 市场监督管理部门应当定期检查市场秩序。',
      '第五条 市场监督管理部门可以委托第三方机构开展抽样检测，检测费用由本级财政列支。',
      '第六条 检查结果应当向社会公开。',
    ];
    const { diff } = diffOf('sec', now);
    const added = diff.pairs.find((p) => p.status === 'other-only' && p.other.includes('c5'))!;
    expect(added.section).toBe('第二章管理 › 第二节检查');
  });
});

describe('headings that are no unit', () => {
  it('a 节 renamed is a change: said in the summary, not "Changes: none", and drafted 将第二章第二节节名修改为', () => {
    const { aligned, diff } = diffOf('renamed', LAW.map((l) => l.replace('第二节 检查', '第二节 监督检查')));
    expect(diff.pairs.every((p) => p.status === 'identical')).toBe(true);
    expect(diff.headings).toEqual([
      expect.objectContaining({ change: 'renamed', style: 'section', base: expect.objectContaining({ where: '第二章第二节', title: '检查' }), other: expect.objectContaining({ title: '监督检查' }) }),
    ]);
    const text = renderDiffText(diff, { all: false, width: 120 });
    expect(text).not.toContain('Changes: none');
    expect(text).toContain('heading renamed: 第二章第二节 检查 → 监督检查');
    expect(renderAmendment(draftAmendment(diff, aligned.base.parsed, aligned.other.parsed), { markdown: false })).toContain('将第二章第二节节名修改为：“监督检查”');
  });

  it('a 节 inserted is added; the 节 after it renumbered with its title the same is counted, not listed', () => {
    const lines = [...LAW.slice(0, 6), '### 第二节 公示', '第三条 经营者应当公示价格。', ...LAW.slice(6).map((l) => l.replace('第二节 检查', '第三节 检查').replace('第三条', '第四条').replace('第四条 检查', '第五条 检查'))];
    const { aligned, diff } = diffOf('added', lines);
    expect(diff.headings?.map((h) => [h.change, h.other?.where, h.other?.title])).toEqual([['added', '第二章第二节', '公示']]);
    expect(diff.summary.renumberedHeadings).toBe(1);
    expect(renderAmendment(draftAmendment(diff, aligned.base.parsed, aligned.other.parsed), { markdown: false })).toContain('第二章增加一节，作为第二节，节名为：“公示”');
  });

  it('diff exits 1 on a 节 renamed, as on any change (it had said identical, exit 0)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'headings-'));
    const [a, b] = [path.join(dir, 'a.md'), path.join(dir, 'b.md')];
    fs.writeFileSync(a, LAW.join('\n\n'));
    fs.writeFileSync(b, LAW.map((l) => l.replace('第二节 检查', '第二节 监督检查')).join('\n\n'));
    const run = spawnSync(process.execPath, ['dist/bundle/main.js', 'diff', a, b], { encoding: 'utf8', env: { ...process.env, POLICYDIFF_CACHE: 'off' } });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('heading renamed: 第二章第二节 检查 → 监督检查');
  });

  it('a 节 dropped with no article under it is drafted where it stood, after the articles before it', () => {
    const withEmpty = [...LAW, '### 第三节 评估'];
    const changed = LAW.map((l) => l.replace('领取营业执照', '领取电子营业执照'));
    const [a, b] = [law('empty-a', withEmpty), law('empty-b', changed)];
    const text = renderAmendment(draftAmendment(diffAligned(alignLoaded(a, b, [])), a.parsed, b.parsed), { markdown: false });
    expect(text).toMatch(/一、在第二条中的.*\n\n二、删去第二章第三节节名。/);
  });

  it('the same headings give no heading change', () => {
    expect(diffOf('same', LAW).diff.headings).toBeUndefined();
  });
});
