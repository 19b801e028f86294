// Golden files: each bundled document through normalize, parse and extract, and each bundled pair through align and diff, compared with committed text.
// A behaviour change shows up as a reviewable diff of test/golden/*.txt; refresh with UPDATE_GOLDEN=1 npm test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS_IDS, load } from '../helpers/corpus.js';
import { renderGolden } from './render-golden.js';
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import { outsideUnits } from '../../src/parse/check-coverage.js';
import { alignLoaded, diffAligned, diffPair } from '../../src/pipeline.js';
import { renderAlignmentGolden, renderDiffGolden } from './render-pair-golden.js';

const FIXTURE_DIR = 'test/fixtures/outline';
const FIXTURES = fs.readdirSync(FIXTURE_DIR).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').sort();
const loadFixture = (name: string) => loadSynthetic({ id: name.replace(/\.\w+$/, ''), source: 'fixture', text: fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8'), truth: new Set() });

const dir = path.dirname(fileURLToPath(import.meta.url));

/** Compares each text with its committed golden file (written when missing outside CI, or with UPDATE_GOLDEN=1). */
function expectGolden(cases: Array<[string, string]>): void {
  for (const [name, actual] of cases) {
    const file = path.join(dir, name);
    if (process.env.UPDATE_GOLDEN || !fs.existsSync(file)) {
      if (!process.env.UPDATE_GOLDEN && process.env.CI) throw new Error(`missing golden file ${name}`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, actual);
    }
    expect(actual, name).toBe(fs.readFileSync(file, 'utf8'));
  }
}

describe('golden files', () => {
  for (const id of CORPUS_IDS) {
    it(`${id}: normalized text and parsed structure with facts match the committed golden files`, () => {
      const { normalized, parsed } = load(id);
      expectGolden([
        [`${id}.normalized.txt`, normalized.text],
        [`${id}.parsed.txt`, renderGolden(parsed)],
      ]);
    });
  }
  // Texts we wrote in the forms of laws, regulations and policies (test/fixtures/outline/README.md says what each holds).
  for (const name of FIXTURES) {
    it(`fixture ${name}: the outline, metadata and facts match the committed golden file`, () => {
      const { parsed } = loadFixture(name);
      expectGolden([[`fixtures/${name}.parsed.txt`, renderGolden(parsed)]]);
    });
  }
});

describe('every character of the body belongs to one unit', () => {
  for (const id of CORPUS_IDS) {
    it(`${id}: the units tile the text`, () => {
      const { normalized, parsed } = load(id);
      expect(outsideUnits(parsed, normalized).outsideChars).toBe(0);
    });
  }
  for (const name of FIXTURES) {
    it(`fixture ${name}: the units tile the text`, () => {
      const { normalized, parsed } = loadFixture(name);
      expect(outsideUnits(parsed, normalized)).toMatchObject({ outsideChars: 0 });
    });
  }
});

// Later stages too: each bundled pair's alignment and diff, and a law against its revision (fixtures written for the tests).
const PAIRS: Array<[string, string]> = [
  ['hangzhou-2024-draft', 'hangzhou-2024'],
  ['hangzhou-2024', 'jiande-2024'],
  ['hangzhou-2024', 'quzhou-2024'],
  ['hangzhou-2024', 'haining-2024-draft'],
];

describe('golden files of alignment and diff', () => {
  for (const [b, o] of PAIRS) {
    it(`${b} ↔ ${o}: the links and the diff match the committed golden files`, () => {
      const { alignment, diff } = diffPair(b, o);
      expectGolden([
        [`pairs/${b}__${o}.align.txt`, renderAlignmentGolden(alignment)],
        [`pairs/${b}__${o}.diff.txt`, renderDiffGolden(diff)],
      ]);
    });
  }
  for (const [b, o] of [['law-national.md', 'law-revised.md']] as const) {
    it(`fixtures ${b} ↔ ${o}: the links and the diff match the committed golden files`, () => {
      const aligned = alignLoaded(loadFixture(b), loadFixture(o), []);
      expectGolden([
        [`pairs/${b}__${o}.align.txt`, renderAlignmentGolden(aligned.alignment)],
        [`pairs/${b}__${o}.diff.txt`, renderDiffGolden(diffAligned(aligned))],
      ]);
    });
  }
});
