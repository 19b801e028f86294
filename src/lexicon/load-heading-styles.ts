// Loads the heading styles (heading-styles.tsv): how 编/章/节/条 headings and numbered items are printed, with their fixed rank where they have one.
import { lexiconRows, readLexiconText } from './read-lexicon.js';

export type HeadingRole = 'heading' | 'article' | 'item';

export interface HeadingStyle {
  style: string;
  /** Fixed nesting rank (编 1 … 条 5); null where the style nests in the order it first appears. */
  rank: number | null;
  role: HeadingRole;
  /** The printed form, e.g. 第{cn}章. */
  form: string;
  /** A regular expression for the form at the start of a paragraph: group 1 the number, group 2 the 之 number where the form has one. */
  pattern: RegExp;
}

const NUMERALS: Record<string, string> = {
  '{cn}': '([零〇一二三四五六七八九十百千两]{1,8})',
  '{d}': '(\\d{1,4})',
  '{circled}': '([\\u2460-\\u2473])',
};

let cache: HeadingStyle[] | null = null;

export function loadHeadingStyles(): HeadingStyle[] {
  if (cache) return cache;
  cache = parseHeadingStyles(readLexiconText('heading-styles.tsv'));
  return cache;
}

/** Reads the table; the longest forms first, so 第十二条之一 wins over 第十二条. */
export function parseHeadingStyles(tsv: string): HeadingStyle[] {
  const out: HeadingStyle[] = [];
  for (const row of lexiconRows(tsv)) {
    const [style, rank, role, form] = row;
    if (!style || !rank || !form || (role !== 'heading' && role !== 'article' && role !== 'item') || (rank !== '-' && !/^\d+$/.test(rank))) {
      throw new Error(`heading-styles.tsv: malformed line: ${row.join('\t')}`);
    }
    out.push({ style, rank: rank === '-' ? null : Number(rank), role, form, pattern: compileForm(form) });
  }
  return out.sort((a, b) => b.form.length - a.form.length);
}

/** 第{cn}条之{cn} → /^第([零…]{1,8})条之([零…]{1,8})/. */
function compileForm(form: string): RegExp {
  let src = '';
  for (let i = 0; i < form.length; ) {
    const token = Object.keys(NUMERALS).find((t) => form.startsWith(t, i));
    if (token) {
      src += NUMERALS[token];
      i += token.length;
    } else if (form[i] === '[') {
      const close = form.indexOf(']', i);
      src += `[${form.slice(i + 1, close).replace(/[\\\]^-]/g, '\\$&')}]`;
      i = close + 1;
    } else {
      src += form[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  // 1.5亿 is a figure, not item 1; 第二十八条330千伏 is article 28.
  return new RegExp(`^${src}${form.includes('{d}') ? '(?!\\d)' : ''}`);
}
