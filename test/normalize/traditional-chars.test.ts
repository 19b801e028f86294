// The character list script detection reads is what opencc-js converts today (regenerate it with npx tsx scripts/build-traditional-chars.ts).
import { describe, expect, it } from 'vitest';
import { traditionalCharacters } from '../../scripts/build-traditional-chars.js';
import { readLexiconText } from '../../src/lexicon/read-lexicon.js';
import { detectScript } from '../../src/normalize/convert-script.js';

describe('traditional characters', () => {
  it('the committed list is the one opencc-js gives', () => {
    const committed = readLexiconText('traditional-chars.txt').split('\n').filter((l) => l && !l.startsWith('#')).join('');
    expect(committed).toBe(traditionalCharacters());
  });

  it('tells a traditional text from a simplified one', () => {
    expect(detectScript('關於進一步推動經濟高質量發展的若干政策')).toBe('traditional');
    expect(detectScript('关于进一步推动经济高质量发展的若干政策')).toBe('simplified');
  });
});
