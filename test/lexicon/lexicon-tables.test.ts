// Every reviewed table in src/lexicon/ is sorted by its first column (code point order) and names nothing twice; the loaders read them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentKinds } from '../../src/lexicon/load-document-kinds.js';
import { loadHeadingStyles } from '../../src/lexicon/load-heading-styles.js';
import { loadVariants } from '../../src/lexicon/load-variants.js';
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
  });
});
