// A law extracted as one line is read article by article again; where its numbering cannot be followed to the end, it stays whole.
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { chineseNumeral } from '../../src/text/format-chinese-numeral.js';

const ARTICLES = [
  '为了规范档案管理，制定本条例。',
  '本条例适用于本市行政区域内的档案管理活动。',
  '市档案主管部门负责全市档案工作，依照本条例第二条规定实施监督。',
  '中国共产党的领导是档案工作的根本保证。',
  '档案馆应当建立健全档案安全制度。',
  '违反本条例规定的，由档案主管部门责令改正。',
  '本条例自2025年1月1日起施行。',
];
/** The law as one line: its history, then 第一章 总则 and articles 1–4, 第二章 and the rest, no line break anywhere. */
const oneLine = (articles: string[]) =>
  `某某市档案管理条例2024年6月1日某某市人民代表大会常务委员会通过第一章 总则${articles
    .map((a, k) => `${k === 4 ? '第二章 管理' : ''}第${chineseNumeral(k + 1)}条 ${a}`)
    .join('')}`.repeat(1);

describe('a law on one line', () => {
  it('is broken before each chapter and article, whatever cites an article in passing (依照本条例第二条规定) or opens with 中', () => {
    const doc = parseDocument(normalizeDocument('t', oneLine(ARTICLES)));
    expect(doc.clauses.map((c) => c.label)).toEqual(ARTICLES.map((_, k) => `第${chineseNumeral(k + 1)}条`));
    expect(doc.sections.map((s) => s.label)).toEqual(['第一章', '第二章']);
    expect(doc.clauses[3]!.text).toBe('中国共产党的领导是档案工作的根本保证。');
  });

  it('stays whole, and says it found no articles, where its numbering breaks off before the end', () => {
    // Article 5 is missing: 第六条 and 第七条 follow 第四条.
    const text = oneLine(ARTICLES).replace(/第五条 [^。]+。/, '');
    const doc = parseDocument(normalizeDocument('t', text.replace('第六条', '第六条').replace('第七条', '第七条')));
    expect(doc.clauses.length).toBeLessThanOrEqual(1);
    expect(doc.warnings.map((w) => w.message).join('\n')).toMatch(/no numbered|no articles|paragraph by paragraph/);
  });
});
