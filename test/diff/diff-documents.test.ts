// The difference engine on the bundled documents: what a reviewer checks — figures, items, moves, noise, summary.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placePattern } from '../../src/align/mask-text.js';
import { collectSide } from '../../src/diff/diff-side.js';
import { diffPassages } from '../../src/diff/diff-passages.js';
import { scoreFigurePairing, scoreNumericChanges, variantOnlyChanges } from '../../src/eval/score-diff.js';
import { DocumentDiff, type PairDiff } from '../../src/model/clause-diff.js';
import { GoldChanges, GoldNumbers } from '../../src/model/gold.js';
import { foldVariants } from '../../src/normalize/reverse-vocabulary.js';
import { diffPair } from '../../src/pipeline.js';
import { jurisdictionOf } from '../../src/document-info.js';
import { load } from '../helpers/corpus.js';

const hz = diffPair('hangzhou-2024-draft', 'hangzhou-2024');
const jd = diffPair('hangzhou-2024', 'jiande-2024');
const pair = (d: DocumentDiff, base: string): PairDiff => d.pairs.find((p) => p.base.includes(base))!;
const gold = <T>(file: string, schema: { parse: (v: unknown) => T }): T => schema.parse(JSON.parse(fs.readFileSync(`alignments/gold/${file}`, 'utf8')));

describe('diff: Hangzhou draft against the final', () => {
  it('lists no variant whose two forms read the same (a piece of a long edit cut alike on both sides is no variant)', () => {
    for (const d of [hz.diff, jd.diff]) {
      const same = [...d.summary.variants, ...d.pairs.flatMap((p) => p.variants)].filter((v) => v.before === v.after);
      expect(same).toEqual([]);
    }
  });

  it('follows the JSON contract', () => {
    expect(() => DocumentDiff.parse(JSON.parse(JSON.stringify(hz.diff)))).not.toThrow();
    expect(hz.diff.summary.clauses).toEqual({ base: 76, other: 76 });
  });

  it('reports 不少于7000亩 → 2万亩 as one figure change with Δ, and the other figures of (五十六)', () => {
    const numbers = pair(hz.diff, 'c56').numbers.filter((n) => n.change !== 'unchanged');
    const land = numbers.find((n) => n.before?.value === 7000)!;
    expect(land).toMatchObject({ change: 'changed', delta: 13000, after: { value: 20000, unit: '亩' } });
    expect(numbers.find((n) => n.before?.value === 50000)).toMatchObject({ change: 'changed', after: { value: 70000 }, relative: 0.4 });
    expect(numbers.find((n) => n.change === 'added')?.after).toMatchObject({ value: 50000, unit: '亩' });
  });

  it('never splits a number in the word redline', () => {
    for (const p of hz.diff.pairs) {
      for (const c of p.changes) {
        const segs = c.words ?? [];
        for (let i = 1; i < segs.length; i++) {
          const joint = `${segs[i - 1]!.text.slice(-1)}${segs[i]!.text.slice(0, 1)}`;
          expect(/^\d[\d.]$|^\.\d$/.test(joint), `${p.base} ${c.kind}: ${JSON.stringify(segs)}`).toBe(false);
        }
        expect(c.chars === undefined || !/\d/.test(`${c.before}${c.after}`)).toBe(true);
      }
    }
  });

  it('lists the added 70% rule of (五), and the three dropped targets of (二十九)', () => {
    expect(pair(hz.diff, 'c5').numbers.find((n) => n.change === 'added')).toMatchObject({ after: { value: 70, unit: '%' } });
    const dropped = pair(hz.diff, 'c29').numbers.filter((n) => n.change === 'dropped').map((n) => n.before!.text);
    expect(dropped).toEqual(expect.arrayContaining(['20家', '50家', '85%以上']));
    expect(pair(hz.diff, 'c29').numbers.find((n) => n.before?.text === '10家')).toMatchObject({ change: 'changed', after: { text: '10个以上' } });
  });

  it('compares enumerations as sets: items added and dropped', () => {
    const items = (id: string, kind: string) => pair(hz.diff, id).changes.filter((c) => c.kind === kind).flatMap((c) => c.items ?? []);
    expect(items('c19', 'items-added')).toContain('卓越工程师');
    expect(items('c23', 'items-dropped')).toContain('鲲鹏企业');
    expect(items('c54', 'items-dropped')).toContain('高标准农田建设');
    expect(items('c69', 'items-dropped')).toContain('补贴');
  });

  it('shows a sentence moved inside a clause as a move', () => {
    const moved = pair(hz.diff, 'c11').changes.find((c) => c.kind === 'moved');
    expect(moved?.before).toContain('名校名院名所');
  });

  it('reports the 责任单位 line once, as a systematic change, and 支援/支持 only as a variant', () => {
    const s = hz.diff.summary;
    expect(s.systematic.map((x) => x.description)).toContain('every clause of hangzhou-2024 gained a 责任单位 line');
    expect(s.byKind['responsible-units']).toBe(1);
    expect(s.variants.find((v) => v.kind === 'vocabulary' && v.before === '支持' && v.after === '支援')!.count).toBeGreaterThan(50);
    expect(s.variants.find((v) => v.kind === 'script')!.count).toBeGreaterThan(1000);
    const noisy = hz.diff.pairs.flatMap((p) => p.changes).filter((c) => /支援|品质/.test(c.after ?? '') && foldVariants(c.after ?? '') === (c.before ?? ''));
    expect(noisy).toEqual([]);
  });

  it('meets the numeric targets against the gold change list', () => {
    const score = scoreNumericChanges(hz.diff, gold('hz-draft-final.changes.json', GoldChanges), true);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('diff: Jiande against Hangzhou', () => {
  it('lists the six city clauses Jiande has no counterpart for as base-only', () => {
    expect(jd.diff.pairs.filter((p) => p.status === 'base-only').map((p) => p.base[0])).toEqual(['c10', 'c11', 'c22', 'c43', 'c51', 'c68']);
  });

  it('marks the county premium subsidy (80% against 50%) as loosening, and totals of different size as scale', () => {
    const premium = jd.diff.pairs.flatMap((p) => p.numbers).find((n) => n.before?.value === 50 && n.after?.value === 80 && n.before.unit === '%');
    expect(premium).toMatchObject({ role: 'benefit', effect: 'loosens', change: 'changed' });
    const power = pair(jd.diff, 'c5').numbers.find((n) => n.before?.value === 1000000 && n.before.unit === '千瓦');
    expect(power).toMatchObject({ after: { value: 140000 }, scaleDependent: true, effect: 'neutral' });
  });

  it('pairs county and city figures for the same quantity (gold ≥ 0.90)', () => {
    const s = scoreFigurePairing(jd.diff, gold('jiande-hangzhou.numbers.json', GoldNumbers), jd.base.parsed, jd.other.parsed);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe('diff: noise', () => {
  it('reports no change that is only a variant in any bundled pair', () => {
    const pairs: Array<[string, string]> = [
      ['hangzhou-2024', 'quzhou-2024'],
      ['hangzhou-2024', 'haining-2024-draft'],
    ];
    const diffs = [hz, jd, ...pairs.map(([b, o]) => diffPair(b, o))];
    for (const d of diffs) {
      // A variant is the swap of the two documents' own jurisdictions; a third one named (浙江 in a Haining clause) is text.
      const own = [jurisdictionOf(d.base), jurisdictionOf(d.other)].filter((n): n is string => !!n);
      const places = placePattern(own, { levels: own[0] !== own[1] });
      expect(variantOnlyChanges(d.diff, (t) => foldVariants(t).replace(places, '◇')), `${d.base.parsed.id} ↔ ${d.other.parsed.id}`).toEqual([]);
    }
  });

  it('finds nothing when a clause is compared with itself', () => {
    const doc = load('jiande-2024').parsed;
    const places = placePattern(['建德市', '杭州市']);
    for (const c of doc.clauses) {
      const side = collectSide(doc, [c.id]);
      const r = diffPassages(side, side, { places, crossJurisdiction: false });
      expect(r.changes, c.id).toEqual([]);
      expect(r.numbers.every((n) => n.change === 'unchanged')).toBe(true);
    }
  });

  it('treats a city name swapped for the county name as a variant', () => {
    const doc = load('hangzhou-2024').parsed;
    const clause = doc.clauses.find((c) => c.text.split('杭州市').length > 2)!;
    const side = collectSide(doc, [clause.id]);
    const swapped = { ...side, text: side.text.replaceAll('杭州市', '建德市') };
    const r = diffPassages(side, { ...swapped, facts: side.facts }, { places: placePattern(['建德市', '杭州市']), crossJurisdiction: true });
    expect(r.changes).toEqual([]);
  });
});

describe('diff: jurisdiction names', () => {
  it('a third jurisdiction named in one text is a change, not a variant: Jiande (九) drops 浙江省中医药“百科帮扶”', () => {
    const p = jd.diff.pairs.find((x) => x.base.includes('c73'))!;
    expect(p.changes.some((c) => (c.before ?? '').includes('浙江省中医药'))).toBe(true);
    // The expected swap of the two documents' own names stays a variant.
    expect(jd.diff.pairs.flatMap((x) => x.variants).some((v) => v.kind === 'jurisdiction' && v.before === '杭州市' && v.after === '建德市')).toBe(true);
  });
});
