// Global setup of the test run: every temporary file a test (or a CLI it spawns) makes goes in one folder, removed at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-test-run-'));
  // os.tmpdir() reads TMPDIR; the test workers and the processes they spawn inherit it.
  process.env.TMPDIR = root;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
