// The UI's figure table: a value is shown whole where the pane has room; in a narrow pane the values give way before the effect.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { figureTableLines } from '../../../src/render/tui/pair-detail-lines.js';
import { plainText } from '../../../src/render/tui/styled-line.js';
import { makeTheme } from '../../../src/render/tui/tui-theme.js';

const HEAD = { q: 'what it measures', b: 'base', a: 'other', d: 'change', e: 'effect' };
const ROW = { q: '对单位：没收违法所得，并处 罚款', b: '2万元以上10万元以下', a: '10万元以上50万元以下', d: 'min +8万元, max +40万元 (+400%)', e: 'tightens', style: undefined };

const table = (w: number) => figureTableLines([ROW], HEAD, w, makeTheme(false)).map(plainText);

describe('the figure table', () => {
  it('shows a long range whole where the pane has room', () => {
    const rows = table(110).join('\n');
    expect(rows).toContain('2万元以上10万元以下');
    expect(rows).toContain('10万元以上50万元以下');
    expect(rows).toContain('tightens');
  });

  it('in a narrow pane cuts the values, keeps the effect, and no line is wider than the pane', () => {
    const rows = table(60);
    expect(rows.join('\n')).toContain('tightens');
    expect(rows.join('\n')).not.toContain('10万元以上50万元以下');
    for (const r of rows) expect(stringWidth(r)).toBeLessThanOrEqual(60);
  });
});
