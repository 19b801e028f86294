// Writes a file atomically: a temporary file beside it, written whole (and flushed, unless a cache asks not to), then renamed over the target (keeping its mode).
import fs from 'node:fs';
import { shortFileName } from './short-file-name.js';
import path from 'node:path';
import { InputError } from '../errors.js';
import { processIsAlive } from './process-is-alive.js';

/**
 * Writes `data` to `file` so that a reader sees the old content or the new, never a part. The temporary file is created exclusively
 * (never through a link someone left there), every byte is written (a short write on a full disk fails before the rename) and
 * flushed; the target keeps its permissions. An existing target that is not a regular file (/dev/null, a pipe) is written
 * directly, never replaced by a file; a symbolic link is replaced by the file, never written through.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  const { flush = true, sweep = true } = opts;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let existing: fs.Stats | null = null;
  try {
    existing = fs.lstatSync(file);
  } catch {
    existing = null;
  }
  if (existing?.isDirectory()) throw new InputError(`cannot write ${file}: it is a folder; give a file name`);
  if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
    try {
      fs.writeFileSync(file, bytes);
    } catch (err) {
      throw cannotWrite(file, path.dirname(file), err as NodeJS.ErrnoException);
    }
    return;
  }
  const dir = path.dirname(file);
  if (sweep) removeLeftovers(dir, sweep === 'folder' ? null : path.basename(file));
  const tmp = path.join(dir, `.${tempStem(path.basename(file))}.${process.pid}.${Date.now()}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'wx', existing?.isFile() ? existing.mode & 0o7777 : 0o666);
  } catch (err) {
    throw cannotWrite(file, dir, err as NodeJS.ErrnoException);
  }
  try {
    for (let done = 0; done < bytes.length; ) {
      const n = fs.writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) throw new Error(`${file}: the disk took none of the remaining ${bytes.length - done} bytes`);
      done += n;
    }
    if (flush) fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw cannotWrite(file, dir, err as NodeJS.ErrnoException);
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

export interface AtomicWriteOptions {
  /** Flush the bytes to disk before the rename (default). A cache entry need not be: one lost in a crash is computed again. */
  flush?: boolean;
  /**
   * Remove temporary files a dead process left beside the target (default), or in the whole folder (`'folder'`: a cache writes one
   * folder of thousands of entries, swept once, not listed on every write), or none.
   */
  sweep?: boolean | 'folder';
}

/** Why a file cannot be written, in one line naming the path: the folder is missing, is a file, or may not be written. */
function cannotWrite(file: string, dir: string, err: NodeJS.ErrnoException): Error {
  switch (err.code) {
    case 'ENOENT':
      return new InputError(`cannot write ${file}: the folder ${dir} does not exist`);
    case 'ENOTDIR':
      return new InputError(`cannot write ${file}: ${dir} is not a folder`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new InputError(`cannot write ${file}: the folder ${dir} may not be written (${err.code})`);
    case 'ENOSPC':
      return new InputError(`cannot write ${file}: the disk is full`);
    default:
      return err;
  }
}

/** Temporary files a killed writer left beside `base` (.base.<pid>.<time>.tmp of a process no longer running): removed. */
function removeLeftovers(dir: string, base: string | null): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  // Beside one target, or any temporary file of ours in the folder (.<name>.<pid>.<ms>.tmp).
  const prefix = base === null ? null : `.${tempStem(base)}.`;
  for (const name of names) {
    if (!name.startsWith(prefix ?? '.') || !name.endsWith('.tmp')) continue;
    const rest = prefix ? name.slice(prefix.length) : name;
    const pid = Number(/(?:^|\.)(\d+)\.\d+\.tmp$/.exec(rest)?.[1]);
    if (!pid || pid === process.pid || processIsAlive(pid)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** The name a temporary file beside `base` starts with: the temporary name adds some 30 bytes to it. */
const tempStem = (base: string) => shortFileName(base, 180, 100);
