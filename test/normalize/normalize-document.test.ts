// Normalization on the real documents: script, vocabulary, layout repair, chrome removal, offset map, idempotence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertCharacters } from '../../src/normalize/convert-script.js';
import { normalizeDocument, rawLineOf } from '../../src/normalize/normalize-document.js';
import { CORPUS_IDS, load } from '../helpers/corpus.js';

describe('normalizeDocument on the bundled corpus', () => {
  it('converts the Hangzhou final to simplified script with no traditional character left', () => {
    const { normalized } = load('hangzhou-2024');
    expect(normalized.script).toBe('traditional');
    expect(convertCharacters(normalized.text)).toBe(normalized.text);
    expect(normalized.text).not.toMatch(/[發關於經濟實務區]/);
  });

  it('reverses settled Taiwan phrases and records each as a variant, but leaves 文件 and 支援 alone', () => {
    const { normalized } = load('hangzhou-2024');
    expect(normalized.raw).toContain('高品質發展');
    expect(normalized.text).toContain('推动经济高质量发展');
    expect(normalized.text).not.toContain('高品质发展');
    expect(normalized.text).not.toMatch(/软体|积体电路|资讯|网路/);
    expect(normalized.text).toContain('本文件明确的各项政策'); // never 文档
    expect(normalized.text).not.toContain('文档');
    expect(normalized.text).toContain('支援'); // a mainland word too: kept in display, folded in the key
    const displays = new Set(normalized.variants.map((v) => `${v.source}→${v.display}`));
    expect(displays).toContain('高品质发展→高质量发展');
    expect(displays).toContain('软体→软件');
    for (const v of normalized.variants) expect(normalized.text.slice(v.start, v.end)).toBe(v.display);
  });

  it('drops the news-site chrome and credits around the Hangzhou final', () => {
    const { normalized } = load('hangzhou-2024');
    expect(normalized.text.startsWith('关于进一步推动经济高质量发展的若干政策')).toBe(true);
    expect(normalized.text).not.toMatch(/您的位置|发布时间|来源|责编|新闻热线/);
    expect(normalized.text.trimEnd().endsWith('遵照执行。')).toBe(true);
  });

  it('repairs the PDF layout of Jiande: joined wraps, no page numbers, header code or distribution list', () => {
    const { normalized } = load('jiande-2024');
    expect(normalized.layout).toBe('wrapped');
    expect(normalized.text).not.toMatch(/－\s*\d+\s*－|AJDD00|抄送/);
    expect(normalized.text).toContain('力争固定资产投资增长10%。');
    expect(normalized.text).toContain('全年计划供应各类建设用地2900亩'); // a wrapped line starting with a number
    expect(normalized.text).toContain('其中交通0.6亿元在交通枢纽城市中单列'); // joined across a page break
  });

  it('folds widths and spaces: "76 个" becomes "76个", half-width brackets become full width', () => {
    const { normalized } = load('jiande-2024');
    expect(normalized.text).toContain('重点项目76个、产业项目93个');
    const hz = load('hangzhou-2024').normalized;
    expect(hz.text).toContain('（一）发挥省市重大建设项目带动支撑作用');
    expect(hz.text).toContain('（责任单位：市发改委）');
  });

  it('maps every character back to the raw text', () => {
    for (const id of CORPUS_IDS) {
      const { normalized } = load(id);
      const converted = convertCharacters(normalized.raw);
      for (let i = 0; i < normalized.text.length; i += 7) {
        const ch = normalized.text[i]!;
        if (!/\p{Script=Han}/u.test(ch)) continue;
        const rawOffset = normalized.offsets[i]!;
        const inVariant = normalized.variants.some((v) => i >= v.start && i < v.end);
        // The character printed there, or its simplified form (a word kept whole, 乾潭, is not converted character by character).
        if (!inVariant) expect([normalized.raw[rawOffset], converted[rawOffset]], `${id} offset ${i}`).toContain(ch);
      }
    }
  });

  it('gives raw line numbers a person can open: Jiande clause 2 is on line 54', () => {
    const { normalized } = load('jiande-2024');
    const at = normalized.text.indexOf('2.加大财政支持力度');
    expect(rawLineOf(normalized, at)).toBe(54);
    expect(normalized.raw.split('\n')[53]).toContain('2.加大财政支持力度');
  });

  it('is idempotent on every bundled document', () => {
    for (const id of CORPUS_IDS) {
      const once = load(id).normalized.text;
      expect(normalizeDocument(id, once).text, id).toBe(once);
    }
  });

  it('is idempotent where a join makes what a second pass would read again (a bracket still open, a word or markup over two lines)', () => {
    for (const raw of ['（政\n政\n政', '(軟\n體', '政\n，(\n政', '（政*\n*']) {
      const once = normalizeDocument('x', raw).text;
      expect(normalizeDocument('x', once).text, JSON.stringify(raw)).toBe(once);
    }
  });

  it('is idempotent on arbitrary text (property)', () => {
    const alphabet = fc.constantFrom(...'政策支持最高万元亿亩（）()，,。：:；; 　\n\t1234567890.%一二三、發展品質軟體“”#*<b>'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
        const once = normalizeDocument('x', chars.join('')).text;
        expect(normalizeDocument('x', once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
