// Breaks a run-on paragraph of a plan or policy (一、/（一）/1. printed on one line) before each section and item its numbering says comes next.
import { opensTakingEffect } from '../lexicon/load-document-kinds.js';
import { parseChineseNumeral } from '../parse/parse-chinese-numeral.js';

/** Words that open a new paragraph when the line before ended a sentence. */
export const PARAGRAPH_OPENER = /^(?:上述|以上|本通知|本文件|本方案|本政策|本意见|本措施|本办法|为深入|为进一步|为加快)/;
/** A draft's mark at the head of a text (（征求意见稿）): a line of its own. */
const DRAFT_MARK = /^[（(](?:征求意见稿|送审稿|草案|讨论稿|试行)[）)]/;

/** Paragraphs shorter than this are never broken: a clause may list its cases inline (：（一）…；（二）…；（三）…). */
const MIN_LENGTH = 1000;
/** A paragraph is broken only where it holds at least two sections in order, and three items or three sections: a plan, not a list. */
const MIN_SECTIONS = 2;
const MIN_ITEMS = 3;

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const SECTION = new RegExp(`^(${NUMERAL})、`);
const ITEM = new RegExp(`^[（(](${NUMERAL})[）)]`);
const DOT_ITEM = /^(\d{1,2})[.．、](?!\d)/;
/** A section's lead (（由市发改委牵头实施）) ends its heading: the text of the section begins after it. */
const LEAD = /^[（(]由[^（）()。；]{2,30}牵头(?:实施|负责)?[）)]/;
/** What a number of a section or item follows where it opens one: the start, a sentence end, a closing bracket or quote. */
const OPENS_AFTER = /[。；：！？）)”」]/;
/** A list of numbers is no heading (一、二、三类): the number and its 、 followed by another. */
const LISTED = new RegExp(`^${NUMERAL}、${NUMERAL}、`);

/**
 * Where to break a run-on paragraph of a policy: before 一、, （一） and 1. where each carries the number expected next — （一）
 * and 1. may start again under each section, and 1. under each （一） — after a sentence end or at the paragraph's start, outside
 * quotation marks; after a section's lead (（由…牵头实施）), which ends its heading; after a draft's mark that opens the paragraph; and,
 * after the last item, before each sentence that opens a closing paragraph (上述…, 本通知…). None where the paragraph is under 1,000
 * characters, or holds fewer than two sections, or fewer than three items and three sections, in order. Offsets into `text`.
 */
export function policyRunOnBreaks(text: string, start: number, end: number): number[] {
  if (end - start < MIN_LENGTH) return [];
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
    if (section && parseChineseNumeral(section[1]!) === next.section && !LISTED.test(rest)) {
      push(p);
      next.section++;
      sections++;
      inSection = true;
      // Items may be numbered again in each section.
      next.dot = 1;
      const lead = /[（(]由/.exec(rest);
      if (lead) {
        const m = LEAD.exec(rest.slice(lead.index));
        if (m) push(p + lead.index + m[0].length);
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
  const draft = DRAFT_MARK.exec(text.slice(start, start + 12));
  if (draft) breaks.unshift(start + draft[0].length);
  const last = breaks[breaks.length - 1]!;
  for (let p = last + 1; p < end; p++) {
    if (!OPENS_AFTER.test(text[p - 1]!)) continue;
    const rest = text.slice(p, p + 12);
    if (PARAGRAPH_OPENER.test(rest) || opensTakingEffect(rest)) breaks.push(p);
  }
  return breaks;
}
