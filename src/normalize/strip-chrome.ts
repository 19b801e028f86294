// Drops lines that are not part of the policy: page numbers (in dashes, or bare where they count the pages up), running heads repeated without form feeds, header codes, web-page chrome and credits, distribution lists.
import { documentKindPattern } from '../lexicon/load-document-kinds.js';
import { loadHeadingStyles } from '../lexicon/load-heading-styles.js';
import { TrackedText, lineRanges, removeRanges } from './tracked-text.js';

const PAGE_NUMBER = /^[ \t\u3000]*[－\-—–]\s*\d{1,3}\s*[－\-—–][ \t\u3000]*$/;
/** A page number printed bare: 3, 第3页, 3/12, 第3页 共12页 — page furniture only where such lines count the pages up (below). */
const BARE_PAGE_NUMBER = /^[ \t\u3000]*(?:第[ \t]*)?(\d{1,3})[ \t]*页?(?:[ \t]*(?:[/／]|共)[ \t]*\d{1,3}[ \t]*页?)?[ \t\u3000]*$/;
/** A page number that names its page count (第3页 共12页, 第 3 页 / 共 12 页): page furniture wherever it stands, the page within the count. */
const PAGE_OF_PAGES = /^[ \t\u3000]*第[ \t]*(\d{1,3})[ \t]*页[ \t\u3000]*[/／]?[ \t\u3000]*共[ \t]*(\d{1,3})[ \t]*页[ \t\u3000]*$/;
const isPageOfPages = (s: string) => {
  const m = PAGE_OF_PAGES.exec(s);
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
};
/** A page number that says 页 (第3页), or gives the count (3/12). */
const NAMED_PAGE = /^[ \t\u3000]*第[ \t]*(\d{1,3})[ \t]*页[ \t\u3000]*$/;
const PAGE_OF_COUNT = /^[ \t\u3000]*(\d{1,3})[ \t]*[/／][ \t]*(\d{1,3})[ \t\u3000]*$/;
/** Bare page numbers are dropped where at least this many count up, each this many lines or more after the one before. */
const MIN_PAGES = 3;
const MIN_PAGE_LINES = 5;
const HEADER_CODE = /^[ \t]*[A-Z]{2,}[A-Z0-9]*-\d{4}-\d{3,}[ \t]*$/;
const PUBLICATION_NOTE = /^[ \t]*[（(]此件(?:公开发布|不予公开|主动公开)[）)][ \t]*$/;
const HEAD_CHROME = /您的位置|当前位置|发布时间|发布日期|发稿时间|^\s*首页\s*[>＞]|浏览次数|字号[：:]/;
const TAIL_CHROME = /^[ \t]*(?:来源[：:|]|责编|责任编辑|撰稿[：:|]|新闻投稿|新闻热线|分享到|打印本页|关闭窗口|【打印】)/;
const DISTRIBUTION = /^[ \t\u3000]*抄送[：:]/;

export interface StrippedLines {
  text: TrackedText;
  /** How many lines of each kind were dropped, for the record. */
  dropped: Record<string, number>;
}

/** Removes non-policy lines from a text that is already in simplified script with LF line ends. */
export function stripChrome(t: TrackedText): StrippedLines {
  const lines = lineRanges(t.text);
  const drop = new Array<string | null>(lines.length).fill(null);
  const lineText = (i: number) => t.text.slice(lines[i]![0], lines[i]![1]);

  // Bare page numbers: the lines of a number alone that count up (2, 3, 4 … a page apart). A number alone that does not (a table
  // cell, a list) stays.
  const bare = lines.flatMap((_, i) => {
    const m = BARE_PAGE_NUMBER.exec(lineText(i));
    return m ? [{ i, n: Number(m[1]) }] : [];
  });
  // The longest chain of them counting up, each number's best chain kept as it is met (numbers between them that do not fit are skipped).
  const chainOf = new Map<number, Array<{ i: number; n: number }>>();
  let longest: Array<{ i: number; n: number }> = [];
  for (const b of bare) {
    const before = chainOf.get(b.n - 1);
    const chain = before && b.i - before[before.length - 1]!.i >= MIN_PAGE_LINES ? [...before, b] : [b];
    if (chain.length > (chainOf.get(b.n)?.length ?? 0)) chainOf.set(b.n, chain);
    if (chain.length > longest.length) longest = chain;
  }
  if (longest.length >= MIN_PAGES) for (const b of longest) drop[b.i] = 'page-number';
  // Two pages are enough, however close, where the lines say 页 or the page count (第1页 … 第2页, 1/2 … 2/2) and count up from one to
  // the next: no text is printed so.
  for (const form of [NAMED_PAGE, PAGE_OF_COUNT]) {
    const run = lines.flatMap((_, i) => {
      const m = form.exec(lineText(i));
      return m ? [{ i, n: Number(m[1]), of: m[2] ?? '' }] : [];
    });
    if (run.length >= 2 && run.every((b, k) => k === 0 || (b.n === run[k - 1]!.n + 1 && b.of === run[k - 1]!.of))) for (const b of run) drop[b.i] = 'page-number';
  }
  lines.forEach((_, i) => {
    const s = lineText(i);
    if (PAGE_NUMBER.test(s) || isPageOfPages(s)) drop[i] = 'page-number';
    else if (HEADER_CODE.test(s)) drop[i] = 'header-code';
    else if (PUBLICATION_NOTE.test(s)) drop[i] = 'publication-note';
  });

  dropRepeatedLines(lines.map((_, i) => lineText(i)), drop);

  // Web-page chrome before the title: navigation, then a lede paragraph, then the title itself.
  let lastHead = -1;
  for (let i = 0; i < Math.min(lines.length, 30); i++) if (HEAD_CHROME.test(lineText(i))) lastHead = i;
  if (lastHead >= 0) {
    let i = 0;
    for (; i <= lastHead; i++) drop[i] = 'web-chrome';
    for (; i < lines.length; i++) {
      const s = lineText(i).trim();
      if (s && isTitleLike(s)) break;
      drop[i] = 'web-chrome';
    }
  }

  // Credits after the last paragraph, and the distribution list of an official notice.
  let tailFrom = -1;
  for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
    const s = lineText(i);
    if (TAIL_CHROME.test(s) || DISTRIBUTION.test(s)) {
      tailFrom = i;
      break;
    }
  }
  if (tailFrom >= 0) for (let i = tailFrom; i < lines.length; i++) drop[i] = 'end-matter';

  const ranges: Array<[number, number]> = [];
  const dropped: Record<string, number> = {};
  lines.forEach(([start, end], i) => {
    const why = drop[i];
    if (!why) return;
    dropped[why] = (dropped[why] ?? 0) + 1;
    ranges.push([start, Math.min(end + 1, t.text.length)]);
  });
  return { text: removeRanges(t, mergeRanges(ranges)), dropped };
}

/** A running head or foot printed without form feeds is printed alike at least this many times. */
const MIN_REPEATS = 3;
/** …within the first lines a title or a header stands where it is printed, and is kept there. */
const TOP_LINES = 3;
/** The fewest lines from one page's running head to the next. */
const PAGE_LINES = 10;
/** A document's header (某市人民政府文件, …办公室文件) is a running head printed twice. */
const HEADER_LINE = /文件$/;
const MIN_HEADER_REPEATS = 2;

/**
 * A running head or foot where no form feed marks the pages (某市人民政府文件, the title repeated over each page): a short line of Chinese
 * text with no sentence or bracket in it, no heading or numbered item, printed alike at least three times — no normative text
 * repeats a line so — or twice where it is a header (…文件) or the title the text opens with, each a page (ten lines or more) after
 * the one before (three or more spread over half the text at least), and none next to another repeated line (a table a cell a
 * line). Every one goes but the first where it stands among the text's first lines, as the title or header.
 */
function dropRepeatedLines(texts: string[], drop: Array<string | null>): void {
  // Alike to the character: lines that differ only in their figures are rows of a list (议员30人, 议员24人), not a head.
  const key = (s: string) => s.replace(/\s+/g, '');
  const at = new Map<string, number[]>();
  texts.forEach((s, i) => {
    const k = key(s);
    if (drop[i] || s.includes('\t') || k.length < 4 || k.length > 40 || /[。，；：、！？（）()《》“”]/.test(k) || !/\p{Script=Han}/u.test(k)) return;
    if (loadHeadingStyles().some((h) => h.pattern.test(s.trim()))) return;
    const seen = at.get(k);
    if (seen) seen.push(i);
    else at.set(k, [i]);
  });
  const top = texts.flatMap((s, i) => (s.trim() ? [i] : [])).slice(0, TOP_LINES);
  // The body begins at the first heading or numbered item: above it a text may print its title twice (a markdown title, then the
  // title line of the text itself), which is no running head.
  const body = texts.findIndex((s) => loadHeadingStyles().some((h) => h.pattern.test(s.trim())));
  // A line next to another repeated line is a table's cell laid out a cell a line (责任单位 / 市发展改革委 / 完成时限 …), not a head.
  const repeated = new Set([...at.values()].filter((l) => l.length >= 2).flat());
  const neighbours = (i: number) => {
    const out: number[] = [];
    for (const step of [-1, 1]) {
      let j = i + step;
      while (j >= 0 && j < texts.length && !texts[j]!.trim()) j += step;
      if (j >= 0 && j < texts.length) out.push(j);
    }
    return out;
  };
  for (const [k, lines] of at) {
    if (lines.some((i) => neighbours(i).some((j) => repeated.has(j)))) continue;
    // Fewer are enough for a header (某市人民政府文件) or the title the text opens with, printed again over a page of its body.
    const title = lines[0] === top[0] && isTitleLike(k) && body >= 0 && lines.slice(1).every((i) => i > body);
    const enough = title ? 2 : HEADER_LINE.test(k) ? MIN_HEADER_REPEATS : MIN_REPEATS;
    // …a page apart, and over the whole text: lines repeated close together, or in one part of it only, are a list (the titles of
    // decisions appended one after another).
    // (The first, where it is the title or header at the top, is kept and not counted in the spacing: page one holds the text's head.)
    const heads = top.includes(lines[0]!) ? lines.slice(1) : lines;
    if (lines.length < enough || heads.some((i, n) => n > 0 && i - heads[n - 1]! < PAGE_LINES)) continue;
    if (enough === MIN_REPEATS && lines[lines.length - 1]! - lines[0]! < texts.length / 2) continue;
    for (const i of heads) drop[i] = 'running-head';
  }
}

/** A line that could be a document title: short, no sentence punctuation inside, a kind of document named (document-kinds.tsv). */
export function isTitleLike(s: string): boolean {
  return s.length <= 80 && !/[。，,；]/.test(s) && (kindAnywhere ??= documentKindPattern(false)).test(s);
}
let kindAnywhere: RegExp | undefined;

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
