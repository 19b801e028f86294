// Taking over a lock left by a dead process: checked again under a guard, so a lock another process has just made is never removed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeOver, withFileLock } from '../../src/store/with-file-lock.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-lock-'));

describe('file locks', () => {
  it('a stale lock (its process gone) is taken over', () => {
    const lock = path.join(dir, 'a.json.lock');
    fs.writeFileSync(lock, '2147483646\n');
    takeOver(lock);
    expect(fs.existsSync(lock)).toBe(false);
    expect(fs.existsSync(`${lock}.takeover`)).toBe(false);
  });

  it('a lock found stale, but made anew by a live process before the takeover, is left alone', async () => {
    // What the second of two processes that both saw the stale lock meets: the first has already replaced it.
    const lock = path.join(dir, 'b.json.lock');
    const live = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(lock, `${live.pid}\n`);
      takeOver(lock);
      expect(fs.readFileSync(lock, 'utf8')).toBe(`${live.pid}\n`);
    } finally {
      live.kill();
    }
  });

  it('while another process holds the takeover guard, nothing is removed', () => {
    const lock = path.join(dir, 'c.json.lock');
    fs.writeFileSync(lock, '2147483646\n');
    fs.writeFileSync(`${lock}.takeover`, '');
    takeOver(lock);
    expect(fs.existsSync(lock)).toBe(true);
    fs.rmSync(`${lock}.takeover`);
    expect(withFileLock(path.join(dir, 'c.json'), () => 'done')).toBe('done');
    expect(fs.existsSync(lock)).toBe(false);
  });
});
