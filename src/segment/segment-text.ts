// Word segmentation behind one small interface: @node-rs/jieba with the reviewed policy terms and the corpus's quoted terms.
import { createRequire } from 'node:module';
import type { Jieba as JiebaType } from '@node-rs/jieba';
import { readTerms } from '../lexicon/corpus-terms.js';
import { lexiconPath } from '../lexicon/read-lexicon.js';

const require = createRequire(import.meta.url);
let jieba: JiebaType | null = null;
const added = new Set<string>();

/**
 * Cuts already made. Texts repeat: a county copies its city's clauses (masked, the place names are
 * the same ◇), and a diff cuts the same passages again after a review decision. By default a
 * bounded in-process memo; a persistent one while a cache is open (see segment-cache.ts).
 */
const RECENT_LIMIT = 20_000;
const recent = new Map<string, string[]>();
let memo: Map<string, string[]> = recent;
let memoGrew = false;

/** The user dictionary: the reviewed policy terms and the corpus's quoted terms. */
export function userTerms(): string[] {
  return [...readTerms(lexiconPath('policy-terms.tsv')), ...readTerms()];
}

/** The version of the jieba package, part of what a cached cut depends on. */
export function segmenterVersion(): string {
  return (require('@node-rs/jieba/package.json') as { version: string }).version;
}

function instance(): JiebaType {
  if (jieba) return jieba;
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  jieba = Jieba.withDict(dict);
  addTerms(userTerms());
  return jieba;
}

/** Uses `cuts` to answer and record cuts (null: back to the in-process memo); returns whether cuts were added since the last call. */
export function useSegmentMemo(cuts: Map<string, string[]> | null): boolean {
  const grew = memoGrew;
  memo = cuts ?? recent;
  memoGrew = false;
  return grew;
}

/** Adds terms to the user dictionary (e.g. the quoted terms of a corpus). */
export function addTerms(terms: Iterable<string>): void {
  const fresh = [...terms].filter((t) => t.length >= 2 && t.length <= 12 && !added.has(t));
  if (fresh.length === 0) return;
  for (const t of fresh) added.add(t);
  if (jieba) memo.clear(); // a new term can change any cut
  (jieba ?? instance()).loadDict(Buffer.from(fresh.map((t) => `${t} 100000 n`).join('\n')));
}

/** Cuts a text into words (no HMM: the dictionary decides, which keeps results stable). */
export function segmentText(text: string): string[] {
  let words = memo.get(text);
  if (!words) {
    words = instance().cut(text, false);
    if (memo === recent && recent.size >= RECENT_LIMIT) recent.clear();
    memo.set(text, words);
    memoGrew = true;
  }
  return words;
}
