// Key response of the diff UI on the largest bundled pairs: reducer, frame and ink's layout to a string for every key of a reading session.
import { renderToString } from 'ink';
import { spawn } from 'node:child_process';
import os from 'node:os';
import React from 'react';
import { diffTuiSession } from '../src/cli/open-diff-tui.js';
import { diffPair } from '../src/pipeline.js';
import { diffFrame } from '../src/render/tui/diff-tui-frame.js';
import { type DiffTuiAction, initialDiffState, reduceDiffTui } from '../src/render/tui/diff-tui-state.js';
import { FrameView } from '../src/render/tui/frame-view.js';
import { makeTheme } from '../src/render/tui/tui-theme.js';

/** A reading session: down the list, through every change, filters, side by side, variants, pages, the text pane. */
const SESSION: DiffTuiAction[] = [
  ...Array.from({ length: 60 }, () => ({ type: 'move', by: 1 }) as const),
  ...Array.from({ length: 20 }, () => ({ type: 'next', by: 1 }) as const),
  { type: 'side-by-side' },
  ...Array.from({ length: 20 }, () => ({ type: 'move', by: -1 }) as const),
  { type: 'variants' },
  ...Array.from({ length: 6 }, () => ({ type: 'filter', by: 1 }) as const),
  { type: 'page', by: 1 },
  { type: 'edge', to: 'bottom' },
  { type: 'edge', to: 'top' },
  { type: 'focus', to: 'detail' },
  ...Array.from({ length: 20 }, () => ({ type: 'move', by: 1 }) as const),
];

/**
 * The same, with the machine made busy: one process per core spinning for the whole measure (a loaded 2-core machine, as the speed
 * issue measured it), so the figure says what a reviewer gets while other work runs.
 */
export function measureTuiKeysUnderLoad(pairs: Array<[string, string]>, sizes: Array<[number, number]>): string[] {
  const spinners = Array.from({ length: os.availableParallelism() }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
  try {
    return measureTuiKeys(pairs, sizes).map((l) => l.replace(/ over (\d+) keys/, ' over $1 keys, every core busy'));
  } finally {
    for (const p of spinners) p.kill('SIGKILL');
  }
}

export function measureTuiKeys(pairs: Array<[string, string]>, sizes: Array<[number, number]>): string[] {
  const lines: string[] = [];
  for (const [b, o] of pairs) {
    const { model } = diffTuiSession(diffPair(b, o));
    for (const [w, h] of sizes) {
      let s = initialDiffState(model, makeTheme(true), w, h);
      const ms: number[] = [];
      for (const a of SESSION) {
        const t = performance.now();
        s = reduceDiffTui(s, a);
        renderToString(React.createElement(FrameView, { rows: diffFrame(s) }), { columns: w });
        ms.push(performance.now() - t);
      }
      ms.sort((x, y) => x - y);
      const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(1);
      lines.push(`${`${b} ↔ ${o} at ${w}×${h}`.padEnd(48)}median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${ms[ms.length - 1]!.toFixed(1)} ms over ${ms.length} keys (target < 50 ms)`);
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Terminal UI: time from a key to the next frame laid out (reducer, frame, ink layout; the terminal write is not counted).');
  for (const l of measureTuiKeys([['hangzhou-2024-draft', 'hangzhou-2024'], ['hangzhou-2024', 'quzhou-2024']], [[80, 24], [120, 40], [200, 60]])) console.log(l);
  for (const l of measureTuiKeysUnderLoad([['hangzhou-2024', 'quzhou-2024']], [[200, 60]])) console.log(l);
}
