// Families on the bundled corpus: which document anchors them, and items no anchor clause carries grouped across documents.
import { describe, expect, it } from 'vitest';
import { makeMasker } from '../../src/align/mask-text.js';
import { clusterSignatures } from '../../src/families/cluster-signatures.js';
import { buildFamilies, chooseDocuments, familyMember } from '../../src/families/build-families.js';
import { estimateJaccard, minhashSignature } from '../../src/families/minhash-signature.js';
import { alignLoaded } from '../../src/pipeline.js';
import { jurisdictionNames } from '../../src/document-info.js';
import { load } from '../helpers/corpus.js';
import { loadManifest } from '../../src/ingest/load-manifest.js';
import type { CorpusEntry } from '../../src/model/corpus.js';

const entries = loadManifest().documents;

describe('chooseDocuments', () => {
  it('takes one document per jurisdiction (the final over the draft) and anchors on Hangzhou', () => {
    const c = chooseDocuments(entries);
    expect(c.anchor.id).toBe('hangzhou-2024');
    expect(c.others.map((e) => e.id)).toEqual(['jiande-2024', 'quzhou-2024', 'haining-2024-draft']);
  });
  it('anchors on the provincial template once it is added', () => {
    const province: CorpusEntry = { ...entries[1]!, id: 'zhejiang-2024', jurisdiction: { name: '浙江省', level: 'province', parent: null } };
    const c = chooseDocuments([...entries, province]);
    expect(c.anchor.id).toBe('zhejiang-2024');
    expect(c.others.map((e) => e.id)).toContain('hangzhou-2024');
  });
});

describe('families over the bundled corpus', () => {
  const anchor = load('hangzhou-2024');
  const members = ['jiande-2024', 'quzhou-2024', 'haining-2024-draft'].map((id) => {
    const doc = load(id);
    const names = jurisdictionNames(anchor, doc);
    return familyMember(doc, alignLoaded(anchor, doc, names).alignment, makeMasker(names));
  });
  const table = buildFamilies(anchor, members);

  it('has one row per anchor clause and section intro, each member marked', () => {
    expect(table.families.filter((f) => !f.id.includes(':'))).toHaveLength(anchor.parsed.clauses.length + anchor.parsed.sections.length);
    const c16 = table.families.find((f) => f.id === 'c16')!;
    expect(Object.keys(c16.members).sort()).toEqual(['haining-2024-draft', 'hangzhou-2024', 'jiande-2024', 'quzhou-2024']);
    expect(c16.members['jiande-2024']!.mark).toBe('adopted');
  });

  it('puts 打造消费新场景, which Quzhou and Haining add and Hangzhou lacks, in one row', () => {
    const rows = table.families.filter((f) => f.title.includes('打造消费新场景'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.members['quzhou-2024']!.ids).toEqual(['c46']);
    expect(rows[0]!.members['haining-2024-draft']!.ids).toEqual(['c41']);
    expect(rows[0]!.members['hangzhou-2024']!.mark).toBe('absent');
  });

  it('keeps unrelated added clauses in rows of their own', () => {
    const added = table.families.filter((f) => f.id.includes(':'));
    for (const f of added) expect(Object.values(f.members).filter((m) => m.ids.length).length).toBeLessThanOrEqual(2);
    expect(added.find((f) => f.title.includes('深化集体林权制度改革'))!.members['jiande-2024']!.mark).toBe('absent');
  });
});

describe('MinHash grouping', () => {
  const text = '推广智能家电、集成家电、功能化家具等产品，提升家居智能化绿色化水平。支持直播电商提质升级';
  it('estimates Jaccard near 1 for the same text and near 0 for unrelated text', () => {
    const a = minhashSignature(text)!;
    expect(estimateJaccard(a, minhashSignature(text)!)).toBe(1);
    expect(estimateJaccard(a, minhashSignature('深化集体林权制度改革，推进林业碳汇交易试点，完善生态补偿机制')!)).toBeLessThan(0.1);
    expect(minhashSignature('二〇')).toBeNull();
  });
  it('never joins two items of one group directly, and leaves singletons out', () => {
    const sig = minhashSignature(text)!;
    expect(clusterSignatures([{ group: 'a', signature: sig }, { group: 'a', signature: sig }], 0.3)).toEqual([]);
    expect(clusterSignatures([{ group: 'a', signature: sig }, { group: 'b', signature: sig }, { group: 'c', signature: minhashSignature('完全不同的另一条政策条款内容')! }], 0.3)).toEqual([[0, 1]]);
  });
});

describe('families --figures as CSV', () => {
  it('gives each figure its comparator and a range its lower bound', async () => {
    const { renderFigureCsv } = await import('../../src/render/report/families-report.js');
    const fact = (text: string, value: number, comparator: 'max' | 'range', min?: number) => ({
      text, value, unit: '元', comparator, quantity: '补助', start: 0, end: text.length, kind: 'money', ...(min !== undefined ? { range: { min, max: value, minStrict: false, maxStrict: false } } : {}),
    });
    const csv = renderFigureCsv({ family: 'c1', documents: ['a', 'b'], rows: [{ quantity: '补助', values: { a: fact('最高50万元', 500000, 'max'), b: fact('10-20万元', 200000, 'range', 100000) }, weak: ['b'] }] });
    const [head, row] = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(head).toBe('family,quantity,a_text,a_value,a_unit,a_comparator,a_min,b_text,b_value,b_unit,b_comparator,b_min,a_weak,b_weak,reference_states');
    // b's figure is a weak pairing: said in its _weak column.
    expect(row).toBe('c1,补助,最高50万元,500000,元,max,,10-20万元,200000,元,range,100000,,yes,yes');
  });
});
