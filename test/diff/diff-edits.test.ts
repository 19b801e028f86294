// Any real edit is a change: a word inserted or deleted, or a figure changed, anywhere in a real document (a policy or a law), makes diff report it; only variants leave it identical.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';

const TEXTS = {
  'hangzhou-2024-draft': fs.readFileSync('corpora/001_5a13edc39a821a24.txt', 'utf8'),
  'law-national': fs.readFileSync('test/fixtures/outline/law-national.md', 'utf8'),
  'policy-one-paragraph': fs.readFileSync('test/fixtures/outline/policy-one-paragraph.txt', 'utf8'),
};

type Edit = { kind: 'insert' | 'delete' | 'figure'; at: number };

/** Applies one edit at a place in the body (past the first 300 characters: the title and history are not what is tested here). */
function edited(text: string, e: Edit): string | null {
  const from = Math.min(300, Math.floor(text.length / 3));
  const places: number[] = [];
  // A word edit falls between two Han characters; a character next to a figure may be its unit, and 2200亿元 / 2200亿 is one
  // amount written two ways (a variant by design), so figures are edited in their digits.
  const han = /\p{Script=Han}/u;
  const wordAt = (i: number) => han.test(text[i]!) && han.test(text[i - 1] ?? '') && han.test(text[i + 1] ?? '') && !/\d/.test(text.slice(Math.max(0, i - 4), i + 4));
  // The number of an item at a line's start (1. 2. …) is no figure: it follows from the items before it (a renumbered item is a variant).
  const itemLabel = (i: number) => /(?:^|\n)\d{0,2}$/.test(text.slice(Math.max(0, i - 3), i)) && /^\d{0,2}[.．、](?!\d)/.test(text.slice(i + 1, i + 5));
  for (let i = from; i < text.length; i++) if (e.kind === 'figure' ? /\d/.test(text[i]!) && !itemLabel(i) : wordAt(i)) places.push(i);
  if (!places.length) return null;
  const i = places[e.at % places.length]!;
  if (e.kind === 'insert') return `${text.slice(0, i)}甲乙${text.slice(i)}`;
  if (e.kind === 'delete') return `${text.slice(0, i)}${text.slice(i + 1)}`;
  return `${text.slice(0, i)}${(Number(text[i]) + 3) % 10}${text.slice(i + 1)}`;
}

const diffOf = (a: string, b: string) => {
  const base = loadSynthetic({ id: 'edit-base', source: 'property', text: a, truth: new Set() });
  const other = loadSynthetic({ id: 'edit-other', source: 'property', text: b, truth: new Set() });
  return diffAligned(alignLoaded(base, other, []));
};

describe('every edit is reported', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`${name}: a word inserted or deleted, or a figure changed, anywhere makes a change (diff exits 1)`, () => {
      fc.assert(
        fc.property(fc.record({ kind: fc.constantFrom<Edit['kind']>('insert', 'delete', 'figure'), at: fc.nat() }), (e) => {
          const changed = edited(text, e);
          fc.pre(changed !== null && changed !== text);
          const diff = diffOf(text, changed!);
          const reported = diff.pairs.filter((p) => p.status !== 'identical' && p.status !== 'variant-only');
          expect(reported.length).toBeGreaterThan(0);
        }),
        // Seeded so CI is repeatable; run with another seed to explore (an unseeded run found the unit-word case above).
        { numRuns: 12, seed: 20261201 },
      );
    });
  }

  it('the same text against itself is identical: no change, diff exits 0', () => {
    for (const text of Object.values(TEXTS)) expect(diffOf(text, text).pairs.every((p) => p.status === 'identical')).toBe(true);
  });
});

describe('a bracket opened in an edit and closed in the next', () => {
  const law = (body: string) => `# 某某市会计管理条例\n\n第一条 为了规范会计行为，制定本条例。\n\n第二条 ${body}`;
  it('is one change with the words between, and the closing mark is no punctuation variant of its own', () => {
    const d = diffOf(law('各单位不得随意改变资产、负债、所有者权益的确认标准。'), law('各单位不得随意改变资产、负债、净资产（所有者权益）的确认标准。'));
    const p = d.pairs.find((x) => x.base.includes('c2'))!;
    expect(p.changes).toHaveLength(1);
    // One change: 所有者权益 reworded as 净资产（所有者权益）.
    expect(p.changes[0]).toMatchObject({ kind: 'reworded', before: '所有者权益', after: '净资产（所有者权益）' });
    const words = p.changes[0]!.chars ?? p.changes[0]!.words!;
    expect(words.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['净资产（', '）']);
    expect(p.variants.filter((v) => v.kind === 'punctuation')).toEqual([]);
    // The whole redline marks the closing bracket as added too; a bracket swapped (（…） → 《…》) stays unmarked in it.
    expect(p.redline!.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['净资产（', '）']);
    const swapped = diffOf(law('依照（暂行办法）执行。'), law('依照《暂行办法》执行。')).pairs.find((x) => x.base.includes('c2'))!;
    expect(swapped.redline!.filter((s) => s.op !== 'equal')).toEqual([]);
  });
  it('brackets nested over several edits are one change', () => {
    const d = diffOf(law('各单位应当按照统一的会计制度和本单位的规定进行核算。'), law('各单位应当按照（国家“统一”的会计制度和本单位的）规定进行核算。'));
    const p = d.pairs.find((x) => x.base.includes('c2'))!;
    expect(p.changes).toHaveLength(1);
    expect(p.variants.filter((v) => v.kind === 'punctuation')).toEqual([]);
  });
  it('the same change at the same place twice is one line of the report, counted', async () => {
    const { renderDiffText } = await import('../../src/render/report/diff-text.js');
    const d = diffOf(law('不得随意改变资产、负债、所有者权益的确认标准，虚列资产、负债、所有者权益。'), law('不得随意改变资产、负债、净资产（所有者权益）的确认标准，虚列资产、负债、净资产（所有者权益）。'));
    const p = d.pairs.find((x) => x.base.includes('c2'))!;
    expect(p.changes).toHaveLength(2);
    const lines = renderDiffText(d, { all: false, width: 160 }).split('\n').filter((l) => l.startsWith('  ') && l.includes('净资产'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/×2/);
    // Bare edits that only look alike (不超过 → 最高 before two different sums) are never folded.
    const bare = diffOf(law('给予不超过15万元补助，或者给予不超过50万元奖励。'), law('给予最高15万元补助，或者给予最高50万元奖励。'));
    const shown = renderDiffText(bare, { all: false, width: 160 }).split('\n').filter((l) => l.startsWith('  ') && l.includes('最高'));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.some((l) => /×\d/.test(l))).toBe(false);
  });
  it('a bound written as a sign turned round (<35 → >35) is a change and a changed figure, not a variant; <> for 〈〉 stays one', () => {
    const d = diffOf(law('PM2.5年均浓度<35微克/立方米。'), law('PM2.5年均浓度>35微克/立方米。'));
    const p = d.pairs.find((x) => x.base.includes('c2'))!;
    expect(p.changes.map((c) => [c.kind, c.before, c.after])).toEqual([['reworded', '<', '>']]);
    expect(p.numbers.map((n) => [n.change, n.before?.text, n.after?.text])).toEqual([['changed', '<35微克/立方米', '>35微克/立方米']]);
    const quoted = diffOf(law('依照<暂行办法>执行。'), law('依照〈暂行办法〉执行。')).pairs.find((x) => x.base.includes('c2'))!;
    expect(quoted.changes).toEqual([]);
    // …and the redline every report draws marks nothing: < is not struck out before an unmarked 〈.
    expect(quoted.redline?.filter((seg) => seg.op !== 'equal')).toEqual([]);
  });
  it('quotes put round a figure with its bound change nothing: the figure is the same', () => {
    const d = diffOf(law('对获评的企业给予最高50万元奖励。'), law('对获评的企业给予“最高50万元”奖励。'));
    const p = d.pairs.find((x) => x.base.includes('c2'))!;
    expect(p.changes).toEqual([]);
    expect(p.numbers.map((n) => n.change)).toEqual(['unchanged']);
  });
  it('quotes put round a name are one punctuation variant (专精特新 / “专精特新”), not two stray marks', () => {
    const d = diffOf(law('支持专精特新企业发展壮大。'), law('支持“专精特新”企业发展壮大。'));
    const p = d.pairs.find((x) => x.base.includes('c2'))!;
    expect(p.changes).toEqual([]);
    expect(p.variants.map((v) => [v.kind, v.before, v.after])).toEqual([['punctuation', '专精特新', '“专精特新”']]);
  });
});
