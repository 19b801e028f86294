// Repairs line layout: joins hard-wrapped lines into paragraphs, keeps real paragraph breaks and table rows.
import { documentKindPattern, opensTakingEffect } from '../lexicon/load-document-kinds.js';
import { loadHeadingStyles } from '../lexicon/load-heading-styles.js';
import { loadHistoryWords } from '../lexicon/load-history-events.js';
import { loadUnits } from '../lexicon/load-units.js';
import { runOnBreaks } from './split-run-on.js';
import { policyRunOnBreaks } from './split-run-on-policy.js';
import { LEAD } from '../parse/read-label.js';
import { paragraphOpener } from '../lexicon/load-paragraph-openers.js';
import { TrackedText, lineRanges } from './tracked-text.js';

export type Layout = 'wrapped' | 'paragraphs';

/** A line that starts a structural unit: a heading or numbered item of any style of heading-styles.tsv, or an attachment. */
const startsStructure = (line: string) =>
  (/^附件(?:\s*\d+)?\s*(?:[：:]|$)/.test(line) || loadHeadingStyles().some((s) => s.pattern.test(line))) && !CITATION_GOES_ON.test(line);
/**
 * A wrapped line that opens with a citation, not a heading: 第八条的规定, 第八条第二款, 第二十条、第二十一条, （三）项的规定 — an article's
 * or item's number followed by what goes on with a reference. (第一百七十六条第二审人民法院… is an article: 第 then no 款 or 项.)
 */
const CITATION_GOES_ON = /^(?:第[零〇一二两三四五六七八九十百千\d]+[条款项](?:之[一二三四五六七八九十]+)?(?:第[（(]?[零〇一二三四五六七八九十\d]+[）)]?[款项])*|[（(][零〇一二三四五六七八九十\d]{1,4}[）)][款项])(?:的|、|，|和|或者?|及|至|规定|第[（(]?[零〇一二三四五六七八九十\d]+[）)]?[条款项])/;
/** A dated line of a document's history (1985年1月21日…通过); the line after such a line that starts with a date is the next entry. */
const DATED = /^\d{4}年\d{1,2}月\d{1,2}日/;
/** …and a history's first line, bracketed or not (（2010年1月1日…通过): a date and then who acted (no 起, no clause), not a date alone. */
const HISTORY_OPENS = /^[（(]?\d{4}年\d{1,2}月\d{1,2}日[ \u3000]*(?![起前后以至，,、])\S{4}/;
/** A dated line that ends naming an event of a history (history-events.tsv) is one entry. */
const endsHistoryEntry = (line: string) => loadHistoryWords().some((w) => line.replace(/[）)]$/, '').endsWith(w.word));
/** A line that is a title of its own: no sentence in it, and it ends naming a kind of document (document-kinds.tsv). */
let kindAtEnd: RegExp | undefined;
const isTitleLine = (s: string) => {
  const t = s.trim();
  return t.length >= 4 && t.length <= 80 && !/[。，；：]/.test(t) && (kindAtEnd ??= documentKindPattern(true)).test(t);
};
const TERMINAL = /[。；！？：）」』”》〕】]$/;
const CANNOT_START = /^[，。、；：）！？%]/;
const TITLE_GOES_ON = /^[的和及与暨（(《]/;
const LEAD_LINE = new RegExp(`^${LEAD}$`);

/** Display width: CJK and full-width characters count two columns. */
function widthOf(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) >= 0x2000 ? 2 : 1;
  return w;
}

/** Lines enough to tell a page's width by the widths alone. */
const MANY_LINES = 20;
/** Fewest full-width lines a short text shows when it is wrapped. */
const FEW_FULL_LINES = 3;

/**
 * Detects PDF-style hard wrapping: most lines share one width, which is the page's line width. A short text (a 决定 of a few
 * paragraphs) has too few lines for that: it is wrapped where at least three lines, and a third of all, are as wide as its widest
 * (no line is wider than the page), and two in three of them break off mid-sentence (no sentence end), one at least inside a
 * sentence (a ，、； in it) — a text written a paragraph a line ends its lines with a sentence, a list's lines (names, units) hold no
 * sentence, and its widest line is a long paragraph of its own.
 */
export function detectLayout(lines: string[]): { layout: Layout; lineWidth: number } {
  const measured = lines.filter((l) => l && !l.includes('\t')).map((l) => ({ line: l.trim(), width: widthOf(l) })).filter((m) => m.width >= 20);
  const widths = measured.map((m) => m.width);
  if (widths.length >= MANY_LINES) {
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    let mode = 0;
    let best = 0;
    for (const [w, c] of counts) if (c > best) [mode, best] = [w, c];
    const near = widths.filter((w) => w >= mode - 6 && w <= mode + 4).length;
    return mode <= 120 && near / widths.length >= 0.5 ? { layout: 'wrapped', lineWidth: mode } : { layout: 'paragraphs', lineWidth: 0 };
  }
  if (widths.length < FEW_FULL_LINES) return { layout: 'paragraphs', lineWidth: 0 };
  // A short text: its widest lines are the page's width, and its paragraphs' last lines, shorter, are many of the rest.
  const page = Math.max(...widths);
  const full = measured.filter((m) => m.width >= page - 4);
  const broken = full.filter((m) => !TERMINAL.test(m.line)).length;
  // …and one of them at least holds a mark of a sentence broken off (，、；): a list's lines (names, units) hold none.
  const sentence = full.some((m) => !TERMINAL.test(m.line) && /[，、；]/.test(m.line));
  const wrapped = page <= 120 && sentence && full.length >= FEW_FULL_LINES && full.length * 3 >= widths.length && broken * 3 >= full.length * 2;
  return wrapped ? { layout: 'wrapped', lineWidth: page } : { layout: 'paragraphs', lineWidth: 0 };
}

/** Joins the lines of each paragraph; paragraphs end up separated by single newlines. `indented`: raw offsets of indented lines. */
export function joinParagraphs(t: TrackedText, indented: ReadonlySet<number> = new Set()): { text: TrackedText; layout: Layout } {
  const ranges = lineRanges(t.text);
  const lines = ranges.map(([s, e]) => t.text.slice(s, e));
  const { layout, lineWidth } = detectLayout(lines);
  const firstLine = lines.findIndex((l) => l.trim());
  const marks = paragraphMarks(t, ranges, lines, indented, layout);
  // Decide, for each newline run between two non-empty lines, whether it is a paragraph break.
  const removals: Array<[number, number, string]> = [];
  let prev = -1;
  /** The line the paragraph being joined opens with, and what its lines so far leave (a bracket open, any Han). */
  let opened = -1;
  let paragraph: Sofar = { depth: 0, han: false };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (prev < 0) {
      opened = i;
      paragraph = goOn({ depth: 0, han: false }, line);
      if (ranges[i]![0] > 0) removals.push([0, ranges[i]![0], '']);
      prev = i;
      continue;
    }
    const last = lines[prev]!;
    const gapStart = ranges[prev]![1];
    const gapEnd = ranges[i]![0];
    // An indented line (by its first character's raw offset) starts a paragraph of a hard-wrapped text.
    const first = ranges[i]![0] + (line.length - line.trimStart().length);
    const nextIndented = indented.has(t.offsets[first]!);
    const blank = marks.blankBefore.has(i);
    let join: boolean;
    if (layout === 'wrapped' && nextIndented) join = false;
    // Where blank lines stand between some lines and not others, one ends a paragraph (a notice's cover lines above a wrapped body) —
    // unless the line before fills the page and breaks off, as a page break in mid-sentence leaves it.
    else if (layout === 'wrapped' && blank && marks.blankLines && (widthOf(last) < lineWidth - 10 || TERMINAL.test(last))) join = false;
    // Where paragraphs open indented and lines run on flush (a wrapped text of lines too few or too uneven to tell its width), a flush
    // line after one that breaks off mid-sentence goes on with it (…国务院于2006 / 年4月28日…), unless it opens a heading or an item.
    else if (marks.indents && !nextIndented && !blank && goesOnFlush(last, line, prev === firstLine)) join = true;
    // A title printed over two lines at the top of the text, whose first names no kind of document (中华人民共和国 / 烟叶税法,
    // 进一步推动经济高质量 / 发展若干政策).
    else if (!blank && prev === firstLine && titleGoesOnBelow(last, line)) join = true;
    else join = shouldJoin(last, line, layout, lineWidth, prev === firstLine, lines[opened]!, paragraph);
    removals.push([gapStart, gapEnd, join ? '' : '\n']);
    if (!join) opened = i;
    paragraph = goOn(join ? paragraph : { depth: 0, han: false }, line);
    prev = i;
  }
  if (prev >= 0 && ranges[prev]![1] < t.text.length) removals.push([ranges[prev]![1], t.text.length, '']);
  const joined = applyGaps(t, removals);
  // A run-on paragraph (a whole law extracted as one line) is broken before each chapter and article its numbering says comes next.
  // …and a plan's, before each section and item.
  const breaks = lineRanges(joined.text).flatMap(([s, e]) => {
    const law = runOnBreaks(joined.text, s, e);
    return law.length ? law : policyRunOnBreaks(joined.text, s, e);
  });
  return { text: breaks.length ? applyGaps(joined, breaks.map((p): [number, number, string] => [p, p, '\n'])) : joined, layout };
}

/** Whether a line opens with what goes on a number: a digit, 万 or 亿, a unit (units.tsv). */
function goesOnFigure(next: string): boolean {
  if (/^[0-9０-９.．]/.test(next)) return true;
  const { units, multipliers } = loadUnits();
  return multipliers.some(([w]) => next.startsWith(w)) || units.some(([w]) => next.startsWith(w));
}

/** What the lines of a paragraph so far leave: how many brackets are open (more （ than ）), and whether any Han stands in them. */
interface Sofar {
  depth: number;
  han: boolean;
}

/** The paragraph so far with one more line: read line by line, so a long paragraph is read once, not again for each line. */
function goOn(sofar: Sofar, line: string): Sofar {
  let depth = sofar.depth;
  for (const ch of line) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  return { depth, han: sofar.han || /\p{Script=Han}/u.test(line) };
}

const BLANK_LINE = /\n[ \t\u3000]*\n/;

/**
 * What marks the paragraphs of a text besides line breaks: blank lines, where they stand between some lines and not nearly all
 * (a double-spaced text says nothing by them); first-line indents, where a text that is not wrapped has lines indented and others
 * flush. Also which lines a blank line stands before, read once for the joining.
 */
function paragraphMarks(
  t: TrackedText,
  ranges: Array<[number, number]>,
  lines: string[],
  indented: ReadonlySet<number>,
  layout: Layout,
): { blankLines: boolean; indents: boolean; blankBefore: Set<number> } {
  let gaps = 0;
  /** The lines (by index) a blank line stands before, after the text's line before them. */
  const blankBefore = new Set<number>();
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    if (prev >= 0) {
      gaps++;
      if (BLANK_LINE.test(t.text.slice(ranges[prev]![1], ranges[i]![0]))) blankBefore.add(i);
    }
    prev = i;
  }
  return { blankLines: blankBefore.size > 0 && blankBefore.size < 0.9 * gaps, indents: layout === 'paragraphs' && indented.size >= 2, blankBefore };
}

/** The end of a header line that is no part of a title: 某市人民政府文件, a 文号 (…〔2024〕7号). */
const HEADER_END = /(?:文件|号)$/;

/**
 * Whether a line is the first part of a title that the next line ends: short and no sentence, no title by itself, no header, heading
 * or dated line; the next line is a title line, and together they are one.
 */
function titleGoesOnBelow(last: string, next: string): boolean {
  const a = last.trim();
  // A bracketed mark (（征求意见稿）) and a mark of urgency or secrecy (特急, 机密) stand over a title, not in it.
  if (a.length > 40 || a.length <= 4 || /^[（(【［\[]/.test(a) || /[。，；：！？、]/.test(a) || isTitleLine(a) || HEADER_END.test(a) || DATED.test(a) || startsStructure(a)) return false;
  return isTitleLine(next) && !startsStructure(next) && isTitleLine(a + next.trim());
}

/**
 * Whether a flush line goes on the paragraph of the line before in a text whose paragraphs open indented. A notice prints its cover
 * so too (the header and the title set in, the 文号 and the addressees flush) and signs flush: a title, a header, a 文号, an
 * addressee line (…：), a dated line and a short line of no sentence (the issuer) are lines of their own.
 */
function goesOnFlush(last: string, next: string, first: boolean): boolean {
  if (last.includes('\t') || next.includes('\t') || TERMINAL.test(last) || startsStructure(next)) return false;
  if (isTitleLine(last) || isTitleLine(next) || HEADER_END.test(last.trim()) || HEADER_END.test(next.trim()) || DATED.test(next) || /[：:]$/.test(next.trim())) return false;
  if (first) return false;
  return !(next.trim().length <= 20 && !/[，。；、]/.test(next));
}

/**
 * Whether the line after `last` goes on its paragraph; `first`: `last` is the text's first line (a title stands alone); `opened`:
 * the line the paragraph opens with; `sofar`: what its lines up to `last` leave (a bracket left open there is open still, so the
 * text joined once is joined no further).
 */
function shouldJoin(last: string, next: string, layout: Layout, lineWidth: number, first: boolean, opened: string, sofar: Sofar): boolean {
  if (last.includes('\t') || next.includes('\t')) return false;
  if (CANNOT_START.test(next)) return true;
  // A figure broken before its unit (资金1000 / 万元) goes on, and a bracket broken off mid-sentence (（责任单位：市市场 / 监管局）); a
  // number alone on its line (a table's cell), an attachment's label (附件1) and a line ending in a number whose next line opens
  // anything else (a telephone number over the next contact, a rate over the next row) are lines of their own.
  if (!startsStructure(next) && !/^附件/.test(last) && sofar.han && ((/[0-9０-９.．]$/.test(last) && goesOnFigure(next)) || (sofar.depth > 0 && !TERMINAL.test(last)))) return true;
  // A title printed over two lines: the second goes on with it (…若干政策 / 的通知), and together they are a title.
  if (TITLE_GOES_ON.test(next) && isTitleLine(last) && isTitleLine(last.trim() + next.trim())) return true;
  if (first && isTitleLine(last)) return false;
  if (LEAD_LINE.test(next) && /^[一二三四五六七八九十]{1,3}、/.test(last)) return true;
  if (startsStructure(next)) return false;
  // A history: each dated entry (1985年1月21日…通过) is a paragraph, as are the title above it and a title repeated below it.
  if (DATED.test(next) && (DATED.test(last) || isTitleLine(last))) return false;
  // …and one entry ends where it names its event, on whichever line it wrapped to (2017年12月1日…常务委员会第 / 四十二次会议通过);
  // until then it goes on.
  if (HISTORY_OPENS.test(opened.trim()) && !/[。；]/.test(opened) && !/[。；]/.test(last)) {
    if (endsHistoryEntry(last)) return false;
    if (!TERMINAL.test(last) && !startsStructure(next) && !DATED.test(next)) return true;
  }
  // …as does the sentence saying when the text takes effect (本决定自…施行, 本条例自…).
  if (TERMINAL.test(last) && (paragraphOpener().test(next) || opensTakingEffect(next))) return false;
  if (/^[一二三四五六七八九十]{1,3}、/.test(last) && /[）)]$/.test(last)) return false; // a full-width section heading
  // A wrapped line is as wide as the page, give or take what half-width digits and justification do; one that ends in the middle
  // of a sentence goes on where it fills half the page or more (…安排资金 177.1 亿元。其 / 中，…, a line of digits and spaces narrower).
  // A title line (…若干政策, …的通知) ends its paragraph however wide it is.
  if (layout === 'wrapped') return widthOf(last) >= lineWidth - 10 || (!TERMINAL.test(last) && !isTitleLine(last) && widthOf(last) >= lineWidth / 2);
  // A title line (…的通知, …若干政策) is a paragraph of its own, unless the next line goes on with it (…若干政策 / 的通知).
  if (isTitleLine(last) && !TITLE_GOES_ON.test(next)) return false;
  return !TERMINAL.test(last) && last.length >= 30;
}

/** Replaces each [start, end) gap with its text (an empty string or one newline). */
function applyGaps(t: TrackedText, gaps: Array<[number, number, string]>): TrackedText {
  const parts: string[] = [];
  const offs: number[] = [];
  let last = 0;
  for (const [start, end, rep] of gaps) {
    parts.push(t.text.slice(last, start));
    for (let i = last; i < start; i++) offs.push(t.offsets[i]!);
    parts.push(rep);
    if (rep) offs.push(t.offsets[start]!);
    last = end;
  }
  parts.push(t.text.slice(last));
  for (let i = last; i <= t.text.length; i++) offs.push(t.offsets[i]!);
  return new TrackedText(parts.join(''), Int32Array.from(offs));
}
