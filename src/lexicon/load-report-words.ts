// Loads the words of the reports (report-words.tsv) in one language, and fills in their {placeholders}.
import { lexiconRows, readLexiconText } from './read-lexicon.js';

export type Lang = 'en' | 'zh';
export type Words = (key: string, fill?: Record<string, string | number>) => string;

const cache = new Map<Lang, Words>();

export function loadReportWords(lang: Lang): Words {
  const known = cache.get(lang);
  if (known) return known;
  const table = new Map<string, string>();
  for (const [key, en, zh] of lexiconRows(readLexiconText('report-words.tsv'))) {
    if (!key || en === undefined || zh === undefined) throw new Error(`report-words.tsv: malformed line for ${key}`);
    table.set(key, lang === 'zh' ? zh : en);
  }
  const words: Words = (key, fill = {}) => {
    const template = table.get(key);
    if (template === undefined) throw new Error(`report-words.tsv has no ${key}`);
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in fill ? String(fill[name]) : m));
  };
  cache.set(lang, words);
  return words;
}
