// Loads the words that open a paragraph of their own (paragraph-openers.tsv): a closing's (上述…, 本通知…) and a preamble's (为深入…).
import { wordsByKind } from './read-lexicon.js';

let closing: RegExp | undefined;
let any: RegExp | undefined;

const alternation = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** A paragraph that may close a document (上述…, 以上…, 本方案…), longest word first. */
export function closingOpener(): RegExp {
  return (closing ??= new RegExp(`^(?:${alternation(wordsByKind('paragraph-openers.tsv', ['closing', 'preamble']).closing)})`));
}

/** A paragraph that opens where the line before ended a sentence: a closing's or a preamble's words. */
export function paragraphOpener(): RegExp {
  const words = wordsByKind('paragraph-openers.tsv', ['closing', 'preamble']);
  return (any ??= new RegExp(`^(?:${alternation([...words.closing, ...words.preamble].sort((a, b) => b.length - a.length))})`));
}
