// A law against its revision (fixtures written by us in the form of a national law): articles renumbered with their text unchanged are
// counted once and never listed as changes; standardized characters (帐→账, 其它→其他) are variants; the real edits are changes.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import type { PairDiff } from '../../src/model/clause-diff.js';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';

const fixture = (name: string) =>
  loadSynthetic({ id: name.replace(/\.md$/, ''), source: 'fixture', text: fs.readFileSync(`test/fixtures/outline/${name}`, 'utf8'), truth: new Set() });
const diff = diffAligned(alignLoaded(fixture('law-national.md'), fixture('law-revised.md'), []));
const pairOf = (base: string): PairDiff => diff.pairs.find((p) => p.base.length === 1 && p.base[0] === base)!;

describe('diff: a law against its revision', () => {
  it('the eight articles renumbered with their text unchanged are identical and renumbered, counted once in the summary', () => {
    const renumbered: Array<[string, string]> = [['c17', 'c16'], ['c18', 'c17'], ['c21', 'c20'], ['c22', 'c21'], ['c23', 'c22'], ['c28', 'c26'], ['c29', 'c28'], ['c30', 'c29']];
    for (const [b, o] of renumbered) expect(pairOf(b), b).toMatchObject({ other: [o], status: 'identical', renumbered: true });
    // …and c20 → c19, whose only difference is 台帐 → 台账: renumbered too, as variant-only.
    const articles = diff.pairs.filter((p) => p.renumbered && p.base[0]!.startsWith('c'));
    expect(articles.map((p) => p.base[0]).sort()).toEqual([...renumbered.map(([b]) => b), 'c20'].sort());
    expect(diff.summary.renumbered).toBe(diff.pairs.filter((p) => p.renumbered).length);
  });

  it('articles kept under their number are not renumbered', () => {
    for (const id of ['c1', 'c6', 'c12', 'c12-1', 'c14']) expect(pairOf(id), id).toMatchObject({ other: [id], status: 'identical' });
    expect(pairOf('c1').renumbered).toBeUndefined();
  });

  it('其它 → 其他 and 台帐 → 台账 are variants, not changes', () => {
    expect(pairOf('c15').status).toBe('variant-only');
    expect(pairOf('c20')).toMatchObject({ other: ['c19'], status: 'variant-only', renumbered: true });
  });

  it('the raised fine and the reworded article are changes', () => {
    expect(pairOf('c24').status).toBe('modified');
    expect(pairOf('c19').status).toBe('modified');
    expect(pairOf('c16').status).toBe('base-only');
  });
});
