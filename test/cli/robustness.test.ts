// Bad and awkward inputs, damaged alignment files and concurrent or interrupted writers: a clear message and exit code, and no reviewed decision lost.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AlignmentFile } from '../../src/model/alignment.js';
import { ParsedDocument } from '../../src/model/parsed-document.js';

const BIN = path.resolve('dist/bundle/main.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-robust-'));

function run(args: string[], root?: string) {
  const env = { ...process.env, NO_COLOR: '1', ...(root ? { POLICYDIFF_ROOT: root } : {}) };
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, maxBuffer: 64 * 2 ** 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, data: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-robust-root-'));
  fs.cpSync('corpora', path.join(root, 'corpora'), { recursive: true });
  return root;
}

const HEAD = '某市推动经济高质量发展若干政策\n一、扩大有效投资政策\n';
const clause = (label: string, body = '加大财政支持力度。对符合条件的项目给予最高150万元奖励。') => `${label}${body}\n`;

/** One line on stderr, naming the file, no stack trace. */
function expectOneLine(stderr: string, file: string | RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(typeof file === 'string' ? new RegExp(file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : file);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('bad input files', () => {
  const refused: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => write('empty.txt', ''), /the file is empty/],
    ['a file of spaces and line ends only', () => write('blank.txt', '  \n\t\n\u3000\n'), /the file is empty/],
    ['binary data', () => write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0, 1, 2, 3])), /binary file/],
    ['a 50 MB file', () => write('huge.txt', Buffer.alloc(50 * 2 ** 20, '政策支持。\n')), /50 MB is far beyond a policy document/],
    ['a folder', () => dir, /is a directory/],
    ['a missing file', () => path.join(dir, 'missing.txt'), /no such file/],
    ['a device that never ends (/dev/zero)', () => '/dev/zero', /not a regular file/],
    ['a pipe (FIFO)', () => {
      const fifo = path.join(dir, 'pipe.txt');
      if (!fs.existsSync(fifo)) spawnSync('mkfifo', [fifo]);
      return fifo;
    }, /not a regular file/],
    ['a symbolic link that points at itself', () => {
      const loop = path.join(dir, 'loop.txt');
      fs.rmSync(loop, { force: true });
      fs.symlinkSync(loop, loop);
      return loop;
    }, /points back at itself/],
    ['an old .doc named .docx', () => write('old.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), /old binary \.doc/],
  ];
  for (const [what, make, message] of refused) {
    it(`${what}: exit 2 and one line naming the file`, () => {
      const file = make();
      for (const args of [['parse', file], ['diff', 'hangzhou-2024', file, '--json']]) {
        const r = run(args);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expectOneLine(r.stderr, path.basename(file));
        expect(r.stderr).toMatch(message);
      }
    });
  }

  const read: Array<[string, string, (d: ParsedDocument) => void]> = [
    // The section numbered, its items not: each paragraph is an item (c<section>.<n>), so all of the text is compared.
    ['no numbered items under a section', `${HEAD}加大财政支持力度，对符合条件的项目给予最高150万元奖励。\n强化用能要素保障。\n`, (d) => {
      expect(d.clauses.map((c) => c.id)).toEqual(['c1.1', 'c1.2']);
      expect(d.clauses[0]!.facts[0]).toMatchObject({ value: 1_500_000 });
    }],
    // Nothing numbered at all: each paragraph is a unit, and the reader is told.
    ['no numbering at all', '某市推动经济高质量发展若干政策\n加大财政支持力度，对符合条件的项目给予最高150万元奖励。\n强化用能要素保障。\n', (d) => {
      expect(d.clauses.map((c) => c.id)).toEqual(['p1', 'p2']);
      expect(d.clauses[0]!.facts[0]).toMatchObject({ value: 1_500_000 });
      expect(d.warnings.map((w) => w.message).join('\n')).toMatch(/compared paragraph by paragraph/);
    }],
    ['gaps and duplicates in the numbering', HEAD + ['（一）', '（二）', '（四）', '（四）', '（七）'].map((l) => clause(l)).join(''), (d) => {
      expect(d.clauses.map((c) => c.label)).toEqual(['（一）', '（二）', '（四）', '（四）', '（七）']);
      expect(new Set(d.clauses.map((c) => c.id)).size).toBe(5);
    }],
    ['unbalanced brackets', HEAD + clause('（一）', '加大支持力度（对符合条件的项目给予最高150万元奖励。') + clause('（二）', '强化保障）》】。'), (d) => {
      expect(d.clauses).toHaveLength(2);
      expect(d.clauses[0]!.facts[0]).toMatchObject({ value: 1_500_000 });
    }],
    ['mixed scripts', HEAD + clause('（一）', '加大財政支援力度。對符合條件的項目給予最高150萬元獎勵。') + clause('（二）'), (d) => {
      expect(d.clauses).toHaveLength(2);
      expect(d.clauses.every((c) => c.facts[0]?.value === 1_500_000)).toBe(true);
    }],
    ['CRLF line ends', (HEAD + clause('（一）') + clause('（二）')).replace(/\n/g, '\r\n'), (d) => {
      expect(d.clauses.map((c) => c.id)).toEqual(['c1', 'c2']);
      expect(d.clauses[1]!.text).not.toMatch(/\r/);
    }],
    ['only tables', '附件1\n序号\t政策内容\t实施期限\n1\t给予最高150万元奖励\t2024年\n2\t强化用能要素保障\t2024年\n', (d) => {
      expect(d.clauses).toHaveLength(0);
      expect(d.attachments[0]!.rows.length).toBeGreaterThanOrEqual(2);
    }],
  ];
  for (const [what, text, check] of read) {
    it(`${what}: read, and compared with the city policy, exit 0 or 1`, () => {
      const file = write(`${what.replace(/\W+/g, '-')}.txt`, text);
      const parsed = run(['parse', file, '--json']);
      expect(parsed.code, parsed.stderr).toBe(0);
      check(ParsedDocument.parse(JSON.parse(parsed.stdout)));
      const diff = run(['diff', 'hangzhou-2024', file, '--json']);
      expect([0, 1]).toContain(diff.code);
      // What the parse warned of is said on stderr and in the JSON, a weak outline first; otherwise stderr stays empty.
      const warnings = ParsedDocument.parse(JSON.parse(parsed.stdout)).warnings;
      const weak = warnings.filter((w) => w.kind === 'outline');
      const json = JSON.parse(diff.stdout);
      expect(json.warnings.map((w: { message: string }) => w.message)).toEqual([...weak, ...warnings.filter((w) => w.kind !== 'outline').sort((a, b) => a.line - b.line)].map((w) => w.message));
      if (warnings.length === weak.length && weak.length) expectOneLine(diff.stderr, path.basename(file));
      else if (!warnings.length) expect(diff.stderr).toBe('');
      else for (const line of diff.stderr.trim().split('\n')) expect(line).toMatch(new RegExp(`^policydiff: warning: .*${path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(json.pairs.length).toBeGreaterThan(0);
    });
  }
});

describe('the cache', () => {
  const diffWith = (cache: string) => {
    const env = { ...process.env, NO_COLOR: '1', POLICYDIFF_CACHE: cache };
    const r = spawnSync(process.execPath, [BIN, 'diff', 'hangzhou-2024', 'jiande-2024', '--json'], { encoding: 'utf8', env, maxBuffer: 64 * 2 ** 20, timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('entries emptied, nulled or swapped are computed again: the answer stays right', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-cache-'));
    const first = diffWith(cache);
    expect(first.code).toBe(1);
    const entries = (kind: string) => fs.readdirSync(path.join(cache, kind)).map((f) => path.join(cache, kind, f));
    // Two documents' entries swapped: each file now holds the other's result.
    const [a, b] = entries('documents');
    const [ta, tb] = [fs.readFileSync(a!), fs.readFileSync(b!)];
    fs.writeFileSync(a!, tb);
    fs.writeFileSync(b!, ta);
    const bad = ['null', '{}', '[]'];
    entries('alignments').forEach((f, k) => fs.writeFileSync(f, bad[k % 3]!));
    entries('diffs').forEach((f, k) => fs.writeFileSync(f, bad[(k + 1) % 3]!));
    entries('segments').forEach((f, k) => fs.writeFileSync(f, k % 2 ? '{}' : JSON.stringify([['加大财政支持力度', '加大\u0001支援']])));
    const again = diffWith(cache);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(1);
    expect(again.stdout).toBe(first.stdout);
  });

  it('a cache folder that cannot be made (/proc/…) is skipped, and the diff still comes', () => {
    const r = diffWith('/proc/policydiff-nonexistent/cache');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).pairs.length).toBeGreaterThan(50);
  });
});

describe('adding documents at the same time', () => {
  it('six concurrent adds: all six registered, no file left unregistered', async () => {
    const root = tempRoot();
    const before = JSON.parse(fs.readFileSync(path.join(root, 'corpora', 'manifest.json'), 'utf8')).documents.length;
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    const files = ids.map((id, k) => write(`county-${id}.txt`, `某县推动经济高质量发展若干政策\n一、扩大有效投资政策\n（一）对符合条件的项目给予最高${k + 1}0万元奖励。\n`));
    const codes = await Promise.all(
      ids.map(
        (id, k) =>
          new Promise<number | null>((resolve) => {
            const args = [BIN, 'add', files[k]!, '--id', `county-${id}`, '--level', 'county', '--name', '某县'];
            const child = spawn(process.execPath, args, { env: { ...process.env, POLICYDIFF_ROOT: root }, stdio: 'ignore' });
            child.on('exit', resolve);
          }),
      ),
    );
    expect(codes).toEqual(ids.map(() => 0));
    const after = JSON.parse(fs.readFileSync(path.join(root, 'corpora', 'manifest.json'), 'utf8')).documents.map((d: { id: string }) => d.id);
    expect(after).toHaveLength(before + 6);
    for (const id of ids) expect(after).toContain(`county-${id}`);
  });
});

describe('a review decision in a file kept in git', () => {
  it('rewrites only the link decided (and updatedAt); a changed decision drops the note of the one before', () => {
    const root = tempRoot();
    fs.cpSync('alignments', path.join(root, 'alignments'), { recursive: true });
    const file = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json');
    const before = JSON.parse(fs.readFileSync(file, 'utf8'));
    const target = before.links.find((l: { status: string; note?: string }) => l.status === 'confirmed' && l.note) ?? before.links.find((l: { status: string }) => l.status === 'auto');
    expect(run(['review', 'hangzhou-2024', 'jiande-2024', 'reject', target.base[0], target.other[0]], root).code).toBe(0);
    const after = JSON.parse(fs.readFileSync(file, 'utf8'));
    const keyOf = (l: { base: string[]; other: string[] }) => `${l.base.join('+')}|${l.other.join('+')}`;
    const changed = after.links.filter((l: object) => !before.links.some((b: object) => JSON.stringify(b) === JSON.stringify(l)));
    expect(changed.map(keyOf)).toEqual([keyOf(target)]);
    expect(changed[0]).toMatchObject({ status: 'rejected' });
    expect(changed[0].note).toBeUndefined();
  });
});

describe('a file named like a corpus document', () => {
  it('does not take that document\'s reviewed alignment, and leaves the file alone', () => {
    const root = tempRoot();
    expect(run(['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c1'], root).code).toBe(0);
    const reviewed = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json');
    const before = fs.readFileSync(reviewed, 'utf8');
    // Another text under the corpus document's name.
    const impostor = write('jiande-2024.txt', fs.readFileSync('corpora/002_c219690aee66b248.txt'));
    const r = run(['diff', 'hangzhou-2024', impostor, '--json'], root);
    expect([0, 1]).toContain(r.code);
    const diff = JSON.parse(r.stdout);
    expect(diff.other).not.toBe('jiande-2024');
    expect(diff.pairs.some((p: { link?: { status: string } }) => p.link?.status === 'confirmed')).toBe(false);
    expect(run(['review', 'hangzhou-2024', impostor, 'confirm', 'c2'], root).code).toBe(0);
    expect(fs.readFileSync(reviewed, 'utf8')).toBe(before);
  });
});

describe('a manifest that points outside corpora/', () => {
  it('is refused in one line, and the file it names is not read', () => {
    const root = tempRoot();
    const manifestFile = path.join(root, 'corpora', 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.documents[0].file = '../../../../../etc/hostname';
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    const r = run(['parse', manifest.documents[0].id], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr, /outside corpora\//);
  });
});

describe('alignment files under stress', () => {
  const FILE = 'hangzhou-2024__jiande-2024.json';
  const fileOf = (root: string) => path.join(root, 'alignments', FILE);
  const statusOf = (root: string, id: string) =>
    AlignmentFile.parse(JSON.parse(fs.readFileSync(fileOf(root), 'utf8'))).links.filter((l) => l.base.includes(id)).map((l) => l.status);

  it('a hand-edited file naming clauses that do not exist: exit 2, the file named, and left as it was', () => {
    const root = tempRoot();
    expect(run(['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c7'], root).code).toBe(0);
    const json = JSON.parse(fs.readFileSync(fileOf(root), 'utf8'));
    json.links.push({ base: ['c999'], other: ['c1'], score: 1, status: 'manual' });
    const edited = `${JSON.stringify(json, null, 2)}\n`;
    fs.writeFileSync(fileOf(root), edited);
    const r = run(['diff', 'hangzhou-2024', 'jiande-2024', '--json'], root);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, FILE);
    expect(r.stderr).toMatch(/c999/);
    expect(fs.readFileSync(fileOf(root), 'utf8')).toBe(edited);
  });

  it('a file made for another pair, or holding duplicated or contradictory links: refused with the place, and left as it was', () => {
    const root = tempRoot();
    expect(run(['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c7'], root).code).toBe(0);
    const original = JSON.parse(fs.readFileSync(fileOf(root), 'utf8'));
    const confirmed = original.links.find((l: { status: string }) => l.status === 'confirmed');
    for (const [edit, message] of [
      [(j: { other: string }) => (j.other = 'quzhou-2024'), /made for hangzhou-2024 ↔ quzhou-2024, not hangzhou-2024 ↔ jiande-2024/],
      [(j: { links: unknown[] }) => j.links.push({ ...confirmed }), /are the same link twice/],
      [(j: { links: unknown[] }) => j.links.push({ ...confirmed, status: 'rejected' }), /one link both confirmed and rejected/],
      [(j: { links: unknown[] }) => j.links.push({ base: confirmed.base, other: ['c1'], score: 1, status: 'manual' }), /both decide the counterpart of base clause/],
      [(j: { links: unknown[] }) => j.links.push({ base: ['c2', 'c2'], other: ['c2'], score: 1, status: 'manual' }), /names a base clause twice/],
    ] as const) {
      const json = structuredClone(original);
      edit(json);
      const edited = `${JSON.stringify(json, null, 2)}\n`;
      fs.writeFileSync(fileOf(root), edited);
      const r = run(['diff', 'hangzhou-2024', 'jiande-2024', '--json'], root);
      expect(r.code, String(message)).toBe(2);
      expectOneLine(r.stderr, message);
      expect(fs.readFileSync(fileOf(root), 'utf8')).toBe(edited);
    }
  });

  it('decisions made on another text of a document are not applied to the new one: the file is named with the side changed, and left', () => {
    const root = tempRoot();
    expect(run(['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c7'], root).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(fileOf(root), 'utf8')).made).toMatchObject({ base: expect.any(String), other: expect.any(String) });
    const saved = fs.readFileSync(fileOf(root), 'utf8');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'corpora', 'manifest.json'), 'utf8')) as { documents: Array<{ id: string; file: string }> };
    const file = path.join(root, 'corpora', manifest.documents.find((d) => d.id === 'jiande-2024')!.file);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('最高', '最高不超过'));
    for (const args of [['diff', 'hangzhou-2024', 'jiande-2024', '--json'], ['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c8']]) {
      const r = run(args, root);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr, /decisions were made on another text of jiande-2024, which has changed since/);
    }
    expect(fs.readFileSync(fileOf(root), 'utf8')).toBe(saved);
  });

  it('alignments/ that cannot be written: exit 2, a clear line, and the reviewed file unchanged', () => {
    const root = tempRoot();
    expect(run(['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c7'], root).code).toBe(0);
    const before = fs.readFileSync(fileOf(root), 'utf8');
    if (process.getuid?.() !== 0) {
      // A read-only folder (root may write anyway, so this part needs an ordinary user).
      fs.chmodSync(path.join(root, 'alignments'), 0o555);
      const r = run(['review', 'hangzhou-2024', 'jiande-2024', 'reject', 'c12'], root);
      fs.chmodSync(path.join(root, 'alignments'), 0o755);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr, /cannot write.*writable/);
      expect(fs.readFileSync(fileOf(root), 'utf8')).toBe(before);
    }
    // alignments/ is a file, not a folder: writing fails for every user.
    const other = tempRoot();
    fs.writeFileSync(path.join(other, 'alignments'), 'not a folder');
    const r = run(['review', 'hangzhou-2024', 'jiande-2024', 'reject', 'c12'], other);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /alignments: is not a folder.*writable alignments\/ folder/);
  });

  it('a lock left by a dead process and eight reviewers deciding at once: every decision is kept', async () => {
    const root = tempRoot();
    expect(run(['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c1'], root).code).toBe(0);
    // A pid that cannot be alive: the lock is stale, and all eight find it so at once.
    fs.writeFileSync(`${fileOf(root)}.lock`, '2147483646\n');
    const ids = ['c3', 'c5', 'c7', 'c9', 'c12', 'c20', 'c25', 'c30'];
    const codes = await Promise.all(
      ids.map(
        (id) =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [BIN, 'review', 'hangzhou-2024', 'jiande-2024', 'confirm', id], { env: { ...process.env, POLICYDIFF_ROOT: root }, stdio: 'ignore' });
            child.on('exit', resolve);
          }),
      ),
    );
    expect(codes).toEqual(ids.map(() => 0));
    for (const id of ['c1', ...ids]) expect(statusOf(root, id), id).toEqual(['confirmed']);
    expect(fs.existsSync(`${fileOf(root)}.lock`)).toBe(false);
  });

  it('two processes deciding at once on the same file: both decisions are kept', async () => {
    const root = tempRoot();
    expect(run(['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c1'], root).code).toBe(0);
    const decide = (args: string[]) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'review', 'hangzhou-2024', 'jiande-2024', ...args], { env: { ...process.env, POLICYDIFF_ROOT: root }, stdio: 'ignore' });
        child.on('exit', resolve);
      });
    const codes = await Promise.all([decide(['confirm', 'c7']), decide(['reject', 'c12']), decide(['confirm', 'c20']), decide(['reject', 'c30'])]);
    expect(codes).toEqual([0, 0, 0, 0]);
    expect(statusOf(root, 'c1')).toEqual(['confirmed']);
    expect(statusOf(root, 'c7')).toEqual(['confirmed']);
    expect(statusOf(root, 'c12')).toContain('rejected');
    expect(statusOf(root, 'c20')).toEqual(['confirmed']);
    expect(statusOf(root, 'c30')).toContain('rejected');
    expect(fs.existsSync(`${fileOf(root)}.lock`)).toBe(false);
  });

  it('Ctrl-C in the middle of a decision: the file is the old one or the new one, never half, and the next decision goes through', async () => {
    const root = tempRoot();
    expect(run(['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c1'], root).code).toBe(0);
    for (const delay of [150, 250, 350, 450]) {
      const child = spawn(process.execPath, [BIN, 'review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c7'], { env: { ...process.env, POLICYDIFF_ROOT: root }, stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGINT');
      await exited;
      expect(statusOf(root, 'c1')).toEqual(['confirmed']);
    }
    // A process killed while holding the lock leaves it behind; the next one takes it over.
    fs.writeFileSync(`${fileOf(root)}.lock`, '999999\n');
    const r = run(['review', 'hangzhou-2024', 'jiande-2024', 'reject', 'c12'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(statusOf(root, 'c1')).toEqual(['confirmed']);
    expect(statusOf(root, 'c12')).toContain('rejected');
    expect(fs.existsSync(`${fileOf(root)}.bak`)).toBe(true);
  });
});

describe('messages', () => {
  const UTF8 = '某市推动经济高质量发展若干政策\n一、扩大有效投资政策\n（一）加大财政支持力度，对符合条件的项目给予最高150万元奖励。\n（二）强化用能要素保障，支持重大项目建设。\n';
  it('a UTF-8 file with a bad byte, or a last character cut off, is read with a warning naming the line', () => {
    const bytes = Buffer.from(UTF8, 'utf8');
    const bad = Buffer.concat([bytes.subarray(0, bytes.indexOf(Buffer.from('强化'))), Buffer.from([0xff]), bytes.subarray(bytes.indexOf(Buffer.from('强化')))]);
    const cut = Buffer.concat([bytes, Buffer.from('奖', 'utf8').subarray(0, 2)]);
    for (const [name, data, line] of [['bad-byte.txt', bad, 4], ['cut-off.txt', cut, 5]] as const) {
      const r = run(['parse', write(name, data), '--json']);
      expect(r.code, name).toBe(0);
      const parsed = ParsedDocument.parse(JSON.parse(r.stdout));
      expect(parsed.clauses.map((c) => c.id)).toEqual(['c1', 'c2']);
      expect(r.stderr).toMatch(new RegExp(`warning: .*${name}:${line}: text here could not be read`));
    }
  });

  it('-o into a missing folder, onto a folder or under a file: exit 2 and one line naming the path', () => {
    const under = write('plain.txt', 'x');
    for (const [target, message] of [
      [path.join(dir, 'no-such-folder', 'out.txt'), /the folder .*no-such-folder does not exist/],
      [dir, /it is a folder/],
      [path.join(under, 'out.txt'), /plain\.txt is not a folder/],
    ] as const) {
      const r = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '-o', target]);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr, message);
    }
  });

  it('a full disk (/dev/full), as -o or as stdout: exit 2 and one line saying so', () => {
    const r = run(['diff', 'hangzhou-2024', 'jiande-2024', '--format', 'html', '-o', '/dev/full']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /cannot write \/dev\/full: the disk is full/);
    const out = fs.openSync('/dev/full', 'w');
    const piped = spawnSync(process.execPath, [BIN, 'diff', 'hangzhou-2024', 'jiande-2024', '--format', 'html'], { encoding: 'utf8', stdio: ['ignore', out, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    fs.closeSync(out);
    expect(piped.status).toBe(2);
    expectOneLine(piped.stderr, /cannot write the output: the disk is full/);
  });

  it('a lock path that is a folder: exit 2, one line naming it, and the folder left alone', () => {
    const root = tempRoot();
    const lock = path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json.lock');
    fs.mkdirSync(lock, { recursive: true });
    const r = run(['review', 'hangzhou-2024', 'jiande-2024', 'confirm', 'c1'], root);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /is not a lock file/);
    expect(fs.statSync(lock).isDirectory()).toBe(true);
  });

  it('a temporary file left by a killed writer is cleaned up on the next write', () => {
    const out = path.join(dir, 'report.txt');
    // The pid of a process that has exited: its temporary file has no writer any more.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const leftover = path.join(dir, `.report.txt.${dead}.1.tmp`);
    fs.writeFileSync(leftover, 'half');
    const r = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '-o', out]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.existsSync(out)).toBe(true);
  });
});

describe('long inputs finish', () => {
  // Bounds loose enough for a busy machine: the defect they catch took minutes.
  it('a 2 MB text: parse (as text) and diff finish; a 6 MB one is refused in one line naming the limit', () => {
    const one = fs.readFileSync('corpora/001_5a13edc39a821a24.txt', 'utf8');
    const big = write('big.txt', one.repeat(Math.ceil((2 * 2 ** 20) / Buffer.byteLength(one))));
    const started = Date.now();
    const env = { ...process.env, NO_COLOR: '1', POLICYDIFF_CACHE: 'off' };
    const parse = spawnSync(process.execPath, [BIN, 'parse', big], { encoding: 'utf8', env, timeout: 120_000, maxBuffer: 64 * 2 ** 20 });
    expect(parse.status).toBe(0);
    const diff = spawnSync(process.execPath, [BIN, 'diff', big, 'hangzhou-2024', '--json'], { encoding: 'utf8', env, timeout: 120_000, maxBuffer: 256 * 2 ** 20 });
    expect(diff.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(240_000);
    const huge = write('huge6.txt', one.repeat(Math.ceil((6 * 2 ** 20) / Buffer.byteLength(one))));
    const r = run(['parse', huge]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /the limit is 5 MB/);
  }, 300_000);
});

describe('deep markup', () => {
  it('10,000 nested <div>s: read in one go, the text kept', () => {
    const n = 10_000;
    const html = write('deep.html', `<html><body>${'<div>'.repeat(n)}<p>一、政策措施</p><p>（一）对符合条件的项目给予最高150万元奖励。</p>${'</div>'.repeat(n)}</body></html>`);
    const r = run(['parse', html, '--json']);
    expect(r.code).toBe(0);
    const parsed = ParsedDocument.parse(JSON.parse(r.stdout));
    expect(JSON.stringify(parsed)).toContain('给予最高150万元奖励');
    expect(r.stderr).not.toMatch(/call stack|internal error/);
  });
});

describe('a Word zip bomb', () => {
  it('a small .docx that would unpack to 50 MB of XML is refused before unpacking, in one line naming the limit', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', `<w:document><w:body>${'<w:p><w:r><w:t>政策</w:t></w:r></w:p>'.repeat(1_400_000)}</w:body></w:document>`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(2 * 2 ** 20);
    const file = write('bomb.docx', bytes);
    const r = run(['parse', file]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /unpacks to more than 40 MB of XML \(the limit/);
  });
});

describe('the Word extractor', () => {
  it('dies with the process that started it (killed mid-extraction, it leaves nothing running)', async () => {
    const zip = new JSZip();
    // About ten seconds of extraction (stored, not compressed, so it is made fast): gone within five means it was killed.
    zip.file('word/document.xml', `<w:document><w:body>${'<w:p><w:r><w:t>政策</w:t></w:r></w:p>'.repeat(800_000)}</w:body></w:document>`);
    const file = write(`slow-${process.pid}.docx`, await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }));
    const child = spawn(process.execPath, [BIN, 'parse', file], { env: { ...process.env, POLICYDIFF_CACHE: 'off' }, stdio: 'ignore' });
    const extractors = () => spawnSync('pgrep', ['-f', `extract-binary-main.js ${file}`], { encoding: 'utf8' }).stdout.trim();
    const until = async (test: () => boolean, ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end && !test(); ) await new Promise((r) => setTimeout(r, 50));
      return test();
    };
    expect(await until(() => extractors() !== '', 20_000)).toBe(true);
    child.kill('SIGKILL');
    expect(await until(() => extractors() === '', 5_000)).toBe(true);
  }, 60_000);
});

