// The diff UI rendered by ink at a fixed 80×24: keys change the frame; c, x, l and u write alignments/ through the same code as `policydiff review`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import React from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlignmentFile } from '../../../src/model/alignment.js';
import { diffTuiSession } from '../../../src/cli/open-diff-tui.js';
import { diffPair } from '../../../src/pipeline.js';
import { DiffTuiApp } from '../../../src/render/tui/diff-tui-app.js';
import { makeTheme } from '../../../src/render/tui/tui-theme.js';
import { mountInk } from '../../helpers/ink-screen.js';

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

/** Mounts the UI at a fixed 80×24. */
const mount = (session: ReturnType<typeof diffTuiSession>) =>
  mountInk(<DiffTuiApp model={session.model} theme={makeTheme(false)} width={80} height={24} onReview={session.onReview} onUndo={session.onUndo} onCheck={session.onCheck} />);

/** The selected pair's place in the list, as the footer prints it (k/N). */
const position = (frame: string) => Number(/ (\d+)\/\d+\s*$/.exec(frame)?.[1]);

describe('diff UI in ink', () => {
  it('draws 23 rows, moves on j, opens help on ?, and splits "jjj" typed in one burst into three moves', async () => {
    const session = diffTuiSession(diffPair('hangzhou-2024-draft', 'hangzhou-2024'));
    const { frame, type, shows, unmount } = mount(session);
    const first = frame();
    expect(first.split('\n')).toHaveLength(23);
    expect(first).toContain('hangzhou-2024-draft · 杭州市 · 征求意见稿');
    expect(first).toMatch(/1\/\d+\s*$/);
    await type('j');
    await shows(/ 2\/\d+\s*$/);
    await type('jjj');
    await shows(/ 5\/\d+\s*$/);
    await type('?');
    await shows('Keys');
    await type('x'); // any key closes help, and is not taken as a decision
    const back = await shows((f) => !f.includes('Keys'));
    expect(position(back)).toBe(5);
    expect(back).not.toContain('saving');
    unmount();
  });

  it('keys typed in one burst with esc are each taken: "?", esc, "j" read as one chunk closes help and moves', async () => {
    const session = diffTuiSession(diffPair('hangzhou-2024-draft', 'hangzhou-2024'));
    const { type, shows, unmount } = mount(session);
    await type('?');
    await shows('Keys');
    // A busy machine reads esc and the next key in one chunk; the terminal parser calls that Alt+j.
    await type('\u001bj');
    const f = await shows((s) => !s.includes('Keys') && position(s) === 2);
    expect(f).not.toContain('Keys');
    unmount();
  });

  it('c confirms and saves, u undoes it (the link automatic again), x rejects, l relinks by hand, all in alignments/', async () => {
    const session = diffTuiSession(diffPair('hangzhou-2024', 'jiande-2024'));
    const file = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json');
    expect(fs.existsSync(file)).toBe(false);
    const { frame, type, shows, unmount } = mount(session);
    // Down to (三)↔3., an automatic link: the text pane's heading names it.
    for (let i = 0; i < 10 && !frame().includes('│~ （三）'); i++) {
      const at = position(frame());
      await type('j');
      await shows((f) => position(f) === at + 1);
    }
    expect(frame()).toContain('│~ （三）');
    const reading = () => AlignmentFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    await type('c');
    await shows('confirmed c3 ↔ c3 · saved');
    expect(reading().links.find((l) => l.base.includes('c3'))?.status).toBe('confirmed');
    await type('u');
    await shows('undone');
    // Undo is the inverse decision, saved like any other: the link is the aligner's again, and nothing else was touched.
    expect(reading().links.find((l) => l.base.includes('c3'))?.status).toBe('auto');
    expect(reading().links.every((l) => l.status === 'auto')).toBe(true);
    await type('x');
    await shows('rejected c3 ↔ c3 · saved');
    expect(reading().links.find((l) => l.base.includes('c3'))?.status).toBe('rejected');
    expect(reading().baseOnly).toContain('c3');
    // The rejected clause is now only in base; relink it with 3. by hand, typed in one go.
    await shows('│- （三）向上争取资金支援  ↔  —');
    await type('l', '/', '3.', '\r', '\r');
    await shows('linked c3 ↔ c3 · saved');
    const manual = reading().links.find((l) => l.status === 'manual');
    expect(manual).toMatchObject({ base: ['c3'], other: ['c3'] });
    expect(fs.existsSync(`${file}.bak`)).toBe(true);
    // Undo goes back one decision at a time: the rejection is in force again.
    await type('u');
    await shows('undone');
    expect(reading().links.find((l) => l.base.includes('c3'))?.status).toBe('rejected');
    unmount();
  });

  it('u undoes only the UI\'s own decision: one saved meanwhile by policydiff review is kept', async () => {
    const session = diffTuiSession(diffPair('hangzhou-2024', 'jiande-2024'));
    const file = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json');
    fs.rmSync(file, { force: true });
    const { frame, type, shows, unmount } = mount(session);
    const reading = () => AlignmentFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    await type('c');
    const saved = await shows(/confirmed (\S+) ↔ (\S+) · saved/);
    const [, b] = /confirmed (\S+) ↔ (\S+) · saved/.exec(saved)!;
    // Another reviewer, meanwhile, in another process: rejects c12.
    const other = diffTuiSession(diffPair('hangzhou-2024', 'jiande-2024'));
    other.onReview({ kind: 'reject', base: 'c12' });
    expect(reading().links.find((l) => l.base.includes('c12'))?.status).toBe('rejected');
    await type('u');
    await shows('undone');
    expect(reading().links.find((l) => l.base.includes(b!))?.status).toBe('auto');
    expect(reading().links.find((l) => l.base.includes('c12'))?.status).toBe('rejected');
    expect(frame()).toContain('undone');
    unmount();
  });

  it('undo after a link that trimmed an earlier one puts the earlier one back whole, and nothing twice', () => {
    const file = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json');
    fs.rmSync(file, { force: true });
    const session = diffTuiSession(diffPair('hangzhou-2024', 'jiande-2024'));
    session.onReview({ kind: 'link', base: ['c1', 'c2'], other: ['c1'] });
    session.onReview({ kind: 'link', base: ['c2'], other: ['c5'] });
    const decided = () => AlignmentFile.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).links.filter((l) => l.status !== 'auto').map((l) => `${l.base.join('+')}↔${l.other.join('+')}:${l.status}`);
    expect(decided()).toEqual(expect.arrayContaining(['c1↔c1:manual', 'c2↔c5:manual']));
    session.onUndo();
    expect(decided()).toEqual(['c1+c2↔c1:manual']);
  });

  it('undo of a rejection puts the confirmed link back with the note it was made with; a new decision carries no old note', () => {
    const file = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json');
    fs.rmSync(file, { force: true });
    const session = diffTuiSession(diffPair('hangzhou-2024', 'jiande-2024'));
    session.onReview({ kind: 'confirm', base: 'c12' });
    // The reviewer's note, written in the file by hand (as the shipped file's 'checked against the gold' notes are).
    const onFile = AlignmentFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    onFile.links = onFile.links.map((l) => (l.base.includes('c12') ? { ...l, note: 'checked against the statute book' } : l));
    fs.writeFileSync(file, JSON.stringify(onFile, null, 2));
    const reread = diffTuiSession(diffPair('hangzhou-2024', 'jiande-2024'));
    const link = () => AlignmentFile.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).links.find((l) => l.base.includes('c12'))!;
    reread.onReview({ kind: 'reject', base: 'c12' });
    expect(link()).toMatchObject({ status: 'rejected' });
    expect(link().note).toBeUndefined();
    reread.onUndo();
    expect(link()).toMatchObject({ status: 'confirmed', note: 'checked against the statute book' });
  });

  it('t opens the check view of the other document, T of the base; esc comes back to the diff where it was; no key typed right after is lost', async () => {
    const session = diffTuiSession(diffPair('hangzhou-2024', 'haining-2024-draft'));
    const { frame, type, shows, unmount } = mount(session);
    await type('jj');
    const before = await shows(/ 3\/\d+\s*$/);
    // j typed right after t, before the check view has been drawn: the check view takes it.
    await type('t', 'j');
    const check = await shows(' 4/175');
    expect(check).toContain('check haining-2024-draft');
    await type('k');
    const opened = await shows(' 3/175');
    expect(opened).toContain('全年固定资产投资增长');
    expect(opened).toMatch(/10%\s+6%以上/);
    await type('\u001b');
    expect(await shows('hangzhou-2024 · 杭州市 · 正式文件')).toBe(before);
    // esc and then k right after it, read apart: the diff takes the k.
    await type('t');
    await shows(' 3/175');
    await type('\u001b', 'k');
    const moved = await shows((f) => f.includes('hangzhou-2024 · 杭州市 · 正式文件') && position(f) === 2);
    expect(moved).not.toContain('check haining-2024-draft');
    await type('T');
    await shows('hangzhou-2024: no attachment tables to check');
    expect(frame()).toContain('base  hangzhou-2024');
    unmount();
  });
});
