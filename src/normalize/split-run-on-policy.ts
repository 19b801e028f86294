// Breaks a run-on paragraph of a plan or policy (一、/（一）/1. printed on one line) before each section and item its numbering says comes next.
import { opensTakingEffect } from '../lexicon/load-document-kinds.js';
import { closingOpener } from '../lexicon/load-paragraph-openers.js';
import { parseChineseNumeral } from '../parse/parse-chinese-numeral.js';
import { DRAFT_MARK } from '../parse/find-parts.js';
import { LEAD } from '../parse/read-label.js';

/** Paragraphs shorter than this are never broken: a clause may list its cases inline (：（一）…；（二）…；（三）…). */
const MIN_LENGTH = 1000;
/** A paragraph is broken only where it holds at least two sections in order, and three items or three sections: a plan, not a list. */
const MIN_SECTIONS = 2;
const MIN_ITEMS = 3;

const NUMERAL = '[一二三四五六七八九十]{1,3}';
/** 一、 opening a section: not a list of numbers (一、二档企业, 一、二、三类; 三、五大产业 is a section). */
const SECTION = new RegExp(`^(${NUMERAL})、(?!${NUMERAL}[、档类级等项种批星])`);
const ITEM = new RegExp(`^[（(](${NUMERAL})[）)]`);
const DOT_ITEM = /^(\d{1,2})[.．、](?!\d)/;
/** A section's heading and its lead (一、扩大有效投资政策（由市发改委牵头实施）): the text of the section begins after it. */
const HEADING_WITH_LEAD = new RegExp(`^${NUMERAL}、[^。；：，（）()]{1,30}${LEAD}`);
/** An article's paragraph (第X条…): a law, whose run-on lines the law's own splitter reads. */
const ARTICLE = /^第[零〇一二两三四五六七八九十百千]+条/;
/** What a number of a section or item follows where it opens one: the start, a sentence end, a closing bracket or quote. */
const OPENS_AFTER = /[。；：！？）)”」]/;

/**
 * Where to break a run-on paragraph of a policy: before 一、, （一） and 1. where each carries the number expected next — （一）
 * and 1. may start again under each section, and 1. under each （一） — after a sentence end or at the paragraph's start, outside
 * quotation marks; after a section's lead straight after its title (一、…政策（由…牵头实施）), which ends its heading; after a draft's
 * mark that opens the paragraph; and, after the last item, before each sentence that opens a closing paragraph (上述…, 本通知…,
 * 本方案自…施行). None where the paragraph is an article's (第X条: a law), under 1,000 characters, or holds fewer than two sections, or
 * fewer than three items and three sections, in order. Offsets into `text`, ascending.
 */
export function policyRunOnBreaks(text: string, start: number, end: number): number[] {
  if (end - start < MIN_LENGTH || ARTICLE.test(text.slice(start, start + 12))) return [];
  const breaks: number[] = [];
  const next = { section: 1, item: 1, dot: 1 };
  let sections = 0;
  let items = 0;
  let depth = 0;
  let inSection = false;
  const push = (p: number) => {
    if (p > start && breaks[breaks.length - 1] !== p) breaks.push(p);
  };
  for (let p = start; p < end; p++) {
    const ch = text[p]!;
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    if (depth > 0 || (p > start && !OPENS_AFTER.test(text[p - 1]!))) continue;
    const rest = text.slice(p, p + 40);
    const section = SECTION.exec(rest);
    if (section && parseChineseNumeral(section[1]!) === next.section) {
      push(p);
      next.section++;
      sections++;
      inSection = true;
      // Items may be numbered again in each section.
      next.dot = 1;
      // The heading ends with its lead, straight after its title; the scan goes on from there.
      const lead = HEADING_WITH_LEAD.exec(text.slice(p, p + 80));
      if (lead) {
        push(p + lead[0].length);
        p += lead[0].length - 1;
      }
      continue;
    }
    const item = ITEM.exec(rest);
    const n = item ? parseChineseNumeral(item[1]!) : null;
    if (item && (n === next.item || (n === 1 && inSection))) {
      push(p);
      next.item = n! + 1;
      next.dot = 1;
      items++;
      inSection = false;
      continue;
    }
    const dot = DOT_ITEM.exec(rest);
    if (dot && (Number(dot[1]) === next.dot || Number(dot[1]) === 1)) {
      push(p);
      next.dot = Number(dot[1]) + 1;
      items++;
    }
  }
  if (!(sections >= MIN_SECTIONS && (items >= MIN_ITEMS || sections >= MIN_ITEMS))) return [];
  // Around the numbered text: a draft's mark before it, and after its last item the closing (上述…, 本通知…, 本方案自…施行).
  const draft = /^[（(][^（）()]{2,6}[）)]/.exec(text.slice(start, start + 12));
  if (draft && DRAFT_MARK.test(draft[0])) breaks.push(start + draft[0].length);
  const last = Math.max(...breaks);
  for (let p = last + 1; p < end; p++) {
    if (!OPENS_AFTER.test(text[p - 1]!)) continue;
    const rest = text.slice(p, p + 12);
    if (closingOpener().test(rest) || opensTakingEffect(rest)) breaks.push(p);
  }
  return [...new Set(breaks)].filter((b) => b > start && b < end).sort((a, b) => a - b);
}
