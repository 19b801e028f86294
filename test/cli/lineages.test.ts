// A corpus of several lineages, as a researcher builds one: `corpus` shows each as a tree and `families` never mixes them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLineages, titleCore } from '../../src/families/build-lineages.js';
import type { CorpusEntry } from '../../src/model/corpus.js';

const BIN = path.resolve('dist/bundle/main.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policydiff-lineages-'));
fs.cpSync('corpora', path.join(root, 'corpora'), { recursive: true });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', POLICYDIFF_ROOT: root } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A regulation of our own writing: the national one, and a province's and a city's that restate its articles with their own. */
const ARTICLES = [
  '为了持续优化营商环境，不断解放和发展社会生产力，制定本条例。',
  '本条例所称营商环境，是指企业等市场主体在市场经济活动中所涉及的体制机制性因素和条件。',
  '政府及其有关部门应当按照规定的时限办理涉企事项，不得超过二十个工作日。',
  '对违反本条例规定的，由有关部门责令改正；情节严重的，依法给予处分。',
];
const regulation = (place: string, extra: string[]) =>
  `# ${place}优化营商环境条例\n\n${[...ARTICLES, ...extra].map((a, k) => `第${'一二三四五六七八九十'[k]}条　${a.replace('本条例', `本条例在${place || '全国'}`)}`).join('\n\n')}\n`;

describe('lineages', () => {
  const files = {
    national: regulation('', []),
    province: regulation('东江省', ['省人民政府应当建立营商环境评价制度。']),
    city: regulation('云湖市', ['市人民政府应当设立营商环境投诉平台。']),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, `${name}.md`), text);

  it('add registers a national regulation and the regulations that implement it', () => {
    expect(run(['add', path.join(root, 'national.md'), '--id', 'yh-national', '--level', 'national', '--name', '国务院']).code).toBe(0);
    expect(run(['add', path.join(root, 'province.md'), '--id', 'yh-dongjiang', '--level', 'province', '--name', '东江省']).code).toBe(0);
    expect(run(['add', path.join(root, 'city.md'), '--id', 'yh-yunhu', '--level', 'city', '--name', '云湖市', '--parent', 'yh-dongjiang']).code).toBe(0);
  });

  it('corpus shows each lineage as a tree: national → province → city, the bundled plans apart', () => {
    const r = run(['corpus']);
    expect(r.code).toBe(0);
    const blocks = r.stdout.split(/\n\n/);
    const yh = blocks.find((b) => b.includes('yh-national'))!;
    expect(yh).toMatch(/anchored on yh-national/);
    expect(yh).toMatch(/\n\s*└ yh-dongjiang/);
    expect(yh).toMatch(/\n\s{2,}└ yh-yunhu/);
    expect(yh).not.toContain('hangzhou');
    const plans = blocks.find((b) => b.includes('hangzhou-2024'))!;
    expect(plans).toMatch(/anchored on hangzhou-2024/);
    expect(plans).toMatch(/· hangzhou-2024-draft/);
    const json = JSON.parse(run(['corpus', '--json']).stdout) as Array<{ id: string; lineage: string; implements: string | null }>;
    expect(json.find((d) => d.id === 'yh-yunhu')).toMatchObject({ lineage: 'yh-national', implements: 'yh-dongjiang' });
    expect(json.find((d) => d.id === 'jiande-2024')).toMatchObject({ lineage: 'hangzhou-2024', implements: 'hangzhou-2024' });
  });

  it('families with no documents named asks which lineage, and with --lineage anchors on its own top document only', () => {
    const ask = run(['families', '--no-tui']);
    expect(ask.code).toBe(2);
    expect(ask.stderr).toMatch(/holds 2 lineages: .*hangzhou-2024 .*yh-national .*--lineage/);
    const r = run(['families', '--lineage', 'yh-yunhu', '--json']);
    expect(r.code).toBe(0);
    const table = JSON.parse(r.stdout) as { anchor: string; documents: Array<{ id: string }> };
    expect(table.anchor).toBe('yh-national');
    expect(table.documents.map((d) => d.id).sort()).toEqual(['yh-dongjiang', 'yh-national', 'yh-yunhu']);
  });
});

describe('titleCore', () => {
  it('keeps what a policy is about, without place, kind and draft words, or the title it cites', () => {
    expect(titleCore('海宁市贯彻《浙江省推动经济高质量发展若干政策》承接落实方案（征求意见稿）')).toBe('推动经济高质量发展若干政策');
    expect(titleCore('进一步推动经济高质量发展若干政策的实施方案')).toBe('推动经济高质量发展若干政策');
    expect(titleCore('河南省优化营商环境条例')).toBe(titleCore('优化营商环境条例'));
  });
  it('puts a placeless regulation above a provincial one of the same level (added before the national level existed)', () => {
    const e = (id: string, title: string, name: string): CorpusEntry => ({ id, title, jurisdiction: { name, level: 'province', parent: null }, stage: 'final', date: null, docNumber: null, script: 'simplified', format: 'md', file: `${id}.md` });
    const [l] = buildLineages([e('henan', '河南省优化营商环境条例', '河南省'), e('national', '优化营商环境条例', '国务院')]);
    expect(l!.top.id).toBe('national');
    expect(l!.parent.get('henan')).toBe('national');
  });
  it('keeps two policies apart that share only their kind of title, and puts an earlier version beside the latest', () => {
    const e = (id: string, title: string, name: string, level: CorpusEntry['jurisdiction']['level'], date: string | null = null): CorpusEntry => ({
      id, title, jurisdiction: { name, level, parent: null }, stage: 'final', date, docNumber: null, script: 'simplified', format: 'md', file: `${id}.md`,
    });
    const lineages = buildLineages([
      e('economy', '关于进一步推动经济高质量发展的若干政策', '杭州市', 'city'),
      e('culture', '浙江省人民政府关于进一步推动文化产业高质量发展的若干政策', '浙江省', 'province'),
      e('sport', '杭州市人民政府关于印发杭州市促进体育产业高质量发展若干政策的通知', '杭州市', 'city'),
      e('law-2017', '中华人民共和国会计法', '全国人民代表大会常务委员会', 'national', '2017-11-04'),
      e('law-2024', '中华人民共和国会计法', '全国人民代表大会常务委员会', 'national', '2024-06-28'),
    ]);
    expect(lineages.map((l) => l.members.map((m) => m.id).sort())).toEqual([['economy'], ['culture'], ['sport'], ['law-2017', 'law-2024']]);
    const law = lineages.find((l) => l.top.id === 'law-2024')!;
    expect(law.draftOf.get('law-2017')).toBe('law-2024');
  });
  it('never makes a document its own ancestor: a county-level copy filed under the province name is not the city\'s parent', () => {
    const e = (id: string, name: string, level: CorpusEntry['jurisdiction']['level'], parent: string | null, stage: 'draft' | 'final' = 'final'): CorpusEntry => ({
      id, title: '进一步推动经济高质量发展若干政策', jurisdiction: { name, level, parent }, stage, date: null, docNumber: null, script: 'simplified', format: 'md', file: `${id}.md`,
    });
    const [l] = buildLineages([e('city', '杭州市', 'city', '浙江省'), e('copy', '浙江省', 'county', null, 'draft'), e('county', '建德市', 'county', '杭州市')]);
    expect(l!.parent.get('city')).toBeNull();
    // Walking up from any member ends at a root.
    for (const m of l!.members) {
      const seen = new Set<string>();
      for (let up: string | null | undefined = m.id; up; up = l!.parent.get(up) ?? l!.draftOf.get(up)) {
        expect(seen.has(up), m.id).toBe(false);
        seen.add(up);
      }
    }
  });
  it('a cycle elsewhere is cut inside it, not where a document outside it reaches it', () => {
    const e = (id: string, name: string, level: CorpusEntry['jurisdiction']['level'], parentId?: string): CorpusEntry => ({
      id, title: '进一步推动经济高质量发展若干政策', jurisdiction: { name, level, parent: null, ...(parentId ? { parentId } : {}) }, stage: 'final', date: null, docNumber: null, script: 'simplified', format: 'md', file: `${id}.md`,
    });
    const [l] = buildLineages([e('county', '淳安县', 'county', 'cityA'), e('cityA', '杭州市', 'city', 'cityB'), e('cityB', '宁波市', 'city', 'cityA')]);
    expect(l!.parent.get('county')).toBe('cityA');
  });
});

