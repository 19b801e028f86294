// What a parse could not follow (a numbering that jumps) is said by the comparison built on it: in the JSON, the report's summary and the UI's header.
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';
import { summaryLines } from '../../src/render/report/describe-changes.js';
import { diffFrame } from '../../src/render/tui/diff-tui-frame.js';
import { initialDiffState } from '../../src/render/tui/diff-tui-state.js';
import { plainText } from '../../src/render/tui/styled-line.js';
import { makeTheme } from '../../src/render/tui/tui-theme.js';

const law = (id: string, numbers: string[]) =>
  loadSynthetic({ id, source: 'fixture', text: ['# 某某条例', ...numbers.map((n, k) => `第${n}条 ${['为了规范管理，制定本条例。', '本条例适用于本市。', '主管部门负责管理。', '本条例自2025年1月1日起施行。'][k]}`)].join('\n\n'), truth: new Set() });

describe('parse warnings in a diff', () => {
  // The copy lost its 第三条 heading line in publishing: its third article is printed 第四条.
  const diff = diffAligned(alignLoaded(law('lost', ['一', '二', '四', '五']), law('whole', ['一', '二', '三', '四'])));

  it('the JSON carries the numbering warning with its document and line', () => {
    expect(diff.warnings).toEqual([expect.objectContaining({ document: 'lost', message: expect.stringMatching(/numbering jumps from 2 to 4/) })]);
    expect(diff.warnings[0]!.line).toBeGreaterThan(1);
  });

  it('the summary every report prints says it, and the UI header shows it', () => {
    expect(summaryLines(diff).join('\n')).toMatch(/Warning: lost line \d+: numbering jumps from 2 to 4/);
    const rows = diffFrame(initialDiffState({ diff, units: { base: [], other: [] } }, makeTheme(false), 120, 30)).map(plainText);
    expect(rows[3]).toMatch(/^⚠ lost line \d+: numbering jumps from 2 to 4/);
  });

  it('a summary names six warnings and counts the rest', () => {
    const many = { ...diff, warnings: Array.from({ length: 9 }, (_, k) => ({ document: 'lost', line: k + 2, message: `numbering jumps (${k})` })) };
    const lines = summaryLines(many).filter((l) => l.startsWith('Warning'));
    expect(lines).toHaveLength(7);
    expect(lines[6]).toBe('Warning: 3 more (the JSON and policydiff parse list them all)');
  });
});
