// Reviewed alignment files: decisions survive re-runs, broken files are named and never overwritten, writes keep a backup.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AlignmentFile } from '../../src/model/alignment.js';

const BIN = path.resolve('dist/bundle/main.js');

function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-align-'));
  fs.cpSync('corpora', path.join(root, 'corpora'), { recursive: true });
  return root;
}

const run = (root: string, args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', POLICYDIFF_ROOT: root }, maxBuffer: 64 * 2 ** 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('alignment files', () => {
  it('align --write saves the file; review decisions survive a re-run of align --write', () => {
    const root = tempRoot();
    const file = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json');
    expect(run(root, ['align', 'hangzhou-2024', 'jiande-2024', '--write']).code).toBe(1);
    const first = AlignmentFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(first.links.every((l) => l.status === 'auto')).toBe(true);
    expect(run(root, ['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c7']).code).toBe(0);
    expect(run(root, ['review', 'hangzhou-2024', 'jiande-2024', 'reject', 'c12']).code).toBe(0);
    expect(run(root, ['review', 'hangzhou-2024', 'jiande-2024', 'link', 'c10', 'c10']).code).toBe(0);
    expect(run(root, ['align', 'hangzhou-2024', 'jiande-2024', '--write']).code).toBe(1);
    const after = AlignmentFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    const status = (b: string) => after.links.filter((l) => l.base.includes(b)).map((l) => l.status);
    expect(status('c7')).toEqual(['confirmed']);
    expect(status('c12')).toContain('rejected');
    expect(after.links.find((l) => l.status === 'manual')).toMatchObject({ base: ['c10'], other: ['c10'] });
    expect(after.baseOnly).not.toContain('c10');
    expect(fs.existsSync(`${file}.bak`)).toBe(true);
    const json = JSON.parse(run(root, ['align', 'hangzhou-2024', 'jiande-2024', '--json']).stdout);
    expect(json.links.find((l: { base: string[] }) => l.base.includes('c7')).status).toBe('confirmed');
  });

  it('a hand-broken file gives an error naming the file and place, and is left as it was', () => {
    const root = tempRoot();
    const file = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json');
    run(root, ['align', 'hangzhou-2024', 'jiande-2024', '--write']);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.links[3].status = 'maybe';
    const broken = JSON.stringify(json);
    fs.writeFileSync(file, broken);
    const r = run(root, ['align', 'hangzhou-2024', 'jiande-2024', '--write']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hangzhou-2024__jiande-2024.json');
    expect(r.stderr).toContain('links[3].status');
    expect(fs.readFileSync(file, 'utf8')).toBe(broken);
    fs.writeFileSync(file, '{"base": ');
    expect(run(root, ['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c1']).stderr).toMatch(/not valid JSON/);
  });

  it('unknown ids and actions are usage errors', () => {
    const root = tempRoot();
    expect(run(root, ['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c999']).stderr).toMatch(/no base unit "c999"/);
    expect(run(root, ['review', 'hangzhou-2024', 'jiande-2024', 'approve', 'c1']).code).toBe(2);
  });
});
