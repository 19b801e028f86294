// Makes a folder and the folders above it that are missing, one level at a time (Node's recursive mkdir never returns on some paths, /proc/… among them).
import fs from 'node:fs';
import path from 'node:path';

export function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(d);
    } catch {
      stat = null;
    }
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`${d}: not a folder`), { code: 'ENOTDIR' });
      break;
    }
    if (path.dirname(d) === d) break;
    missing.push(d);
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}
