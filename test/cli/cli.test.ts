// The policydiff binary as a user runs it: help, version, JSON contracts, exit codes, one-line errors, add.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusEntry } from '../../src/model/corpus.js';
import { DocumentDiff } from '../../src/model/clause-diff.js';
import { FamilyTable } from '../../src/model/family.js';
import { ParsedDocument } from '../../src/model/parsed-document.js';

const BIN = path.resolve('dist/bundle/main.js');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 2 ** 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-'));
  fs.cpSync('corpora', path.join(root, 'corpora'), { recursive: true });
  return root;
}

describe('policydiff CLI', () => {
  it('prints help and version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/corpus[\s\S]*parse[\s\S]*facts[\s\S]*add[\s\S]*diff/);
    expect(run(['parse', '--help']).stdout).toContain('policydiff parse jiande-2024');
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('corpus --json lists the five documents in the fixed shape', () => {
    const r = run(['corpus', '--json']);
    expect(r.code).toBe(0);
    const docs = CorpusEntry.array().parse(JSON.parse(r.stdout));
    expect(docs.map((d) => d.id)).toEqual(['hangzhou-2024-draft', 'hangzhou-2024', 'jiande-2024', 'quzhou-2024', 'haining-2024-draft']);
    expect(docs.find((d) => d.id === 'jiande-2024')).toMatchObject({ jurisdiction: { name: '建德市', level: 'county', parent: '杭州市' }, docNumber: '建政函〔2024〕50号' });
  });

  it('parse --json follows the schema and ids of DESIGN.md', () => {
    const r = run(['parse', 'quzhou-2024', '--json']);
    expect(r.code).toBe(0);
    const doc = ParsedDocument.parse(JSON.parse(r.stdout));
    expect(doc.clauses).toHaveLength(73);
    expect(doc.clauses[0]).toMatchObject({ id: 'c1', ordinal: 1, section: 1, label: '（一）' });
  });

  it('parse and facts read well as text', () => {
    const parse = run(['parse', 'jiande-2024']);
    expect(parse.stdout).toContain('8 sections, 71 clauses');
    expect(parse.stdout).toMatch(/c2\s+2\.\s+加大财政支持力度\s+\d+\s+L54\s+市财政局/);
    const facts = run(['facts', 'hangzhou-2024-draft']);
    expect(facts.code).toBe(0);
    expect(facts.stdout).toMatch(/不少于7000亩\s+7000亩\s+min/);
  });

  it('lists the facts of a text without chapters (articles in no section)', () => {
    const r = run(['facts', 'test/fixtures/outline/regulation-flat.txt', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { passages: Array<{ id: string; facts: unknown[] }> };
    const parsed = JSON.parse(run(['parse', 'test/fixtures/outline/regulation-flat.txt', '--json']).stdout) as { clauses: Array<{ id: string; facts: unknown[] }> };
    const inClauses = parsed.clauses.reduce((n, c) => n + c.facts.length, 0);
    expect(inClauses).toBeGreaterThan(0);
    expect(out.passages.filter((p) => p.id.startsWith('c')).reduce((n, p) => n + p.facts.length, 0)).toBe(inClauses);
  });

  it('takes a path to a file outside the corpus, in GB18030', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-'));
    const file = path.join(dir, 'plan.txt');
    // 一、投资政策\n（一）加大支持。给予最高10万元。 encoded as GB18030 by hand-picked bytes is impractical; use UTF-16LE.
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、投资政策\n（一）加大支持。给予最高10万元奖励。\n', 'utf16le')]));
    const r = run(['facts', file, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { passages: Array<{ id: string; facts: Array<{ value: number }> }> };
    expect(out.passages.find((p) => p.id === 'c1')!.facts[0]!.value).toBe(100000);
  });

  it('bad input: one line on stderr, exit 2, no stack trace', () => {
    for (const args of [['parse', 'no-such-id'], ['parse', '/no/such/file.txt'], ['parse', os.tmpdir()], ['facts', path.resolve('dist')]]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('a malformed manifest is named with the place that is wrong', () => {
    const root = tempRoot();
    const manifest = path.join(root, 'corpora', 'manifest.json');
    const json = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    json.documents[2].stage = 'published';
    fs.writeFileSync(manifest, JSON.stringify(json));
    const r = run(['corpus'], { POLICYDIFF_ROOT: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('manifest.json');
    expect(r.stderr).toContain('documents[2].stage');
    fs.writeFileSync(manifest, '{ not json');
    expect(run(['corpus'], { POLICYDIFF_ROOT: root }).stderr).toMatch(/not valid JSON/);
  });

  it('add registers a new document, detecting title, number and date, and refuses duplicates', () => {
    const root = tempRoot();
    const src = path.join(root, 'zhejiang.txt');
    fs.writeFileSync(
      src,
      '浙江省人民政府文件\n浙政发〔2024〕4号\n浙江省人民政府关于印发进一步推动经济高质量发展若干政策的通知\n各市、县（市、区）人民政府：\n现将《进一步推动经济高质量发展若干政策》印发给你们，请认真贯彻执行。\n浙江省人民政府\n2024年1月20日\n进一步推动经济高质量发展若干政策\n为深入贯彻中央经济工作会议精神，推动经济高质量发展，制定以下政策。\n一、扩大有效投资政策（由省发展改革委牵头实施）\n（一）发挥重大建设项目带动支撑作用。实施省重大项目1000个以上。\n（二）加大财政支持力度。安排资金100亿元。\n',
    );
    const env = { POLICYDIFF_ROOT: root };
    const r = run(['add', src, '--id', 'zhejiang-2024', '--level', 'province'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('added zhejiang-2024');
    const docs = JSON.parse(run(['corpus', '--json'], env).stdout) as Array<{ id: string; docNumber: string; date: string; jurisdiction: { name: string }; title: string }>;
    expect(docs.find((d) => d.id === 'zhejiang-2024')).toMatchObject({
      docNumber: '浙政发〔2024〕4号',
      date: '2024-01-20',
      title: '进一步推动经济高质量发展若干政策',
      jurisdiction: { name: '浙江省' },
    });
    expect(run(['parse', 'zhejiang-2024'], env).stdout).toContain('1 sections, 2 clauses');
    const again = run(['add', src, '--id', 'zhejiang-2024', '--level', 'province'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already in the corpus/);
    const same = run(['add', src, '--id', 'zhejiang-copy', '--level', 'province'], env);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/same content as corpus document "zhejiang-2024"/);
    const badLevel = run(['add', src, '--id', 'x', '--level', 'town'], env);
    expect(badLevel.code).toBe(2);
    expect(badLevel.stderr).toMatch(/option level/);
    // A county's plan that names only the province it implements: the name is not guessed from it.
    const plan = path.join(root, 'plan.txt');
    fs.writeFileSync(plan, '浙江省推动经济高质量发展若干政策承接落实方案\n一、扩大有效投资政策\n（一）加大财政支持力度。安排资金1亿元。\n');
    const guessed = run(['add', plan, '--id', 'plan', '--level', 'county'], env);
    expect(guessed.code).toBe(2);
    expect(guessed.stderr).toMatch(/names 浙江省 \(a province\) but --level is county.*give --name/);
    expect(run(['add', plan, '--id', 'plan', '--level', 'county', '--name', '淳安县', '--parent', '杭州市'], env).code).toBe(0);
  });

  it('diff prints a report with the summary on top and exits as diff(1)', () => {
    const r = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[3]).toMatch(/^76 ↔ 76 clauses · \d+ pairs: \d+ modified/);
    expect(r.stdout).toContain('Systematic, reported once: every clause of hangzhou-2024 gained a 责任单位 line');
    const c56 = r.stdout.slice(r.stdout.indexOf('（五十六）'));
    expect(c56).toMatch(/全年实现耕地垦造和功能恢复\s+不少于7000亩\s+2万亩\s+\+1\.3万亩 \(\+185\.7%\)\s+tightens/);
    const same = run(['diff', 'jiande-2024', 'jiande-2024']);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/0 modified, 0 moved, 0 variant-only, \d+ identical/);
  });

  it('diff --json follows the contract of DESIGN.md', () => {
    const r = run(['diff', 'hangzhou-2024', 'jiande-2024', '--json']);
    expect(r.code).toBe(1);
    const d = DocumentDiff.parse(JSON.parse(r.stdout));
    expect(d.pairs.filter((p) => p.status === 'base-only')).toHaveLength(6);
    expect(d.pairs.every((p) => p.numbers.every((n) => ['loosens', 'tightens', 'neutral'].includes(n.effect)))).toBe(true);
    const bad = run(['diff', 'no-such-doc', 'hangzhou-2024']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('families: one row per item across the jurisdictions, and CSV that pandas reads', () => {
    const r = run(['families', '--json']);
    expect(r.code).toBe(0);
    const t = FamilyTable.parse(JSON.parse(r.stdout));
    expect(t.anchor).toBe('hangzhou-2024');
    expect(t.documents.map((d) => d.id)).toEqual(['hangzhou-2024', 'jiande-2024', 'quzhou-2024', 'haining-2024-draft']);
    const c16 = t.families.find((f) => f.id === 'c16')!;
    expect(c16.members['jiande-2024']).toMatchObject({ ids: ['c15'], mark: 'adopted' });
    expect(t.families.find((f) => f.id === 'c22')!.members['jiande-2024']!.mark).toBe('absent');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-'));
    const out = path.join(dir, 'families.csv');
    expect(run(['families', '--csv', '-o', out]).code).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\r\n');
    // Each document's columns named by its id, its jurisdiction and, for a draft, _draft: a researcher reads who is who from the header.
    expect(lines[0]).toBe(
      'family,section,item,hangzhou-2024_杭州市_mark,hangzhou-2024_杭州市_clauses,jiande-2024_建德市_mark,jiande-2024_建德市_clauses,quzhou-2024_衢州市_mark,quzhou-2024_衢州市_clauses,haining-2024-draft_海宁市_draft_mark,haining-2024-draft_海宁市_draft_clauses',
    );
    expect(run(['families', '--no-tui']).stdout).toMatch(/杭州市 hangzhou-2024 .*海宁市 draft haining-2024-draft/);
    expect(lines).toHaveLength(t.families.length + 1);
    const figures = run(['families', '--figures', 'c16']);
    expect(figures.stdout).toMatch(/保费补贴\s+最高50%\s+最高80%/);
    expect(run(['families', '--figures', 'c999']).code).toBe(2);
  });
});

describe('policydiff diff reports', () => {
  it('writes the HTML 修改对照表 to the file named, atomically, and says so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-report-'));
    const file = path.join(dir, '对照表.html');
    const r = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--format', 'html', '-o', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${file}\n`);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*修改对照表[\s\S]*<table>/);
    expect(fs.readdirSync(dir)).toEqual(['对照表.html']);
  });
  it('check lists the figure the Haining tables state differently from the body, exits 1; nothing to check exits 0', () => {
    const r = run(['check', 'haining-2024-draft']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1.2亿千瓦时以上');
    expect(r.stdout).toContain('1.5亿千瓦时以上');
    expect(r.stdout).toMatch(/（五）强化用能要素保障 \[c5, lines 21–23\]/);
    const none = run(['check', 'jiande-2024']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('no attachment tables');
    expect(run(['check', 'nowhere.txt']).code).toBe(2);
  });

  it('prints one CSV row per changed figure with --numbers, and refuses --numbers without CSV', () => {
    const r = run(['diff', 'hangzhou-2024', 'jiande-2024', '--format', 'csv', '--numbers']);
    expect(r.stdout.startsWith('\ufeffbase,other,base_ids,other_ids,base_label,other_label,quantity,change,')).toBe(true);
    const bad = run(['diff', 'hangzhou-2024', 'jiande-2024', '--numbers']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const fmt = run(['diff', 'hangzhou-2024', 'jiande-2024', '--format', 'pdf']);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toMatch(/option.*format/);
  });
});

describe('policydiff cache', () => {
  it('answers a repeated diff from the cache with the same result, and makes a damaged or outdated entry again', () => {
    const root = tempRoot();
    const env = { POLICYDIFF_ROOT: root };
    const first = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--json'], env);
    expect(first.code).toBe(1);
    const entries = (kind: string) => fs.readdirSync(path.join(root, '.cache', kind)).filter((f) => f.endsWith('.json'));
    expect(entries('documents')).toHaveLength(2);
    expect(entries('segments')).toHaveLength(1);
    expect(entries('diffs')).toHaveLength(1);
    expect(run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--json'], env).stdout).toBe(first.stdout);
    // A review decision is an input of the diff: rejecting a link changes the result, undoing it brings the first back.
    fs.rmSync(path.join(root, 'alignments'), { recursive: true, force: true });
    const noReview = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--json'], env).stdout;
    expect(run(['review', 'hangzhou-2024-draft', 'hangzhou-2024', 'reject', 'c3'], env).code).toBe(0);
    const rejected = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--json'], env).stdout;
    expect(rejected).not.toBe(noReview);
    expect(JSON.parse(rejected).pairs.some((p: { base: string[]; status: string }) => p.base.includes('c3') && p.status === 'base-only')).toBe(true);
    // A damaged entry is not trusted.
    for (const kind of ['documents', 'segments', 'alignments', 'diffs']) for (const f of entries(kind)) fs.writeFileSync(path.join(root, '.cache', kind, f), '{"trunc');
    expect(run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--json'], env).stdout).toBe(rejected);
    // A changed document is a new entry: the cache is keyed by content, not by file name or time.
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'corpora', 'manifest.json'), 'utf8')) as { documents: Array<{ id: string; file: string; sha256?: string }> };
    const file = path.join(root, 'corpora', manifest.documents.find((d) => d.id === 'hangzhou-2024')!.file);
    // (The review decision above was made on the old text: it would be refused with the new one, see robustness.)
    fs.rmSync(path.join(root, 'alignments'), { recursive: true, force: true });
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('最高', '最高不超过'));
    const changed = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--json'], env);
    expect(changed.stdout).not.toBe(rejected);
    expect(entries('documents')).toHaveLength(3);
    expect(entries('segments')).toHaveLength(2);
    // With the cache off nothing is read or written, and the result is the same.
    const off = run(['diff', 'hangzhou-2024-draft', 'hangzhou-2024', '--json'], { ...env, POLICYDIFF_CACHE: 'off' });
    expect(off.stdout).toBe(changed.stdout);
  });
});
