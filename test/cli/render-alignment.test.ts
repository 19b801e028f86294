// The align command's listing says which way a join goes: several old articles into one is a merge, one into several a split.
import { describe, expect, it } from 'vitest';
import { renderAlignment } from '../../src/cli/align-command.js';
import type { Alignment } from '../../src/model/alignment.js';
import { syntheticLaw } from '../helpers/synthetic-law.js';

const base = syntheticLaw('old', '某某市档案管理条例', ['档案馆应当收集本行政区域内的档案。', '档案馆应当对档案进行整理。', '违反本条例的，处一千元罚款。']).parsed;
const other = syntheticLaw('new', '某某市档案管理条例', ['档案馆应当收集、整理本行政区域内的档案。', '违反本条例的，处二千元罚款。', '情节严重的，处五千元罚款。']).parsed;
const ids = (d: typeof base) => d.clauses.map((c) => c.id);

function listing(links: Array<[number[], number[]]>): string[] {
  const [b, o] = [ids(base), ids(other)];
  const alignment: Alignment = {
    base: base.id,
    other: other.id,
    links: links.map(([bs, os]) => ({ base: bs.map((k) => b[k]!), other: os.map((k) => o[k]!), score: 0.9, status: 'auto', kind: bs.length > 1 || os.length > 1 ? 'split' : 'ordered' })),
    baseOnly: [],
    otherOnly: [],
  } as Alignment;
  return renderAlignment(alignment, base, other).split('\n');
}

describe('align listing', () => {
  it('calls two old articles joined into one new article a merge, and one old article divided in two a split', () => {
    const lines = listing([[[0, 1], [0]], [[2], [1, 2]]]);
    const merge = lines.find((l) => l.includes('档案馆应当收集本行政区域'))!;
    const split = lines.find((l) => l.includes('一千元'))!;
    expect(merge).toMatch(/0\.90 merge/);
    expect(split).toMatch(/0\.90 split/);
    expect(lines.filter((l) => /0\.90 (merge|split)/.test(l))).toHaveLength(2);
  });
});
