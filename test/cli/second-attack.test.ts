// A second attack, in ways the first list did not name: -o onto what must not be overwritten, page breaks and escape codes in a
// text, files that are pipes, odd environments and arguments, typos in add, two files of one name, a traditional text against itself.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentDiff } from '../../src/model/clause-diff.js';
import { FamilyTable } from '../../src/model/family.js';
import { ParsedDocument } from '../../src/model/parsed-document.js';

const BIN = path.resolve('dist/bundle/main.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-attack-'));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-attack-root-'));
fs.cpSync('corpora', path.join(root, 'corpora'), { recursive: true });
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(root, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', POLICYDIFF_ROOT: root, ...env }, maxBuffer: 64 * 2 ** 20, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
const plan = (items: string[]) => `# 云湖市关于推动经济高质量发展的若干政策\n\n一、扩大有效投资\n\n${items.map((t, k) => `（${'一二三四五六七八九十'[k]}）${t}`).join('\n\n')}\n`;
const ITEMS = ['加大财政支持力度。对符合条件的项目给予最高150万元奖励。', '强化用地保障。新增建设用地指标不少于500亩。', '优化审批服务。审批时限压缩至10个工作日。', '支持企业上市。对上市企业给予200万元奖励。', '培育创新主体。新增高新技术企业100家。'];

describe('-o never overwrites what is read or what a person decided', () => {
  it('refuses -o onto a document being compared, into alignments/ or corpora/, and a name ending in /', () => {
    const a = write('o/a.md', plan(ITEMS));
    const b = write('o/b.md', plan(ITEMS.slice(0, 4)));
    const before = fs.readFileSync(a, 'utf8');
    for (const [out, message] of [
      [a, /is a document being compared/],
      [path.join(root, 'alignments', 'hangzhou-2024__jiande-2024.json'), /inside the reviewed alignments folder/],
      [path.join(root, 'corpora', 'manifest.json'), /inside the corpus folder/],
      [`${dir}/o/newdir/`, /names a folder/],
    ] as const) {
      const r = run(['diff', a, b, '-o', out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(message);
      oneLine(r.stderr);
    }
    expect(fs.readFileSync(a, 'utf8')).toBe(before);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'corpora', 'manifest.json'), 'utf8')).documents).toHaveLength(5);
  });

  it('-o - writes to stdout', () => {
    const r = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--json', '-o', '-']);
    expect(r.code).toBe(1);
    expect(DocumentDiff.parse(JSON.parse(r.stdout)).base).toBe('hangzhou-2024-draft');
    expect(fs.existsSync('-')).toBe(false);
  });
});

describe('what a text holds that is not text', () => {
  it('a page break (\\f) before a heading ends the line: no clause is merged into the one before', () => {
    const clean = write('f/clean.md', plan(ITEMS));
    const broken = write('f/pages.md', plan(ITEMS).replace(/\n\n（三）/, '\f（三）').replace(/\n\n（五）/, '\n\f（五）'));
    const parsed = (f: string) => ParsedDocument.parse(JSON.parse(run(['parse', f, '--json']).stdout));
    expect(parsed(broken).clauses.map((c) => c.id)).toEqual(parsed(clean).clauses.map((c) => c.id));
    expect(run(['diff', clean, broken]).code).toBe(0);
  });

  it('terminal escape codes in a text never reach the terminal', () => {
    const file = write('e/escape.md', plan(ITEMS).replace('最高150万元奖励', '最高150万元\x1b[8m隐藏\x1b[0m奖励'));
    for (const args of [['parse', file], ['facts', file], ['diff', write('e/base.md', plan(ITEMS)), file, '--no-tui']]) {
      const r = run(args);
      expect(r.stdout, args[0]).not.toContain('\x1b');
    }
    // The escape codes go; the words between them stay.
    expect(run(['parse', file, '--json']).stdout).toContain('隐藏');
  });

  it('an escape sequence left unended (ESC ] …) takes nothing with it: every clause after it is read', () => {
    const file = write('e/osc.md', plan(ITEMS).replace('最高150万元奖励。', '最高150万元奖励。\x1b]'));
    const p = ParsedDocument.parse(JSON.parse(run(['parse', file, '--json']).stdout));
    expect(p.clauses).toHaveLength(5);
  });

  it('bidirectional overrides are not text, and a line separator counts as a line', () => {
    const file = write('e/bidi.md', plan(ITEMS).replace('强化用地保障', '强化\u202e用地\u202c保障').replace(/\n\n（四）/, '\u2028\u2028（四）'));
    const p = ParsedDocument.parse(JSON.parse(run(['parse', file, '--json']).stdout));
    expect(p.clauses[1]!.title).toBe('强化用地保障');
    expect(p.clauses[3]!.span.line).toBe(p.clauses[2]!.span.line + 2);
  });

  it('CR-only line ends give each clause its own line', () => {
    const file = write('cr/mac.md', plan(ITEMS).replace(/\n/g, '\r'));
    const p = ParsedDocument.parse(JSON.parse(run(['parse', file, '--json']).stdout));
    expect(p.clauses).toHaveLength(5);
    expect(new Set(p.clauses.map((c) => c.span.line)).size).toBe(5);
  });
});

describe('files that are not files', () => {
  it('an alignment file that is a pipe, or a link to a device, is refused in one line, not read for ever', () => {
    const alignments = path.join(root, 'alignments');
    fs.mkdirSync(alignments, { recursive: true });
    const fifo = path.join(alignments, 'hangzhou-2024-draft__quzhou-2024.json');
    spawnSync('mkfifo', [fifo]);
    const r = run(['diff', 'hangzhou-2024-draft', 'quzhou-2024', '--json']);
    fs.rmSync(fifo, { force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a regular file/);
    oneLine(r.stderr);
    const link = path.join(alignments, 'hangzhou-2024-draft__jiande-2024.json');
    fs.symlinkSync('/dev/zero', link);
    const z = run(['align', 'hangzhou-2024-draft', 'jiande-2024']);
    fs.rmSync(link, { force: true });
    expect(z.code).toBe(2);
    expect(z.stderr).toMatch(/is not a regular file/);
  });

  it('a cache entry that is a pipe is passed over: the answer still comes', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-attack-cache-'));
    const first = run(['parse', 'jiande-2024', '--json'], { POLICYDIFF_CACHE: cache });
    expect(first.code).toBe(0);
    const docs = path.join(cache, 'documents');
    const entries = fs.readdirSync(docs);
    expect(entries.length).toBeGreaterThan(0);
    for (const name of entries) {
      fs.rmSync(path.join(docs, name));
      spawnSync('mkfifo', [path.join(docs, name)]);
      expect(fs.statSync(path.join(docs, name)).isFIFO()).toBe(true);
    }
    const again = run(['parse', 'jiande-2024', '--json'], { POLICYDIFF_CACHE: cache });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    fs.rmSync(cache, { recursive: true, force: true });
  });
});

describe('environment and arguments', () => {
  it('POLICYDIFF_ROOT blank or missing is one line, exit 2, and makes no folder', () => {
    const missing = path.join(dir, 'no-such-root');
    for (const value of ['   ', missing]) {
      const r = run(['corpus'], { POLICYDIFF_ROOT: value });
      expect(r.code).toBe(2);
      oneLine(r.stderr);
    }
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('POLICYDIFF_CACHE=OFF turns the cache off (no folder named OFF)', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-attack-cwd-'));
    const r = spawnSync(process.execPath, [BIN, 'parse', 'jiande-2024'], { cwd, encoding: 'utf8', env: { ...process.env, POLICYDIFF_ROOT: root, POLICYDIFF_CACHE: 'OFF' } });
    expect(r.status).toBe(0);
    expect(fs.readdirSync(cwd)).toEqual([]);
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  it('an argument more than a command takes is an error, not ignored', () => {
    const r = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', 'jiande-2024']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too many arguments/);
  });
});

describe('add', () => {
  const file = () => write('add/doc.md', plan(ITEMS));
  it('refuses a --parent written like an id that is none, with the id meant', () => {
    const r = run(['add', file(), '--id', 'yunhu-2024', '--level', 'county', '--parent', 'hangzhuo-2024']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--parent hangzhuo-2024: no document with that id.*did you mean hangzhou-2024\?/);
    oneLine(r.stderr);
  });
  it('refuses the same text saved in another encoding or with a byte-order mark', () => {
    const jiande = fs.readdirSync(path.join(root, 'corpora')).find((f) => f.startsWith('000_'))!;
    const text = fs.readFileSync(path.join(root, 'corpora', jiande), 'utf8');
    const utf16 = path.join(dir, 'add', 'jiande-utf16.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const bom = write('add/jiande-bom.txt', `\ufeff${text}`);
    for (const f of [utf16, bom]) {
      const r = run(['add', f, '--id', 'jiande-copy', '--level', 'county']);
      expect(r.code, f).toBe(2);
      expect(r.stderr).toMatch(/the same text as corpus document "jiande-2024"/);
    }
  });
  it('records a law’s issuer, history and effective date, and corpus shows them', () => {
    const law = path.resolve('test/fixtures/outline/law-national.md');
    expect(run(['add', law, '--id', 'guanxian-2024', '--level', 'national']).code).toBe(0);
    const entry = (JSON.parse(run(['corpus', '--json']).stdout) as Array<{ id: string; history?: unknown[]; effective?: string | null; issuer?: string | null }>).find((d) => d.id === 'guanxian-2024')!;
    expect(entry.history).toHaveLength(3);
    expect(entry).toMatchObject({ history: [{ event: 'adopted' }, { event: 'amended' }, { event: 'revised' }] });
    expect(run(['corpus']).stdout).toMatch(/guanxian-2024 .* 修订/);
  });
  it('refuses a blank --name and an id too long for a file name', () => {
    expect(run(['add', file(), '--id', 'yunhu-2024', '--level', 'county', '--name', '  ']).code).toBe(2);
    const long = run(['add', file(), '--id', 'a'.repeat(300), '--level', 'county']);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/at most 64 characters/);
    oneLine(long.stderr);
  });
});

describe('documents of one name, and one document twice', () => {
  it('three files named 通知.md in three folders are three documents in families', () => {
    const files = ['v1', 'v2', 'v3'].map((d, k) => write(`${d}/通知.md`, plan(ITEMS.slice(0, 5 - k))));
    const r = run(['families', ...files, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const t = FamilyTable.parse(JSON.parse(r.stdout));
    expect(new Set(t.documents.map((d) => d.id)).size).toBe(3);
  });

  it('review on long file names (documents saved under their titles) works, the file name cut to fit', () => {
    const title = '云湖市人民政府关于印发云湖市推动经济高质量发展若干政策的通知（云政发〔2024〕12号）'.repeat(2);
    const a = write(`long/${title}.md`, plan(ITEMS));
    const b = write(`long/${title}修订.md`, plan(ITEMS.slice(0, 4)));
    const r = run(['review', a, b, 'confirm', 'c1']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readdirSync(path.join(root, 'alignments')).some((f) => f.includes('~') && f.endsWith('.json'))).toBe(true);
    // A report named near the 255 bytes a file name may have is written (its temporary file takes a shorter name)…
    let name = `对照表${title}.md`;
    while (Buffer.byteLength(name) > 250) name = `${name.slice(0, -4)}.md`;
    expect(Buffer.byteLength(name)).toBeGreaterThan(220);
    const out = run(['diff', a, b, '-o', path.join(dir, 'long', name)]);
    expect(out.code, out.stderr).toBe(1);
    expect(fs.existsSync(path.join(dir, 'long', name))).toBe(true);
    // …and one longer than that is one line, not an internal error.
    const tooLong = run(['diff', a, b, '-o', path.join(dir, 'long', `${title}${title}${title}.md`)]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toMatch(/file name is too long/);
    oneLine(tooLong.stderr);
  });

  it('a traditional-script document against itself is identical', () => {
    const r = run(['diff', 'hangzhou-2024', 'hangzhou-2024', '--json']);
    const d = DocumentDiff.parse(JSON.parse(r.stdout));
    expect(d.pairs.every((p) => p.status === 'identical')).toBe(true);
    expect(r.code).toBe(0);
  });
});

describe('size', () => {
  it('two texts of 6,000 paragraphs each are refused at once in one line naming the limit, not compared for minutes', () => {
    // Paragraphs of varied words and lengths (so the text does not read as one hard-wrapped paragraph).
    const words = ['推动', '经济', '发展', '支持', '企业', '创新', '项目', '资金', '奖励', '建设', '服务', '保障', '政策', '完善', '机制', '平台'];
    let x = 7;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
    const paras = (seed: number) =>
      Array.from({ length: 6000 }, () => Array.from({ length: 20 + (next() % 30) }, () => words[(next() + seed) % words.length]).join('') + '。').join('\n');
    const a = write('size/a.txt', `某市政策汇编\n${paras(1)}\n`);
    const b = write('size/b.txt', `某市政策汇编\n${paras(2)}\n`);
    const r = run(['diff', a, b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/6,000 units to compare.*more than the 25,000,000 PolicyDiff compares at once/);
    oneLine(r.stderr);
  });
});
