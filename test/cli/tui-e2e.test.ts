// End to end in a real pseudo-terminal (tmux): the binary opens the diff UI at 80×24, answers keys, saves a decision and gives the screen back on q; check opens its view.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('dist/bundle/main.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `policydiff-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

const screen = (session = 'ui') => tmux('capture-pane', '-p', '-t', session);

/** Runs `policydiff <args>` in a fresh tmux session of 80×24, in a copy of the corpus; the shell's screen says SHELL-SCREEN, the exit EXIT=n. */
function start(session: string, args: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-pty-'));
  fs.cpSync('corpora', path.join(root, 'corpora'), { recursive: true });
  const cmd = `cd ${JSON.stringify(root)} && echo SHELL-SCREEN && env POLICYDIFF_ROOT=${JSON.stringify(root)} TERM=xterm-256color ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args}; echo EXIT=$?; sleep 30`;
  tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', cmd);
  return root;
}

/** Waits until the terminal shows what is expected; the bound is for a busy machine, the wait is on the screen. */
async function waitFor(text: string | RegExp | ((screen: string) => boolean), ms = 45_000, session = 'ui'): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = screen(session);
    if (typeof text === 'string' ? last.includes(text) : text instanceof RegExp ? text.test(last) : text(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the terminal never showed ${String(text)}; it shows:\n${last}`);
}

describe.skipIf(!hasTmux)('policydiff diff in a terminal', () => {
  it('opens the UI at 80×24, moves, filters, confirms a link into alignments/, and q restores the shell screen', async () => {
    const root = start('ui', 'diff hangzhou-2024-draft hangzhou-2024');
    const first = await waitFor('filter changed');
    const rows = first.split('\n');
    expect(rows[0]).toContain('hangzhou-2024-draft · 杭州市 · 征求意见稿');
    expect(first).not.toContain('SHELL-SCREEN'); // the alternate screen
    expect(first).toMatch(/ 1\/\d+/);
    tmux('send-keys', '-t', 'ui', 'j');
    await waitFor(/ 2\/\d+/);
    tmux('send-keys', '-t', 'ui', 'f');
    await waitFor('filter numeric');
    tmux('send-keys', '-t', 'ui', '?');
    await waitFor('Keys');
    // esc closes the help; c typed right after it (read in one chunk on a busy machine) is still taken.
    tmux('send-keys', '-t', 'ui', 'Escape');
    tmux('send-keys', '-t', 'ui', 'c');
    const saved = await waitFor(/confirmed \S+ ↔ \S+ · saved/);
    const ids = /confirmed (\S+) ↔ (\S+) · saved/.exec(saved)!;
    const file = path.join(root, 'alignments', 'hangzhou-2024-draft__hangzhou-2024.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { links: Array<{ base: string[]; other: string[]; status: string }> };
    expect(json.links.find((l) => l.base.join('+') === ids[1] && l.other.join('+') === ids[2])?.status).toBe('confirmed');
    tmux('send-keys', '-t', 'ui', 'q');
    const after = await waitFor('EXIT=0');
    expect(after).toContain('SHELL-SCREEN');
    expect(after).not.toContain('filter numeric');
  });

  it('check opens the view of one document on the row that disagrees; f filters, ? shows the keys, q gives the shell back', async () => {
    start('check', 'check haining-2024-draft');
    const until = (text: string) => waitFor(text, 45_000, 'check');
    // The first row that disagrees: the table's 6%以上 investment growth against the section intro's 10%.
    const first = await until('t1.r3 · line 237');
    expect(first.split('\n')[0]).toContain('check haining-2024-draft · 海宁市 · 征求意见稿');
    expect(first).toMatch(/全年固定资产投资增长/);
    expect(first).not.toContain('SHELL-SCREEN');
    tmux('send-keys', '-t', 'check', 'f');
    await until('filter disagrees 1/2');
    tmux('send-keys', '-t', 'check', '?');
    await until('Marks:');
    tmux('send-keys', '-t', 'check', 'q');
    expect(await until('EXIT=0')).toContain('SHELL-SCREEN');
  });
});
