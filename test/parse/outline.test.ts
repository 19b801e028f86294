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
