// The diff UI rendered by ink at a fixed 80×24: keys change the frame; c, x, l and u write alignments/ through the same code as `policydiff review`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import React from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlignmentFile } from '../../../src/model/alignment.js';
import { diffTuiSession } from '../../../src/cli/open-diff-tui.js';
import { diffPair } from '../../../src/pipeline.js';
import { DiffTuiApp } from '../../../src/render/tui/diff-tui-app.js';
import { makeTheme } from '../../../src/render/tui/tui-theme.js';

const saved = process.env.POLICYDIFF_ROOT;
let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-tui-'));
  fs.cpSync('corpora', path.join(root, 'corpora'), { recursive: true });
  process.env.POLICYDIFF_ROOT = root;
});
afterAll(() => {
  if (saved === undefined) delete process.env.POLICYDIFF_ROOT;
  else process.env.POLICYDIFF_ROOT = saved;
});

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/** Waits until the frame shows the text (a review re-runs the diff, which takes a moment). */
async function frameWith(lastFrame: () => string | undefined, text: string, ms = 5000): Promise<string> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const f = lastFrame() ?? '';
    if (f.includes(text)) return f;
    await tick(20);
  }
  throw new Error(`frame never showed “${text}”:\n${lastFrame()}`);
}

/** Mounts the UI; frames are read as a screen shows them (bold, dim and inverse escapes left out). */
const mount = (session: ReturnType<typeof diffTuiSession>) => {
  const app = render(<DiffTuiApp model={session.model} theme={makeTheme(false)} width={80} height={24} onReview={session.onReview} onUndo={session.onUndo} onCheck={session.onCheck} />);
  return { ...app, lastFrame: () => stripVTControlCharacters(app.lastFrame() ?? '') };
};

describe('diff UI in ink', () => {
  it('draws 23 rows, moves on j, opens help on ?, and splits "jjj" typed in one burst into three moves', async () => {
    const session = diffTuiSession(diffPair('hangzhou-2024-draft', 'hangzhou-2024'));
    const { lastFrame, stdin, unmount } = mount(session);
    const first = lastFrame()!;
    expect(first.split('\n')).toHaveLength(23);
    expect(first).toContain('hangzhou-2024-draft · 杭州市 · 征求意见稿');
    expect(first).toMatch(/1\/\d+\s*$/);
    stdin.write('j');
    await frameWith(lastFrame, '2/');
    stdin.write('jjj');
    await frameWith(lastFrame, '5/');
    stdin.write('?');
    await frameWith(lastFrame, 'Keys');
    stdin.write('x'); // any key closes help, and is not taken as a decision
    const back = await frameWith(lastFrame, '5/');
    expect(back).not.toContain('saving');
    unmount();
  });

  it('c confirms and saves, u undoes it back to no file, x rejects, l relinks by hand, all in alignments/', async () => {
    const session = diffTuiSession(diffPair('hangzhou-2024', 'jiande-2024'));
    const file = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json');
    expect(fs.existsSync(file)).toBe(false);
    const { lastFrame, stdin, unmount } = mount(session);
    // Down to (三)↔3., an automatic link: the text pane's heading names it.
    for (let i = 0; i < 10 && !lastFrame()!.includes('│~ （三）'); i++) {
      stdin.write('j');
      await tick();
    }
    expect(lastFrame()).toContain('│~ （三）');
    const reading = () => AlignmentFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    stdin.write('c');
    await frameWith(lastFrame, 'confirmed c3 ↔ c3 · saved');
    expect(reading().links.find((l) => l.base.includes('c3'))?.status).toBe('confirmed');
    stdin.write('u');
    await frameWith(lastFrame, 'undone');
    expect(fs.existsSync(file)).toBe(false);
    stdin.write('x');
    await frameWith(lastFrame, 'rejected c3 ↔ c3 · saved');
    expect(reading().links.find((l) => l.base.includes('c3'))?.status).toBe('rejected');
    expect(reading().baseOnly).toContain('c3');
    // The rejected clause is now only in base; relink it with 3. by hand.
    await frameWith(lastFrame, '│- （三）向上争取资金支援  ↔  —');
    stdin.write('l');
    await frameWith(lastFrame, 'Link c3 with a unit of jiande-2024');
    stdin.write('/');
    stdin.write('3.');
    await tick();
    stdin.write('\r');
    await tick();
    stdin.write('\r');
    await frameWith(lastFrame, 'linked c3 ↔ c3 · saved');
    const manual = reading().links.find((l) => l.status === 'manual');
    expect(manual).toMatchObject({ base: ['c3'], other: ['c3'] });
    expect(fs.existsSync(`${file}.bak`)).toBe(true);
    // Undo goes back one decision at a time: the rejection is in force again.
    stdin.write('u');
    await frameWith(lastFrame, 'undone');
    expect(reading().links.find((l) => l.base.includes('c3'))?.status).toBe('rejected');
    unmount();
  });

  it('t opens the check view of the other document, T of the base; esc comes back to the diff where it was', async () => {
    const session = diffTuiSession(diffPair('hangzhou-2024', 'haining-2024-draft'));
    const { lastFrame, stdin, unmount } = mount(session);
    stdin.write('jj');
    const before = await frameWith(lastFrame, '3/');
    stdin.write('t');
    const check = await frameWith(lastFrame, 'check haining-2024-draft');
    expect(check).toContain('促成企业全年绿电交易');
    expect(check).toMatch(/1\.2亿千瓦时以上\s+1\.5亿千瓦时以上/);
    expect(check).toContain(' 4/175');
    await tick(100); // the view takes keys once React has run its effects, just after its first frame
    stdin.write('j');
    await frameWith(lastFrame, ' 5/175');
    stdin.write('\u001b');
    await frameWith(lastFrame, 'hangzhou-2024 · 杭州市 · 正式文件');
    for (let i = 0; i < 100 && lastFrame() !== before; i++) await tick(20);
    expect(lastFrame()).toBe(before);
    stdin.write('T');
    await frameWith(lastFrame, 'hangzhou-2024: no attachment tables to check');
    expect(lastFrame()).toContain('base  hangzhou-2024');
    unmount();
  });
});
