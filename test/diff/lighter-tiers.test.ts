// A milder case carved out of a fine that stays (货值金额不足一万元的，处货值金额三倍以下的罚款) loosens; a fine given to the ordinary
// case beside a kept 情节严重 fine, or to a new act, tightens. Laws we wrote, diffed whole.
import { describe, expect, it } from 'vitest';
import { alignLoaded, diffAligned } from '../../src/pipeline.js';
import { syntheticLaw } from '../helpers/synthetic-law.js';

const PURPOSE = '为了加强产品质量监督管理，制定本条例。';

/** The fines added in 第二条 of the new text, as [figure, effect]. */
function addedFines(tag: string, before: string, after: string): Array<[string | undefined, string]> {
  const old = syntheticLaw(`old-${tag}`, '某某市产品质量监督条例', [PURPOSE, before]);
  const now = syntheticLaw(`new-${tag}`, '某某市产品质量监督条例', [PURPOSE, after]);
  const pair = diffAligned(alignLoaded(old, now, [])).pairs.find((p) => p.base.includes('c2'))!;
  return pair.numbers.filter((n) => n.role === 'penalty' && n.change === 'added').map((n) => [n.after?.text, n.effect]);
}

describe('a lighter tier added beside a fine that stays', () => {
  it('a multiple of a capped base, under the kept fine’s floor, loosens', () => {
    const found = addedFines(
      'multiple',
      '销售未经检验的产品的，责令改正，处五万元以上二十万元以下的罚款。',
      '销售未经检验的产品的，责令改正，处五万元以上二十万元以下的罚款；违法产品货值金额不足一万元的，处货值金额三倍以下的罚款。',
    );
    expect(found).toEqual([['三倍以下', 'loosens']]);
  });

  it('a sum under the kept fine’s floor for a milder case loosens; one above it tightens', () => {
    expect(addedFines('sum', '擅自改变产品标识的，处二万元以上十万元以下的罚款。', '擅自改变产品标识的，处二万元以上十万元以下的罚款；情节轻微并及时改正的，处五千元以下的罚款。')).toEqual([['五千元以下', 'loosens']]);
    expect(addedFines('above', '擅自改变产品标识的，处二万元以上十万元以下的罚款。', '擅自改变产品标识的，处二万元以上十万元以下的罚款；造成损失的，处五万元以下的罚款。')).toEqual([['五万元以下', 'tightens']]);
  });

  it('a fine given to the ordinary case before a kept 情节严重 fine is a new fine: tightens', () => {
    const found = addedFines(
      'ordinary',
      '未按照规定建立进货查验制度的，责令限期改正；情节严重的，处五万元以上二十万元以下的罚款。',
      '未按照规定建立进货查验制度的，责令限期改正，处五万元以下的罚款；情节严重的，处五万元以上二十万元以下的罚款。',
    );
    expect(found).toEqual([['五万元以下', 'tightens']]);
  });
});
