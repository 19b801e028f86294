// Breaks a run-on paragraph (a whole law extracted as one line) before each chapter, 节 and article its numbering says comes next.
import { parseChineseNumeral } from '../parse/parse-chinese-numeral.js';

/** Paragraphs shorter than this are never broken. */
const MIN_LENGTH = 200;
/** A paragraph is broken only where it holds at least this many articles in order: a law, not a sentence citing one. */
const MIN_ARTICLES = 3;
/** How far after a chapter's or 节's number its article may start without a sentence end between (the heading's title). */
const TITLE_REACH = 40;

const NUMERAL = '[零〇一二两三四五六七八九十百千]+';
const BOOK = new RegExp(`^第(${NUMERAL})编`);
const CHAPTER = new RegExp(`^第(${NUMERAL})章`);
const SECTION = new RegExp(`^第(${NUMERAL})节`);
const ARTICLE = new RegExp(`^第(${NUMERAL})条(?:之[一二三四五六七八九十]+)?`);
const ARTICLE_AHEAD = new RegExp(`第(${NUMERAL})条`);
const ARTICLE_AFTER_END = new RegExp(`[。；]第(${NUMERAL})条`, 'g');
/** What follows a cited article, not an article's own text: 第六条规定, 第六条的, 第六条第二款, 第六条、第七条. */
export const CITED = /^(?:的|规定|第[（(]?[零〇一二三四五六七八九十\d]+[）)]?[条款项]|、|，|,|和|或|及|至|所(?:称|列|规定)|中(?:的|规定)|之外|以外)/;
const SENTENCE_END = /[。；！？：）)]/;

/**
 * Where to break a run-on paragraph of a law: before 第X章, 第X节 and 第X条 where each carries the number expected next (articles
 * run on through the law, 节 start again in each chapter), after a sentence end — or, for an article, right after the title of the
 * chapter or 节 just broken (第一章总则第一条为了…), and for the first chapter or article wherever the law begins. None at all where
 * the chain breaks off before the law ends. Offsets into `text`; none where the paragraph is short or holds fewer than
 * MIN_ARTICLES articles in order. A citation of the next article (依照本法第六条规定) is no break: it follows no sentence end, and
 * what comes after it reads as a citation.
 */
export function runOnBreaks(text: string, start: number, end: number): number[] {
  if (end - start < MIN_LENGTH) return [];
  const next = { book: 1, chapter: 1, section: 1, article: 1 };
  const breaks: number[] = [];
  let articles = 0;
  let heading = -Infinity;
  let restart = false;
  // (A heading or article at the paragraph's start is counted, not broken before.)
  const push = (p: number) => {
    if (p > start) breaks.push(p);
  };
  // A heading after a sentence end, or wherever the article expected next follows within the reach of its title (…第二次修正第一章
  // 总则第一条 为…: a history line runs into the law).
  const opens = (from: number) => {
    const m = ARTICLE_AHEAD.exec(text.slice(from, from + TITLE_REACH));
    return !!m && parseChineseNumeral(m[1]!) === next.article && !/[。；]/.test(text.slice(from, from + m.index));
  };
  for (let p = start; p < end; p++) {
    if (text[p] !== '第') continue;
    const rest = text.slice(p, p + 16);
    const afterEnd = p === start || SENTENCE_END.test(text[p - 1]!);
    const read = (re: RegExp) => {
      const m = re.exec(rest);
      return m ? { n: parseChineseNumeral(m[1]!), length: m[0].length } : null;
    };
    // A 编 (刑法 第二编 分则): its chapters go on, or are numbered again from 第一章 (刑法).
    const book = read(BOOK);
    if (book && book.n === next.book && (afterEnd || opens(p + book.length))) {
      push(p);
      next.book++;
      restart = true;
      heading = p;
      continue;
    }
    const chapter = read(CHAPTER);
    if (chapter && (chapter.n === next.chapter || (restart && chapter.n === 1)) && (afterEnd || opens(p + chapter.length))) {
      push(p);
      next.chapter = chapter.n! + 1;
      restart = false;
      next.section = 1;
      heading = p;
      continue;
    }
    const section = afterEnd || p - heading <= TITLE_REACH ? read(SECTION) : null;
    if (section && section.n === next.section) {
      push(p);
      next.section++;
      heading = p;
      continue;
    }
    const article = read(ARTICLE);
    // 第一百二十条之一 follows 第一百二十条 and is followed by 第一百二十一条.
    const inserted = !!article && /之/.test(rest.slice(0, article.length)) && article.n === next.article - 1;
    if (!article || (article.n !== next.article && !inserted) || CITED.test(text.slice(p + article.length, p + article.length + 3))) continue;
    const titled = p - heading <= TITLE_REACH && !SENTENCE_END.test(text.slice(heading, p));
    // The first article may follow the title or a history line directly (…第二次修正第一条 为…).
    if (!afterEnd && !titled && article.n !== 1) continue;
    push(p);
    if (!inserted) next.article++;
    articles++;
  }
  if (articles < MIN_ARTICLES) return [];
  // All or nothing: where an article of a later number still stands after a sentence end past the last break, the chain was lost
  // (a numbering this reading does not follow); the paragraph stays whole, and parse says it found no articles, rather than one
  // article silently holding the rest of the law.
  const tail = text.slice(breaks[breaks.length - 1] ?? start, end);
  for (const m of tail.matchAll(ARTICLE_AFTER_END)) if ((parseChineseNumeral(m[1]!) ?? 0) >= next.article) return [];
  return breaks;
}
