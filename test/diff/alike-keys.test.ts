// alikeKeys finds exactly the pairs bigramDice puts at or above the line, with the same Dice, on keys with repeats and short keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alikeKeys } from '../../src/diff/alike-keys.js';
import { bigramDice } from '../../src/diff/bigram-dice.js';

/** Keys over a few characters, so that bigrams repeat within a key and across keys. */
const key = fc.array(fc.constantFrom('罚', '款', '元', '以', '上', '下', '的'), { minLength: 0, maxLength: 14 }).map((cs) => cs.join(''));

describe('alikeKeys', () => {
  it('lists every pair bigramDice scores at or above the line, with its Dice, and no other', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 12 }), fc.array(key, { maxLength: 12 }), fc.constantFrom(0.3, 0.5, 0.6, 1), (left, right, line) => {
        const brute = left.map((l) => right.flatMap((r, j): Array<[number, number]> => (bigramDice(l, r) >= line ? [[j, bigramDice(l, r)]] : [])));
        expect(alikeKeys(left, right, line)).toEqual(brute);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out the pairs it is told to skip', () => {
    const found = alikeKeys(['处一万元以上五万元以下的罚款', '处二万元罚款'], ['处一万元以上五万元以下的罚款', '处二万元罚款'], 0.5, (l, r) => l === r);
    expect(found[0]!.map(([r]) => r)).not.toContain(0);
    expect(found[1]!.map(([r]) => r)).not.toContain(1);
  });
});
