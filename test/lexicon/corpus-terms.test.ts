// The corpus's quoted terms: found in the real documents, kept whole by the segmenter, and rebuilt the same way every time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusTermsPath, quotedTerms, readTerms, writeCorpusTerms } from '../../src/lexicon/corpus-terms.js';
import { segmentText } from '../../src/segment/segment-text.js';
import { CORPUS_IDS, load } from '../helpers/corpus.js';

describe('corpus terms', () => {
  it('takes quoted policy names, not quoted figures', () => {
    expect(quotedTerms('落实省扩大投资“千项万亿”工程，统筹推进“1050”项目，“3个70%”，“智能+”')).toEqual(['千项万亿', '智能+']);
  });
  it('has on file exactly the terms the bundled documents quote, sorted', () => {
    const expected = [...new Set(CORPUS_IDS.flatMap((id) => quotedTerms(load(id).normalized.text)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(readTerms()).toEqual(expected);
    expect(readTerms()).toContain('千项万亿');
  });
  it('keeps a quoted term whole when segmenting', () => {
    expect(segmentText('落实扩大投资千项万亿工程')).toContain('千项万亿');
    expect(segmentText('深入实施民生夯基工程')).toContain('夯基工程');
  });
  it('writes without duplicates, atomically, to the file named', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'terms-')), 'terms.tsv');
    expect(writeCorpusTerms(['链主', '专精特新', '链主'], file)).toBe(2);
    expect(readTerms(file)).toEqual(['专精特新', '链主']);
    expect(corpusTermsPath()).toMatch(/corpora[/\\]terms\.tsv$/);
  });
});
