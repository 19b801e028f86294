// One article alone on each side between the same two links, each the other's closest: the article of that place, reworded below
// what the ordered pass needs (本市设立节约用水宣传日 → 每年三月二十二日所在周为节约用水宣传周). Two unrelated ones stay apart. Laws we wrote.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { syntheticLaw } from '../helpers/synthetic-law.js';

const law = (id: string, articles: string[]) => syntheticLaw(id, '某某市节约用水条例', articles).parsed;
const BEFORE = ['为了节约用水，保护和合理利用水资源，根据有关法律，结合本市实际，制定本条例。', '市水务部门负责本市节约用水的监督管理工作，区水务部门负责本辖区的节约用水工作。'];
const AFTER = ['用水单位应当建立节约用水责任制度，配备计量设施，定期开展水平衡测试。', '违反本条例规定，浪费用水的，由水务部门责令改正，处一千元以上一万元以下罚款。'];
const links = (a: ReturnType<typeof alignDocuments>) => a.links.map((l) => [l.base, l.other]);

describe('a single gap', () => {
  it('links the two articles that stand alone in the same place when each reads closest to the other', () => {
    const old = law('old-gap', [...BEFORE, '本市设立节约用水宣传日。', ...AFTER]);
    const now = law('new-gap', [...BEFORE, '每年三月二十二日所在周为节约用水宣传周。', ...AFTER]);
    const a = alignDocuments(old, now, []);
    const [i, j] = [a.matrix.base.findIndex((u) => u.id === 'c3'), a.matrix.other.findIndex((u) => u.id === 'c3')];
    // Below the ordered pass's line: only the gap links them.
    expect(a.matrix.score[i]![j]!).toBeLessThan(0.12);
    expect(links(a)).toContainEqual([['c3'], ['c3']]);
    expect(a.baseOnly).toEqual([]);
  });

  it('leaves a deleted article and a new one in the same place apart when they share nothing', () => {
    const old = law('old-apart', [...BEFORE, '本市设立节约用水宣传日。', ...AFTER]);
    const now = law('new-apart', [...BEFORE, '再生水纳入水资源统一配置，工业冷却优先使用再生水。', ...AFTER]);
    const a = alignDocuments(old, now, []);
    expect(a.baseOnly).toEqual(['c3']);
    expect(a.otherOnly).toEqual(['c3']);
  });
});
