// The outline eval's truth: the articles a markdown law prints, at line starts and (a line break lost) inside the line before.
import { describe, expect, it } from 'vitest';
import { printedArticles } from '../../src/eval/score-outline.js';

const law = (...lines: string[]) => ['# 某某条例', '<!-- INFO END -->', ...lines].join('\n\n');

describe('printedArticles', () => {
  it('counts the articles at line starts, 之一 included', () => {
    expect(printedArticles(law('第一条 为了规范管理。', '第二条 适用范围。', '第二条之一 另有规定。', '第三条 自公布之日起施行。'))).toEqual(['c1', 'c2', 'c2-1', 'c3']);
  });

  it('counts an article printed inside the line before where the series confirms it, not a citation', () => {
    expect(printedArticles(law('第一条 为了规范管理。', '第二条 会议公开举行。 第三条 会议设立秘书处。', '第四条 自公布之日起施行。'))).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(printedArticles(law('第一条 为了规范管理。', '第二条 适用范围。第三条规定的除外。', '第三条 自公布之日起施行。'))).toEqual(['c1', 'c2', 'c3']);
    expect(printedArticles(law('第一条 为了规范管理。', '第二条 适用范围。 第三条 主管部门。', '第五条 自公布之日起施行。'))).toEqual(['c1', 'c2', 'c5']);
  });
});
