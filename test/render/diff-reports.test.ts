// Reports people read outside the terminal, on the real pairs: the HTML and Markdown 修改对照表, and CSV tables for R and pandas.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPair } from '../../src/pipeline.js';
import { renderNumbersCsv, renderPairsCsv } from '../../src/render/report/diff-csv.js';
import { renderDiffHtml } from '../../src/render/report/diff-html.js';
import { renderDiffMarkdown } from '../../src/render/report/diff-markdown.js';

/** A small RFC 4180 reader, to check the CSV the way R or pandas would read it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

const draft = diffPair('hangzhou-2024-draft', 'hangzhou-2024').diff;
const jiande = diffPair('hangzhou-2024', 'jiande-2024').diff;

describe('HTML 修改对照表', () => {
  const html = renderDiffHtml(draft, { all: false });
  it('puts the summary and the systematic change on top, in Chinese, then one row per changed pair', () => {
    expect(html.indexOf('条款 76 ↔ 76')).toBeLessThan(html.indexOf('<table>'));
    expect(html).toContain('普遍性修改（只报告一次）：hangzhou-2024的所有条款增加了责任单位');
    expect(html).toContain('<th class="base">原文（hangzhou-2024-draft）</th>');
    // No English words in the headings, statuses and summary of the Chinese report.
    const words = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/hangzhou-2024(?:-draft)?|PolicyDiff/g, '');
    expect(words).not.toMatch(/\b(?:modified|identical|clauses|Figures|Changes|loosens|tightens|variants)\b/);
    const changed = draft.pairs.filter((p) => p.status !== 'identical' && p.status !== 'variant-only').length;
    expect(html.match(/<tr class="/g)).toHaveLength(changed);
  });
  it('shows the 耕地垦造 figure of (五十六) as one change with its Δ, and the redline as del/ins', () => {
    const row = html.split('<tr class=').find((r) => r.includes('（五十六）'))!;
    expect(row).toMatch(/不少于7000亩 → 2万亩（\+1\.3万亩 \(\+185\.7%\)/);
    expect(row).toContain('<del>');
    expect(row).toContain('<ins>');
  });
  it('is one self-contained file: no scripts, stylesheets or images from elsewhere', () => {
    expect(html).not.toMatch(/<script|<link|<img|https?:\/\//);
    expect(html).toContain('@media print');
    expect(html).toMatch(/@page \{ size: A4;[^}]*counter\(page\)/);
  });
  it('names the two jurisdictions in the column heads of a city/county comparison, and keeps English with lang en', () => {
    const county = renderDiffHtml(jiande, { all: false });
    expect(county).toContain('<th class="base">杭州市（hangzhou-2024）</th><th class="other">建德市（jiande-2024）</th>');
    const en = renderDiffHtml(draft, { all: false, lang: 'en' });
    expect(en).toMatch(/Systematic, reported once: every clause of hangzhou-2024 gained a 责任单位 line/);
    expect(en).toContain('<html lang="en">');
  });
  it('never marks a variant: 支援/支持 and the traditional script are not redlined', () => {
    expect(html).not.toMatch(/<del>支持<\/del><ins>支援<\/ins>/);
    expect(html).not.toMatch(/<ins>[^<]*[經濟發實]/);
  });
});

describe('the label column of a 对照表 of a law', () => {
  it('names an article by its number alone (its first sentence is the text beside it); a plan’s clause keeps its title', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-labels-'));
    const law = (fine: string) => `# 某某市档案管理条例\n\n第一条 为了加强档案管理，制定本条例。\n\n第二条 伪造档案的，由档案主管部门责令改正，处${fine}的罚款。\n`;
    fs.writeFileSync(path.join(dir, 'old.md'), law('五千元以上十万元以下'));
    fs.writeFileSync(path.join(dir, 'new.md'), law('一万元以上二十万元以下'));
    const d = diffPair(path.join(dir, 'old.md'), path.join(dir, 'new.md')).diff;
    fs.rmSync(dir, { recursive: true, force: true });
    for (const out of [renderDiffHtml(d, { all: false }), renderDiffMarkdown(d, { all: false })]) {
      expect(out).toMatch(/第二条<br>↔ 第二条/);
      expect(out).not.toMatch(/第二条伪造档案的[^<|]*<br>↔/);
    }
    expect(renderDiffHtml(draft, { all: false })).toContain('（四）加强用地用林要素保障<br>↔ （四）加强用地用林要素保障');
  });
});

describe('Markdown 修改对照表', () => {
  it('has a four-column table whose rows all have four cells', () => {
    const md = renderDiffMarkdown(jiande, { all: true });
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| 条款 | 杭州市（hangzhou-2024） | 建德市（jiande-2024） | 说明 |');
    for (const r of rows) expect(r.split(/(?<!\\)\|/).length).toBe(6);
    expect(rows).toHaveLength(jiande.pairs.length + 1);
  });
});

describe('CSV', () => {
  it('gives one row per pair, with a BOM, readable by an RFC 4180 reader', () => {
    const csv = renderPairsCsv(jiande);
    expect(csv.startsWith('\ufeffbase,other,')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(jiande.pairs.length + 1);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    const onlyBase = rows.filter((r) => r[6] === 'base-only').map((r) => r[4]);
    expect(onlyBase.join(' ')).toMatch(/高水平大学/);
  });
  it('with --numbers, gives one row per changed figure with values in canonical units', () => {
    const rows = readCsv(renderNumbersCsv(jiande).slice(1));
    const head = rows[0]!;
    const col = (name: string) => head.indexOf(name);
    expect(rows.length - 1).toBe(jiande.pairs.flatMap((p) => p.numbers.filter((n) => n.change !== 'unchanged')).length);
    // The tech-insurance premium subsidy: the county goes up to 80%, the city 50% — loosens.
    const premium = rows.find((r) => r[col('before_text')]?.includes('50%') && r[col('after_text')]?.includes('80%') && r[col('effect')] === 'loosens');
    expect(premium).toBeDefined();
    expect(premium![col('before_value')]).toBe('50');
    expect(premium![col('after_unit')]).toBe('%');
  });
});

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

describe.skipIf(!CHROMIUM)('HTML report in headless Chromium', () => {
  it('renders the table and the redline', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
    const file = path.join(dir, '对照表.html');
    fs.writeFileSync(file, renderDiffHtml(draft, { all: false }));
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(dir, 'profile')}`];
    const dom = spawnSync(CHROMIUM!, [...flags, '--dump-dom', `file://${file}`], { encoding: 'utf8', timeout: 60_000 });
    expect(dom.stdout).toContain('<tbody>');
    expect(dom.stdout.match(/<del>/g)!.length).toBeGreaterThan(20);
    expect(dom.stdout.match(/<ins>/g)!.length).toBeGreaterThan(20);
    const pdf = path.join(dir, 'out.pdf');
    spawnSync(CHROMIUM!, [...flags, `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', `file://${file}`], { timeout: 60_000 });
    const bytes = fs.readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(3);
  }, 120_000);
});

describe('who is responsible, and the words around a change', () => {
  it('names the 责任单位 of each pair in html, md, CSV and the text report, while the summary reports the systematic change once', async () => {
    const { renderDiffText } = await import('../../src/render/report/diff-text.js');
    const html = renderDiffHtml(draft, { all: false });
    const row = html.split('<tr class=').find((r) => r.includes('（五）强化用能要素保障'))!;
    expect(row).toContain('责任单位：市发改委、国网杭州供电公司');
    expect(renderDiffMarkdown(draft, { all: false })).toContain('责任单位：市发改委、国网杭州供电公司');
    const csv = readCsv(renderPairsCsv(draft).slice(1));
    const units = csv[0]!.indexOf('other_units');
    expect(csv.find((r) => r[4]?.startsWith('（五）'))![units]).toBe('市发改委、国网杭州供电公司');
    const text = renderDiffText(draft, { all: false, width: 120 });
    expect(text).toMatch(/@ 责任单位\s+— → 市发改委、国网杭州供电公司/);
    expect(text.match(/gained a 责任单位 line/g)).toHaveLength(1);
  });
  it('shows a text added or dropped with the words around it', async () => {
    const { renderDiffText } = await import('../../src/render/report/diff-text.js');
    const text = renderDiffText(draft, { all: false, width: 120 });
    expect(text).toContain('+ text-added       用地指标2万亩以上{+，重大项目用地指标应保尽保、应批快批+}。');
  });
  it('prints every variant base form first, script as vocabulary: the draft’s 经济 before the final’s 經濟, as 支持 before 支援', async () => {
    const { renderDiffText } = await import('../../src/render/report/diff-text.js');
    const line = renderDiffText(draft, { all: false, width: 200 }).split('\n').find((l) => l.startsWith('Variants, not counted'))!;
    expect(line).toContain('支持/支援');
    const script = line.match(/script ×\d+ \((\S+)\/(\S+)\)/)!;
    expect(script[1]).toMatch(/^[经济进发实续资项]+$/);
    expect(script[2]).toMatch(/^[經濟進發實續資項]+$/);
  });
});

describe('新旧对照表 (--old-new)', () => {
  const law = diffPair('test/fixtures/outline/law-national.md', 'test/fixtures/outline/law-revised.md').diff;
  it('has three columns, each article numbered in its cell, in the order of the new text', () => {
    const md = renderDiffMarkdown(law, { all: false, oldNew: true });
    expect(md.split('\n')[0]).toMatch(/^# 新旧对照表：/);
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| 原条文 | 修改后条文 | 说明 |');
    for (const r of rows) expect(r.split(/(?<!\\)\|/).length).toBe(5);
    // The merged 第二十六、二十七条 (now 第二十五条) before the inserted 第二十七条; the deleted 第十六条 after 第十一条.
    const at = (text: string) => rows.findIndex((r) => r.includes(text));
    expect(at('**第二十六条+第二十七条**')).toBeLessThan(at('**第二十七条**　被列入'));
    expect(at('**第十一条**')).toBeLessThan(at('**第十六条**'));
    expect(at('**第十六条**')).toBeLessThan(at('**第十九条**'));
  });
  it('is the same three columns in HTML and Word', async () => {
    const html = renderDiffHtml(law, { all: false, oldNew: true });
    expect(html).toContain('<th class="base">原条文（law-national）</th><th class="other">修改后条文（law-revised）</th><th class="notes">说明</th>');
    const { renderDiffDocx } = await import('../../src/render/report/diff-docx.js');
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(await renderDiffDocx(law, { all: false, oldNew: true, date: '2026-01-01T00:00:00Z' }))).file('word/document.xml')!.async('string');
    expect(xml).toContain('新旧对照表');
    expect(xml.split(/<w:tr[ >]/)[1]!.split('<w:tc>').length - 1).toBe(3);
  });
});

