// Which document anchors the families: the provincial template once it is in the corpus, else the city others implement.
import { describe, expect, it } from 'vitest';
import { chooseDocuments } from '../../src/families/build-families.js';
import { loadManifest } from '../../src/ingest/load-manifest.js';
import type { CorpusEntry } from '../../src/model/corpus.js';

const entries = loadManifest().documents;

describe('chooseDocuments', () => {
  it('takes one document per jurisdiction (the final over the draft) and anchors on Hangzhou', () => {
    const c = chooseDocuments(entries);
    expect(c.anchor.id).toBe('hangzhou-2024');
    expect(c.others.map((e) => e.id)).toEqual(['jiande-2024', 'quzhou-2024', 'haining-2024-draft']);
  });
  it('anchors on the provincial template once it is added', () => {
    const province: CorpusEntry = { ...entries[1]!, id: 'zhejiang-2024', jurisdiction: { name: '浙江省', level: 'province', parent: null } };
    const c = chooseDocuments([...entries, province]);
    expect(c.anchor.id).toBe('zhejiang-2024');
    expect(c.others.map((e) => e.id)).toContain('hangzhou-2024');
  });
});
