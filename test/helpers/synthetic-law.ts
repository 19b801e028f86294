// Laws we write for tests: a title and articles numbered 第一条, 第二条 …, read through the whole pipeline; and a pair linked by hand.
import { loadSynthetic } from '../../src/bench/synthetic-corpus.js';
import type { Alignment } from '../../src/model/alignment.js';
import type { AlignedPair, LoadedDocument } from '../../src/pipeline.js';
import { chineseNumeral } from '../../src/text/format-chinese-numeral.js';

/** A law of these articles under this title (# 某某市档案管理条例), loaded as a file would be. */
export function syntheticLaw(id: string, title: string, articles: string[]): LoadedDocument {
  const text = [`# ${title}`, ...articles.map((a, k) => `第${chineseNumeral(k + 1)}条 ${a}`)].join('\n\n');
  return loadSynthetic({ id, source: 'fixture', text, truth: new Set() });
}

/** The pair with exactly these links, as a person would make them by hand (nothing else linked, nothing left over). */
export function linkedByHand(aligned: AlignedPair, links: Array<[string[], string[]]>): AlignedPair {
  const alignment: Alignment = {
    ...aligned.alignment,
    links: links.map(([base, other]) => ({ base, other, score: 1, status: 'manual', kind: 'manual' })),
    baseOnly: [],
    otherOnly: [],
  };
  return { ...aligned, alignment };
}
