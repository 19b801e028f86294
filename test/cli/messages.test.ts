// The small things users meet: one prefix on errors, "did you mean" for a mistyped id, the same options on every command, and no file written in a format it cannot hold.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve('dist/bundle/main.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 2 ** 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-messages-'));

describe('messages and options', () => {
  it('a usage error has one prefix: policydiff diff: …', () => {
    const r = run('diff', 'hangzhou-2024', 'jiande-2024', '--numbers');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('policydiff diff: --numbers goes with --format csv (one row per figure)');
  });

  it('a mistyped corpus id gets "did you mean"', () => {
    const r = run('parse', 'jiande');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean jiande-2024\?/);
  });

  it('diff --csv is --format csv, as on families', () => {
    const r = run('diff', 'hangzhou-2024', 'jiande-2024', '--csv');
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('\ufeff')).toBe(true);
    expect(r.stdout.split('\r\n')[0]).toContain(',');
  });

  it('-o out.pdf, a format the file name contradicts, or a Word file without a name is refused and nothing is written', () => {
    for (const [args, message] of [
      [['-o', path.join(dir, 'out.pdf')], /cannot write a \.pdf file/],
      [['--format', 'html', '-o', path.join(dir, 'out.csv')], /--format html does not go in a \.csv file/],
      [['--format', 'docx', '-o', path.join(dir, 'out.html')], /--format docx does not go in a \.html file/],
      [['--format', 'docx'], /--format docx writes a Word file: name it with -o/],
    ] as const) {
      const r = run('diff', 'hangzhou-2024', 'jiande-2024', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('-o out.docx writes a Word file (a zip with word/document.xml), not text under a wrong name', () => {
    const file = path.join(dir, '对照表.docx');
    const r = run('diff', 'hangzhou-2024-draft', 'hangzhou-2024', '-o', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`wrote ${file}`);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    fs.rmSync(file);
  });
});
