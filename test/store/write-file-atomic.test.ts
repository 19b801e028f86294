// Writing files the tool owns: whole or not at all, the target's mode kept, a link replaced and never written through, a device never replaced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/store/write-file-atomic.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-write-'));

describe('writeFileAtomic', () => {
  it('keeps the mode of the file it replaces', () => {
    const file = path.join(dir, 'private.json');
    fs.writeFileSync(file, 'old', { mode: 0o600 });
    fs.chmodSync(file, 0o600);
    writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('replaces a symbolic link with the file, leaving what it pointed at untouched', () => {
    const victim = path.join(dir, 'victim.txt');
    const link = path.join(dir, 'alignment.json.bak');
    fs.writeFileSync(victim, 'precious');
    fs.symlinkSync(victim, link);
    writeFileAtomic(link, 'backup');
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(link, 'utf8')).toBe('backup');
  });

  it('writes into an existing device instead of replacing it (-o /dev/null)', () => {
    writeFileAtomic('/dev/null', 'discarded');
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('leaves no temporary file behind', () => {
    writeFileAtomic(path.join(dir, 'clean.txt'), 'x'.repeat(100_000));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('sweeps a dead writer’s temporary file beside the target, unless told not to (a cache folder of thousands of entries)', () => {
    const target = path.join(dir, 'swept.json');
    // A pid no process has: the temporary file of a writer that died.
    const dead = path.join(dir, `.swept.json.999999999.${Date.now()}.tmp`);
    fs.writeFileSync(dead, 'half');
    writeFileAtomic(target, 'a', { sweep: false, flush: false });
    expect(fs.existsSync(dead)).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('a');
    writeFileAtomic(target, 'b');
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.readFileSync(target, 'utf8')).toBe('b');
    // A cache sweeps its whole folder once: a dead writer's file beside another entry goes too.
    const other = path.join(dir, `.other-entry.json.999999999.${Date.now()}.tmp`);
    fs.writeFileSync(other, 'half');
    writeFileAtomic(target, 'c', { flush: false, sweep: 'folder' });
    expect(fs.existsSync(other)).toBe(false);
  });
});
