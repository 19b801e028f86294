// `check` on the real documents: the Haining draft's attachment tables against its own body.
import { describe, expect, it } from 'vitest';
import { placePattern } from '../../src/align/mask-text.js';
import { checkAttachments } from '../../src/diff/check-attachments.js';
import { ConsistencyReport } from '../../src/model/consistency.js';
import { jurisdictionNames } from '../../src/document-info.js';
import { load } from '../helpers/corpus.js';

const check = (id: string) => {
  const d = load(id);
  return ConsistencyReport.parse(checkAttachments(d.parsed, placePattern(jurisdictionNames(d))));
};

describe('check: attachment tables against the body', () => {
  it('Haining draft: the table restating (五) gives 绿电交易 as 1.5亿千瓦时, the body as 1.2亿千瓦时; both places cited', () => {
    const r = check('haining-2024-draft');
    expect(r.tables).toBe(15);
    expect(r.rows).toBe(175);
    const green = r.disagreements.find((d) => d.quantity.includes('绿电交易'))!;
    expect(green.body.fact.text).toBe('1.2亿千瓦时以上');
    expect(green.table.fact.text).toBe('1.5亿千瓦时以上');
    expect(green.body.place).toMatchObject({ id: 'c5', line: 21, endLine: 23 });
    expect(green.table.place).toMatchObject({ id: 't1.r4', line: 238 });
    expect(green.table.place.label).toContain('2024年扩大有效投资政策措施');
    expect(green.relative).toBeCloseTo(0.25);
  });

  it('compares by what a figure measures with every passage, section intros too: 固定资产投资增长 6%以上 in the table, 10% in 一、', () => {
    const r = check('haining-2024-draft');
    const growth = r.disagreements.find((d) => d.quantity.includes('固定资产投资增长'))!;
    expect(growth.body.place.id).toBe('s1');
    expect(growth.body.fact.text).toBe('10%');
    expect(growth.table.fact.text).toBe('6%以上');
    expect(growth.table.place.id).toBe('t1.r3');
    // Two figures of one unit with phrases less alike (M0 用地容积率 2.5 against 工业用地容积率 1.5) are not one quantity.
    expect(r.disagreements.filter((d) => d.quantity.includes('容积率'))).toEqual([]);
  });

  it('a row that reorders the sentences of (四) is not read as a contradiction (4000亩 is in both)', () => {
    const r = check('haining-2024-draft');
    expect(r.restated.some((x) => x.clause === 'c4')).toBe(true);
    expect(r.disagreements.filter((d) => d.body.place.id === 'c4')).toEqual([]);
  });

  it('documents without attachment tables have nothing to check', () => {
    for (const id of ['jiande-2024', 'hangzhou-2024']) {
      const r = check(id);
      expect(r.tables).toBe(0);
      expect(r.disagreements).toEqual([]);
    }
  });
});
