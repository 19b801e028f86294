// Writes a file atomically: a temporary file beside it, written whole and flushed, then renamed over the target (keeping its mode).
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` to `file` so that a reader sees the old content or the new, never a part. The temporary file is created exclusively
 * (never through a link someone left there), every byte is written (a short write on a full disk fails before the rename) and
 * flushed; the target keeps its permissions. An existing target that is not a regular file (/dev/null, a pipe) is written
 * directly, never replaced by a file; a symbolic link is replaced by the file, never written through.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let existing: fs.Stats | null = null;
  try {
    existing = fs.lstatSync(file);
  } catch {
    existing = null;
  }
  if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
    fs.writeFileSync(file, bytes);
    return;
  }
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'wx', existing?.isFile() ? existing.mode & 0o7777 : 0o666);
  try {
    for (let done = 0; done < bytes.length; ) {
      const n = fs.writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) throw new Error(`${file}: the disk took none of the remaining ${bytes.length - done} bytes`);
      done += n;
    }
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
