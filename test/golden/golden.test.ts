// Golden files: each bundled document through normalize, parse and extract, compared with committed text.
// A behaviour change shows up as a reviewable diff of test/golden/*.txt; refresh with UPDATE_GOLDEN=1 npm test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS_IDS, load } from '../helpers/corpus.js';
import { renderGolden } from './render-golden.js';

const dir = path.dirname(fileURLToPath(import.meta.url));

describe('golden files', () => {
  for (const id of CORPUS_IDS) {
    it(`${id}: normalized text and parsed structure with facts match the committed golden files`, () => {
      const { normalized, parsed } = load(id);
      const cases: Array<[string, string]> = [
        [`${id}.normalized.txt`, normalized.text],
        [`${id}.parsed.txt`, renderGolden(parsed)],
      ];
      for (const [name, actual] of cases) {
        const file = path.join(dir, name);
        if (process.env.UPDATE_GOLDEN || !fs.existsSync(file)) {
          if (!process.env.UPDATE_GOLDEN && process.env.CI) throw new Error(`missing golden file ${name}`);
          fs.writeFileSync(file, actual);
        }
        expect(actual, name).toBe(fs.readFileSync(file, 'utf8'));
      }
    });
  }
});
