// Runs a read-modify-write of one file under a lock file (<file>.lock, created exclusively), so two processes never lose each other's writes.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { ensureDir } from './ensure-dir.js';
import { processIsAlive } from './process-is-alive.js';

const WAIT_MS = 10_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Holds `<file>.lock` while `work` runs. A lock left by a process that no longer exists (killed
 * mid-write, Ctrl-C) is taken over; a live holder is waited for, up to 10 s, then the user is told.
 */
export function withFileLock<T>(file: string, work: () => T): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      ensureDir(path.dirname(file));
      const fd = fs.openSync(lock, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new InputError(`${file}: cannot write (${code ?? (err as Error).message}); check that ${path.dirname(file)} is writable`);
      // Something that is not a lock file stands where the lock goes (a folder, a device): never removed, the user is told.
      if (!isPlainFile(lock)) throw new InputError(`${file}: cannot lock it: ${lock} is not a lock file (a folder or other entry stands there); move it away`);
      if (holderIsGone(lock)) {
        takeOver(lock);
        continue;
      }
      if (Date.now() > deadline) {
        throw new InputError(`${file}: another policydiff (pid ${readHolder(lock) ?? '?'}) is writing this file; try again when it is done, or delete ${lock} if no other policydiff is running`);
      }
      Atomics.wait(sleeper, 0, 0, 25);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/**
 * Removes a lock whose holder is gone, under a second lock (<lock>.takeover): two processes that both found it stale must not
 * both remove it, or the second would remove the lock the first has just made. Under the guard the lock is checked again.
 */
export function takeOver(lock: string): void {
  const guard = `${lock}.takeover`;
  try {
    fs.closeSync(fs.openSync(guard, 'wx'));
  } catch {
    // Another process is taking over; a guard left by one that died during it is stale after a few seconds.
    try {
      if (Date.now() - fs.statSync(guard).mtimeMs > 5_000) fs.rmSync(guard, { force: true });
    } catch {
      // gone meanwhile
    }
    Atomics.wait(sleeper, 0, 0, 10);
    return;
  }
  try {
    if (holderIsGone(lock)) fs.rmSync(lock, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function isPlainFile(p: string): boolean {
  try {
    return fs.lstatSync(p).isFile();
  } catch {
    return true; // gone meanwhile: the next try makes it
  }
}

function readHolder(lock: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lock, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function holderIsGone(lock: string): boolean {
  const pid = readHolder(lock);
  if (pid === null) {
    // Being written this instant, or left empty by a crash: gone if it is more than a few seconds old.
    try {
      return Date.now() - fs.statSync(lock).mtimeMs > 5_000;
    } catch {
      return true;
    }
  }
  if (pid === process.pid) return false;
  return !processIsAlive(pid);
}
