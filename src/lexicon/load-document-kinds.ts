// Loads the words that name a kind of normative document (document-kinds.tsv): 条例, 办法, 实施方案 …, for telling a title line.
import { lexiconRows, readLexiconText } from './read-lexicon.js';

let cache: string[] | null = null;

export function loadDocumentKinds(): string[] {
  if (cache) return cache;
  cache = lexiconRows(readLexiconText('document-kinds.tsv')).map(([word]) => word!);
  return cache;
}

/** A pattern for any of the kinds, longest first (实施方案 before 方案); `end` anchors it at the end of a line. */
export function documentKindPattern(end: boolean): RegExp {
  const words = [...loadDocumentKinds()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:${words.join('|')})${end ? '$' : ''}`);
}

let takesEffect: RegExp | undefined;
/** Whether a paragraph is the sentence saying when its text takes effect, in the text's own words (本决定自…起施行, 本条例自…). */
export function opensTakingEffect(text: string): boolean {
  return (takesEffect ??= new RegExp(`^本${documentKindPattern(false).source}自`)).test(text);
}
