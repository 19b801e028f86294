// Loads the words that name a kind of normative document (document-kinds.tsv): 条例, 办法, 实施方案 …, for telling a title line.
import { lexiconRows, readLexiconText } from './read-lexicon.js';

let cache: Array<{ word: string; use: string }> | null = null;

function rows(): Array<{ word: string; use: string }> {
  if (cache) return cache;
  cache = lexiconRows(readLexiconText('document-kinds.tsv')).map(([word, use]) => {
    if (!word || (use !== 'title' && use !== 'self')) throw new Error(`document-kinds.tsv: malformed line: ${word ?? ''}`);
    return { word, use };
  });
  return cache;
}

/** The kinds a title may end with (条例, 实施方案, （试行）). */
export function loadDocumentKinds(): string[] {
  return rows().filter((r) => r.use === 'title').map((r) => r.word);
}

/** The words a text names itself by after 本 (本条例, 本方案, 本文件). */
export function selfReferenceWords(): string[] {
  return rows().filter((r) => /^\p{Script=Han}+$/u.test(r.word)).map((r) => r.word);
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
