// Families over a chain of regulations (national → province → city): a city article carrying a provincial article that carries a
// national one sits in the national row, linked through the province; a city article carrying the province's own item sits in its row.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeMasker } from '../../src/align/mask-text.js';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { buildFamilies, familyMember } from '../../src/families/build-families.js';
import { findParents } from '../../src/families/find-parents.js';
import type { Link } from '../../src/model/alignment.js';
import { alignLoaded } from '../../src/pipeline.js';
import { jurisdictionNames } from '../../src/document-info.js';
import { FamilyTable } from '../../src/model/family.js';
import { readBasis } from '../../src/parse/read-basis.js';

const BIN = path.resolve('dist/bundle/main.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-chain-'));
fs.cpSync('corpora', path.join(root, 'corpora'), { recursive: true });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const file = (name: string) => path.resolve('test/fixtures/chain', `${name}.md`);

function families(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'families', file('national'), file('province'), file('city'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', POLICYDIFF_ROOT: root },
    maxBuffer: 64 * 2 ** 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the basis a text cites', () => {
  it('reads the titles of 第一条 …根据《…》《…》…制定本条例, and the 为贯彻落实《…》 of a policy preamble', () => {
    const clause = (text: string) => ({ text }) as never;
    expect(readBasis({ preamble: null, clauses: [clause('为了优化营商环境，根据国务院《优化营商环境条例》《东江省优化营商环境条例》等法律法规，制定本条例。')] })).toEqual([
      '优化营商环境条例',
      '东江省优化营商环境条例',
    ]);
    expect(readBasis({ preamble: { text: '为贯彻落实《东江省推动经济高质量发展若干政策》精神，结合我市实际，制定本政策。' } as never, clauses: [] })).toEqual([
      '东江省推动经济高质量发展若干政策',
    ]);
    // A title cited for another reason (依照《行政处罚法》 in a later sentence) is no basis.
    expect(readBasis({ preamble: null, clauses: [clause('本条例所称营商环境，是指《某某规定》所列条件。')] })).toEqual([]);
  });

  it('a document made under two of the table implements the more specific one, the one resting on the other', () => {
    const docs = [
      { id: 'n', title: '优化营商环境条例', basis: [] },
      { id: 'p', title: '东江省优化营商环境条例', basis: ['优化营商环境条例'] },
      { id: 'c', title: '云湖市优化营商环境条例', basis: ['中华人民共和国优化营商环境条例', '东江省优化营商环境条例'] },
    ];
    expect(findParents(docs)).toEqual(new Map([['p', 'n'], ['c', 'p']]));
  });
});

describe('families over national → province → city', () => {
  it('puts the city article that carries the provincial restatement in the national row, through the province', () => {
    const r = families('--json');
    expect(r.code, r.stderr).toBe(0);
    const t = FamilyTable.parse(JSON.parse(r.stdout));
    expect(t.anchor).toBe('national');
    expect(t.documents.find((d) => d.id === 'city')).toMatchObject({ parent: 'province' });
    expect(t.documents.find((d) => d.id === 'province')?.parent).toBeUndefined();
    const row = t.families.find((f) => f.id === 'c4')!;
    expect(row.members.province).toMatchObject({ ids: ['c3'] });
    expect(row.members.city).toMatchObject({ ids: ['c3'], via: 'province' });
    // The province's own item, and the city's article carrying it, are one row.
    const own = t.families.find((f) => f.id === 'province:c4')!;
    expect(own.members.city).toMatchObject({ ids: ['c4'], mark: 'adopted' });
    // A city article no other document carries in any form would be a row of its own; here every city article has a row above.
    expect(t.families.filter((f) => f.id.startsWith('city:'))).toEqual([]);
    // …and every city article is in some row: none is lost between the direct links and the ones through the province.
    const cityIds = new Set(t.families.flatMap((f) => f.members.city?.ids ?? []));
    expect([...cityIds].sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    // The national article restated directly by the city is linked directly.
    expect(t.families.find((f) => f.id === 'c3')!.members.city).toMatchObject({ ids: ['c5'] });
    expect(t.families.find((f) => f.id === 'c3')!.members.city.via).toBeUndefined();
  });

  it('the text table marks what was linked through the parent and says who implements whom', () => {
    const r = families('--no-tui');
    expect(r.stdout).toContain('city implements province');
    expect(r.stdout).toMatch(/↑ through the document it implements/);
    expect(r.stdout).toMatch(/\nc4 .*● c3 ↑/);
    const csv = families('--csv').stdout.split(/\r?\n/);
    expect(csv[0]).toMatch(/,national_via,province_via,city_via$/);
  });

  it('--figures of an item the anchor does not carry compares the figures with the province’s, the time limits side by side', () => {
    const r = families('--figures', 'province:c4', '--json');
    expect(r.code, r.stderr).toBe(0);
    const f = JSON.parse(r.stdout) as { reference: string; rows: Array<{ values: Record<string, { text: string } | null> }> };
    expect(f.reference).toBe('province');
    expect(f.rows[0]!.values).toMatchObject({ national: null, province: { text: '五个工作日内' }, city: { text: '三个工作日内' } });
  });
});

describe('what a link to the parent must be to carry a clause on', () => {
  const doc = (name: string) => loadSynthetic({ id: name, source: 'fixture', text: fs.readFileSync(file(name), 'utf8'), truth: new Set() });
  const [national, province, city] = [doc('national'), doc('province'), doc('city')];
  const member = (d: typeof city) => familyMember(d, alignLoaded(national, d, jurisdictionNames(national, d)).alignment, makeMasker(jurisdictionNames(national, d)));
  const table = (link: Link) => {
    const m = member(city);
    m.via = { parent: 'province', alignment: { base: 'province', other: 'city', links: [link], baseOnly: [], otherOnly: [] } };
    return buildFamilies(national, [member(province), m]);
  };
  const row = (t: ReturnType<typeof table>) => t.families.find((f) => f.id === 'c4')!.members.city!;

  it('a link the texts support carries the city article into the national row', () => {
    expect(row(table({ base: ['c3'], other: ['c3'], score: 0.9, similarity: 0.5, status: 'auto', kind: 'ordered' }))).toMatchObject({ ids: ['c3'], via: 'province' });
  });

  it('a link made by position alone (little likeness) carries nothing; a person’s link does', () => {
    expect(row(table({ base: ['c3'], other: ['c3'], score: 0.9, similarity: 0.1, status: 'auto', kind: 'ordered' }))).toMatchObject({ ids: [], mark: 'absent' });
    expect(row(table({ base: ['c3'], other: ['c3'], score: 1, similarity: 0.1, status: 'confirmed', kind: 'ordered' }))).toMatchObject({ ids: ['c3'], via: 'province' });
  });

  it('a clause carried through the parent into a row the city already has directly joins that cell, keeping its mark', () => {
    const m = member(city);
    // The city's 第五条 linked directly with the national 第四条 as well (as if it restated it).
    m.alignment = { ...m.alignment, links: [...m.alignment.links, { base: ['c4'], other: ['c5'], score: 0.95, status: 'auto' }] };
    m.unanchored = m.unanchored.filter((u) => u.id !== 'c5');
    m.via = { parent: 'province', alignment: { base: 'province', other: 'city', links: [{ base: ['c3'], other: ['c3'], score: 0.9, similarity: 0.5, status: 'auto' }], baseOnly: [], otherOnly: [] } };
    const t = buildFamilies(national, [member(province), m]);
    const cell = t.families.find((f) => f.id === 'c4')!.members.city!;
    expect(cell.ids.sort()).toEqual(['c3', 'c5']);
    expect(cell.via).toBeUndefined();
    expect(t.families.some((f) => f.id === 'city:c3')).toBe(false);
  });

  it('a clause joined to the parent’s own item is as sure as its link: partial for a low score', () => {
    const t = table({ base: ['c4'], other: ['c4'], score: 0.5, similarity: 0.4, status: 'auto', kind: 'ordered' });
    expect(t.families.find((f) => f.id === 'province:c4')!.members.city).toMatchObject({ ids: ['c4'], mark: 'partial', score: 0.5, via: 'province' });
  });
});

describe('figures only members state', () => {
  it('a national article with no figure shows the figures the provinces add to it, each marked as added', async () => {
    const { familyFigures } = await import('../../src/families/build-families.js');
    const law = (id: string, body: string) => loadSynthetic({ id, source: 'fixture', text: `# ${id}条例\n\n第一条　${body}\n\n第二条　本条例自2025年1月1日起施行。\n`, truth: new Set() });
    const national = law('national', '政府及其有关部门应当推进政务服务标准化，编制并向社会公开办事指南，细化量化政务服务标准。');
    const province = law('province', '县级以上人民政府及其有关部门应当推进政务服务标准化，编制并向社会公开办事指南，细化量化政务服务标准，对申请材料齐全的申请在五个工作日内办结。');
    const names = jurisdictionNames(national, province);
    const table = buildFamilies(national, [familyMember(province, alignLoaded(national, province, names).alignment, makeMasker(names))]);
    const f = familyFigures(table, 'c1', [national, province], names)!;
    expect(f.rows.map((r) => [r.added, r.values.national?.text ?? null, r.values.province?.text ?? null])).toEqual([[true, null, '五个工作日内']]);
  });
});
