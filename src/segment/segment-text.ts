// Word segmentation behind one small interface: @node-rs/jieba with the reviewed policy terms and the corpus's quoted terms.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Jieba as JiebaType } from '@node-rs/jieba';
import { readTerms } from '../lexicon/corpus-terms.js';

const require = createRequire(import.meta.url);
let jieba: JiebaType | null = null;
const added = new Set<string>();

function instance(): JiebaType {
  if (jieba) return jieba;
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  jieba = Jieba.withDict(dict);
  const reviewed = fileURLToPath(new URL('../../src/lexicon/policy-terms.tsv', import.meta.url));
  addTerms([...readTerms(reviewed), ...readTerms()]);
  return jieba;
}

/** Adds terms to the user dictionary (e.g. the quoted terms of a corpus). */
export function addTerms(terms: Iterable<string>): void {
  const fresh = [...terms].filter((t) => t.length >= 2 && t.length <= 12 && !added.has(t));
  if (fresh.length === 0) return;
  for (const t of fresh) added.add(t);
  (jieba ?? instance()).loadDict(Buffer.from(fresh.map((t) => `${t} 100000 n`).join('\n')));
}

/** Cuts a text into words (no HMM: the dictionary decides, which keeps results stable). */
export function segmentText(text: string): string[] {
  return instance().cut(text, false);
}
