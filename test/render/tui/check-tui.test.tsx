// The check view on the Haining draft: reducer and frame at 80×24 and 200×60, and in ink the keys a reviewer presses.
import React from 'react';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { checkLoaded } from '../../../src/pipeline.js';
import { CheckTuiApp } from '../../../src/render/tui/check-tui-app.js';
import { checkFrame } from '../../../src/render/tui/check-tui-frame.js';
import { checkKey } from '../../../src/render/tui/check-tui-keys.js';
import { type CheckTuiState, checkRows, initialCheckState, reduceCheckTui, visibleRows } from '../../../src/render/tui/check-tui-state.js';
import { plainText } from '../../../src/render/tui/styled-line.js';
import { makeTheme } from '../../../src/render/tui/tui-theme.js';
import { load } from '../../helpers/corpus.js';
import { mountInk } from '../../helpers/ink-screen.js';

const haining = checkLoaded(load('haining-2024-draft'));
const start = (w = 80, h = 24) => initialCheckState(haining, makeTheme(false), w, h);
const screen = (s: CheckTuiState) => checkFrame(s).map(plainText);

function press(s: CheckTuiState, ...keys: string[]): CheckTuiState {
  for (const k of keys) {
    const r = k === '\r' ? checkKey(s, '', { return: true }) : k === '\t' ? checkKey(s, '', { tab: true }) : checkKey(s, k, {});
    if (r && r.type !== 'quit' && r.type !== 'close') s = reduceCheckTui(s, r);
  }
  return s;
}

describe('check view', () => {
  it('opens on the first row whose figure disagrees; n goes to the next: both figures, the change, the table row and the body clause, both cited', () => {
    const s0 = start(120, 40);
    expect(checkRows(haining)[s0.selected]!.row.id).toBe('t1.r3');
    const first = screen(s0).join('\n');
    expect(first).toContain('check haining-2024-draft · 海宁市 · 征求意见稿');
    expect(first).toContain('15 attachment tables, 175 rows');
    // A row restating no single clause, compared by what its figure measures with the section's intro.
    expect(first).toMatch(/全年固定资产投资增长\s+10%\s+6%以上\s+−4 pp/);
    expect(first).toContain('disagrees with what the body states for the same quantity (一、扩');
    const s = press(s0, 'n');
    const row = checkRows(haining)[s.selected]!;
    expect(row.row.id).toBe('t1.r4');
    const text = screen(s).join('\n');
    expect(text).toMatch(/促成企业全年绿电交易\s+1\.2亿千瓦时以上\s+1\.5亿千瓦时以上\s+\+3000万千瓦时 \(\+25%\)/);
    expect(text).toContain('t1.r4 · line 238');
    expect(text).toMatch(/Body clause it restates\s+c5 · lines 21–23/);
    expect(text).toContain('（五）强化用能要素保障');
  });

  it('fits 80×24 and 200×60 exactly: every row the width of the terminal, one row spare', () => {
    for (const [w, h] of [
      [80, 24],
      [200, 60],
    ] as const) {
      const rows = screen(start(w, h));
      expect(rows).toHaveLength(h - 1);
      for (const r of rows) expect(stringWidth(r)).toBe(w);
    }
  });

  it('filters by what was found, n finds no further disagreement, search narrows to rows about 绿电', () => {
    let s = press(start(), 'f');
    expect(s.filter).toBe('disagrees');
    expect(visibleRows(s)).toHaveLength(2);
    s = press(s, 'f', 'f');
    expect(s.filter).toBe('unmatched');
    // Rows restating no clause, less the one whose figure disagrees with the body's figure for the same quantity.
    expect(visibleRows(s)).toHaveLength(haining.report.rows - haining.report.restated.length - 1);
    for (const i of visibleRows(s)) expect(checkRows(haining)[i]!.clause).toBeNull();
    s = press(start(), 'n', 'n');
    expect(s.message?.text).toBe('no further disagreement below');
    s = press(start(), 'g', 'n');
    expect(checkRows(haining)[s.selected]!.row.id).toBe('t1.r3');
    s = press(start(), '/', '绿电', '\r');
    expect(visibleRows(s).length).toBeGreaterThan(0);
    for (const i of visibleRows(s)) expect(`${checkRows(haining)[i]!.row.text}${checkRows(haining)[i]!.clause?.title ?? ''}`).toContain('绿电');
  });

  it('tab moves into the right pane, which then scrolls; the list stays where it was', () => {
    const s0 = press(start(), 'n');
    const s = press(s0, '\t', 'j', 'j');
    expect(s.focus).toBe('detail');
    expect(s.detailTop).toBe(2);
    expect(s.selected).toBe(s0.selected);
  });

  it('says so for a document without attachment tables', () => {
    const s = initialCheckState(checkLoaded(load('hangzhou-2024')), makeTheme(false), 80, 24);
    const text = screen(s).join('\n');
    expect(text).toContain('No attachment tables: nothing to check against the body.');
    expect(s.selected).toBe(-1);
    expect(press(s, 'j', '\t', 'n', 'f').selected).toBe(-1);
  });

  it('in ink: j moves, ? opens the keys, q quits', async () => {
    const { frame, type, shows, unmount } = mountInk(<CheckTuiApp model={haining} theme={makeTheme(false)} width={80} height={24} />);
    expect(frame()).toMatch(/ \d+\/175/);
    const at = Number(/ (\d+)\/175/.exec(frame())![1]);
    await type('j');
    await shows(` ${at + 1}/175`);
    await type('?');
    await shows('= restates a clause, figures agree');
    await type('q');
    unmount();
  });
});
