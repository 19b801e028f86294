// Says what a fact measures, from the words around it: 首次认定的国家级专精特新“小巨人”企业 奖励.
import type { Fact } from '../model/fact.js';
import { loadComparators } from '../lexicon/load-comparators.js';
import { cueWords } from '../lexicon/load-figure-roles.js';

const BOUNDARY = /[。；：，！？\n]/;
const FILLER_END = /(?:给予|分别|按照?|按|为|达到?|实现|完成|新增|[累合共总]计|共|的|，|、|和|及)+$/;
/** Words that open a phrase without naming anything, and an item's printed number ((一) of a law's 项). */
const FILLER_START = /^(?:对|其中|并|且|和|及|对于|凡|另外|同时|，|、|[（(][一二三四五六七八九十]{1,3}[）)])+/;

type FactLike = Pick<Fact, 'start' | 'end'>;

/** A sub-clause that only names who acts on a breach (由县级以上人民政府…部门责令改正, 由公安机关给予警告): an authority of role-cues.tsv. */
let agencyActs: RegExp | undefined;
const AGENCY_ACTS = { test: (s: string) => (agencyActs ??= new RegExp(`^由[^，]{0,40}(?:${cueWords('authority')})[^，]{0,20}$`)).test(s) };

/** A short phrase naming the measured quantity: the subject before the number plus the noun after it. */
export function describeQuantity(text: string, fact: FactLike, all: FactLike[]): string {
  const segStart = lastBoundary(text, fact.start);
  let left = clean(stripFacts(text, segStart, fact.start, all));
  // 特色村30个、未来乡村30个、数字乡村样板镇村20个: each figure's own noun is what follows the figure before it.
  const prevEnd = Math.max(-1, ...all.filter((f) => f.end <= fact.start && f.end > segStart).map((f) => f.end));
  if (prevEnd > 0 && /^[、和及与或]/.test(text.slice(prevEnd, fact.start))) {
    const own = clean(text.slice(prevEnd, fact.start).replace(/^[、，和及与或]+/, ''));
    if (countHan(own) >= 2) left = own;
  }
  if (countHan(left) < 3) {
    // Only a verb before the number (给予最高…): the subject is in the sub-clause before — or, where that only names who acts
    // (由县级以上人民政府…部门责令改正，处…罚款), in the one before it, which says what was done (有下列行为之一的).
    let prevStart = lastBoundary(text, Math.max(0, segStart - 1));
    let prev = clean(stripFacts(text, prevStart, Math.max(prevStart, segStart - 1), all));
    if (AGENCY_ACTS.test(prev) && prevStart > 0 && !/[。；\n]/.test(text[prevStart - 1]!)) {
      const before = lastBoundary(text, prevStart - 1);
      const offence = clean(stripFacts(text, before, prevStart - 1, all));
      if (countHan(offence) >= 3) [prevStart, prev] = [before, offence];
    }
    if (prev) left = `${prev}${left ? ' ' + left : ''}`;
  }
  const rightEnd = nextBoundary(text, fact.end, 10);
  let right = text.slice(fact.end, rightEnd).replace(/^的/, '').replace(/^(?:以上|以下|以内|左右)/, '');
  right = right.replace(/[（(].*$/, '').trim();
  const phrase = [lastWords(left), right].filter(Boolean).join(' ').trim();
  return phrase || text.slice(Math.max(0, fact.start - 10), fact.start).trim();
}

/** A label keeps the last this many characters of a long subject. */
const MAX_LABEL = 40;

/**
 * The end of a long subject, cut where a listed item starts (after 、) rather than inside a word, and marked as cut: 没收违法生产、
 * 使用的…和违法所得 keeps …使用的…和违法所得, not 收违法生产、….
 */
function lastWords(s: string): string {
  if (s.length <= MAX_LABEL) return s;
  let t = s.slice(-MAX_LABEL);
  const k = t.indexOf('、');
  if (k >= 0 && k < MAX_LABEL / 2) t = t.slice(k + 1);
  return `…${t}`;
}

/** Where the sub-clause holding `pos` starts: after the last boundary mark, and no more than MAX_REACH characters back. */
function lastBoundary(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_REACH);
  for (let i = pos - 1; i >= floor; i--) if (BOUNDARY.test(text[i]!)) return i + 1;
  return floor;
}

/** How far back a label is looked for: a text with no punctuation (an extraction gone wrong) must not be read back to its start for each figure. */
const MAX_REACH = 120;

function nextBoundary(text: string, pos: number, max: number): number {
  for (let i = pos; i < Math.min(text.length, pos + max); i++) if (BOUNDARY.test(text[i]!) || text[i] === '、') return i;
  return Math.min(text.length, pos + max);
}

/** The text between two offsets with other facts' text removed. */
function stripFacts(text: string, from: number, to: number, all: FactLike[]): string {
  let out = '';
  let pos = from;
  for (const f of all) {
    if (f.end <= from || f.start >= to) continue;
    out += text.slice(pos, Math.max(pos, f.start));
    pos = Math.max(pos, f.end);
  }
  return out + text.slice(pos, to);
}

function clean(s: string): string {
  let out = s.trim();
  for (let i = 0; i < 3; i++) {
    out = out.replace(loadComparators().beforePattern, '').replace(FILLER_END, '').replace(FILLER_START, '').trim();
  }
  return out;
}

function countHan(s: string): number {
  return (s.match(/\p{Script=Han}/gu) ?? []).length;
}
