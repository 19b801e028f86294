// Loads the verbs that state a change from one value to another (change-verbs.tsv), as one pattern read after a figure.
import { lexiconRows, readLexiconText } from './read-lexicon.js';

let cache: RegExp | null = null;

/** A change verb and the 至/到/为 after it, at the start of a text (提高至, 降低到, 调整为). */
export function changeVerbPattern(): RegExp {
  if (cache) return cache;
  const words = lexiconRows(readLexiconText('change-verbs.tsv')).map((r) => r[0]!).filter(Boolean);
  if (!words.length) throw new Error('change-verbs.tsv: no words');
  cache = new RegExp(`^\\s*(?:${words.sort((a, b) => b.length - a.length).join('|')})(?:至|到|为)`);
  return cache;
}
