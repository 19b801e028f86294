// A target or item that disappears (or appears) with its figure is one finding: an items change carrying the figure, which the
// reports show once, with its effect — not a reworded run plus a dropped figure.
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';
import { renderDiffText } from '../../src/render/report/diff-text.js';
import { renderDiffMarkdown } from '../../src/render/report/diff-markdown.js';

const plan = (id: string, item: string) =>
  loadSynthetic({
    id,
    source: 'fixture',
    text: ['# 云湖市关于推动制造业数字化转型的若干政策', '一、推进数字化改造', `（一）推进企业数字化改造。${item}（责任单位：市经信局）`, '（二）强化要素保障。每年安排专项资金1亿元。（责任单位：市财政局）'].join('\n\n'),
    truth: new Set(),
  });

const diff = diffAligned(
  alignLoaded(
    plan('draft', '完成数字化改造200家，新增市级智能工厂20家、数字化车间50家，新增省级工业互联网平台10家，力争数字化改造覆盖率达到85%以上。'),
    plan('final', '完成数字化改造200家，新增省级工业互联网平台10个以上。'),
    [],
  ),
);
const pair = diff.pairs.find((p) => p.base[0] === 'c1')!;

describe('targets dropped with their figures', () => {
  it('are one items-dropped change that names the figures; the figures are marked as going with it', () => {
    const items = pair.changes.filter((c) => c.kind === 'items-dropped');
    expect(items).toHaveLength(1);
    // As the text writes them: a 、-list is one phrase with both its figures.
    expect(items[0]!.items).toEqual(['新增市级智能工厂20家、数字化车间50家', '力争数字化改造覆盖率达到85%以上']);
    const figures = items[0]!.figures!.map((i) => pair.numbers[i]!);
    expect(figures.map((n) => n.before?.text)).toEqual(['20家', '50家', '85%以上']);
    expect(figures.every((n) => n.change === 'dropped' && n.withItem)).toBe(true);
    // The platform's figure changed in place: a figure of its own, not an item.
    expect(pair.numbers.find((n) => n.before?.text === '10家')).toMatchObject({ change: 'changed' });
    expect(pair.numbers.find((n) => n.before?.text === '10家')!.withItem).toBeUndefined();
  });

  it('the reports show each dropped target once, on the items line with its effect', () => {
    const text = renderDiffText(diff, { all: false, width: 200 });
    expect(text).toMatch(/items-dropped +新增市级智能工厂20家、数字化车间50家；力争数字化改造覆盖率达到85%以上 \(20家 loosens · 50家 loosens · 85%以上 loosens\)/);
    const figuresTable = text.slice(text.indexOf('  Figures'));
    expect(figuresTable).not.toMatch(/20家|50家|85%/);
    const md = renderDiffMarkdown(diff, { all: false, lang: 'zh' });
    expect(md).toContain('删去事项：新增市级智能工厂20家、数字化车间50家；力争数字化改造覆盖率达到85%以上（20家，放宽；50家，放宽；85%以上，放宽）');
    expect(md).not.toMatch(/数字化车间培育企业：50家 →|：50家 → —/);
  });

  it('summary counts still count every dropped figure', () => {
    expect(diff.summary.figures.dropped).toBe(3);
  });
});

describe('what is not made an item', () => {
  const pairOf = (before: string, after: string) =>
    diffAligned(alignLoaded(plan('d1', before), plan('f1', after), [])).pairs.find((p) => p.base[0] === 'c1')!;

  it('a sentence dropped with much more in it than the figure stays one text-dropped change, its figure in the table', () => {
    const p = pairOf('完成数字化改造200家。同时要加强组织领导，压实各方责任，确保各项任务落到实处，力争完成投资1000亿元。', '完成数字化改造200家。');
    expect(p.changes.filter((c) => c.kind === 'items-dropped')).toEqual([]);
    expect(p.numbers.find((n) => n.before?.text === '1000亿元')!.withItem).toBeUndefined();
  });

  it('a time limit and a condition (…的) are not items', () => {
    const p = pairOf('完成数字化改造200家。', '完成数字化改造200家，三十日内完成验收，投资额五千万元以上的，给予奖励。');
    expect(p.changes.filter((c) => c.kind === 'items-added')).toEqual([]);
  });
});
