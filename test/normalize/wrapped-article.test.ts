// In a hard-wrapped law, an article whose text begins with 第 (第七条 第二审人民法院…) is an article, not a citation going on.
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { chineseNumeral } from '../../src/text/format-chinese-numeral.js';

const BODY = '人民法院审理案件应当以事实为根据，以法律为准绳，保障当事人依法行使诉讼权利，维护社会秩序和经济秩序，保障社会主义建设事业顺利进行，各级人民法院应当依照本法的规定办理。';

describe('a wrapped law', () => {
  it('keeps an article whose text begins with 第二审 apart from the full line before it', () => {
    const articles = Array.from({ length: 8 }, (_, k) => `第${chineseNumeral(k + 1)}条　${k === 6 ? '第二审人民法院' : ''}${BODY}`);
    // Every line cut at 30 characters, as a PDF gives; the line before 第七条 is full.
    const lines = ['某某省诉讼程序条例', ...articles.flatMap((a) => a.match(/.{1,30}/gu)!)];
    const doc = parseDocument(normalizeDocument('t', lines.join('\n')));
    expect(doc.clauses.map((c) => c.label)).toEqual(articles.map((_, k) => `第${chineseNumeral(k + 1)}条`));
  });
});
