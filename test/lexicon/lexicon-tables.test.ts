// Every reviewed table in src/lexicon/ is sorted by its first column (code point order) and names nothing twice; the loaders read them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBrackets } from '../../src/lexicon/load-brackets.js';
import { loadDocumentKinds } from '../../src/lexicon/load-document-kinds.js';
import { loadHeadingStyles } from '../../src/lexicon/load-heading-styles.js';
import { loadVariants } from '../../src/lexicon/load-variants.js';
import { loadUnits } from '../../src/lexicon/load-units.js';
import { closingOpener, paragraphOpener } from '../../src/lexicon/load-paragraph-openers.js';
import { wordsByKind } from '../../src/lexicon/read-lexicon.js';
import { lexiconRows, readLexiconText } from '../../src/lexicon/read-lexicon.js';

const TABLES = fs.readdirSync('src/lexicon').filter((f) => f.endsWith('.tsv')).sort();

describe('lexicon tables', () => {
  for (const name of TABLES) {
    it(`${name}: sorted by its first column, no duplicates`, () => {
      const keys = lexiconRows(readLexiconText(name)).map((r) => r[0]!);
      expect(keys.length).toBeGreaterThan(0);
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys).toEqual(sorted);
      expect(new Set(keys).size).toBe(keys.length);
    });
  }

  it('the loaders read every row', () => {
    expect(loadHeadingStyles().map((s) => s.style)).toContain('article-sub');
    expect(loadDocumentKinds()).toContain('条例');
    expect(loadVariants().length).toBe(lexiconRows(readLexiconText('variants.tsv')).length);
    const units = loadUnits();
    expect(units.units.length + units.multipliers.length).toBe(lexiconRows(readLexiconText('units.tsv')).length);
    expect(loadBrackets().size).toBe(lexiconRows(readLexiconText('brackets.tsv')).length);
    expect(loadBrackets().get('（')).toBe('）');
    // Longest first: 千瓦时 is tried before 千瓦, 万元 before 元.
    const order = units.units.map(([w]) => w);
    expect(order.indexOf('千瓦时')).toBeLessThan(order.indexOf('千瓦'));
    expect(units.multipliers.map(([w]) => w)[0]).toBe('万亿');
    expect(units.multipliers.map(([w]) => w).sort()).toEqual(['万', '万亿', '亿']);
    expect(wordsByKind('table-words.tsv', ['category', 'header', 'reported-by', 'total']).category).toContain('延续类');
    expect(wordsByKind('place-words.tsv', ['generic', 'level', 'body']).level).toContain('市本级');
    // A closing opens with its words (上述…, 本实施方案…); a preamble's words open a paragraph but close nothing.
    expect(closingOpener().test('本实施方案自印发之日起施行。')).toBe(true);
    expect(closingOpener().test('为深入贯彻落实省委决策部署')).toBe(false);
    expect(paragraphOpener().test('为深入贯彻落实省委决策部署')).toBe(true);
  });
});
