// Extract stage: every quantity in a passage as a typed fact (value in canonical unit, comparator, what it measures).
import type { Comparator, Fact } from '../model/fact.js';
import { parseChineseNumeral } from '../parse/parse-chinese-numeral.js';
import { chineseNumeral } from '../text/format-chinese-numeral.js';
import { describeQuantity } from './describe-quantity.js';
import { pairTieredItems } from './pair-tiered-items.js';
import { readMultipleBase } from './read-multiple-base.js';
import { isFine, readPenalty } from './read-penalty.js';
import { MULTIPLIERS, unitAt } from './units.js';
import { loadComparators, readAfter, readBefore, readCondition, type Bound } from '../lexicon/load-comparators.js';
import { changeVerbPattern } from '../lexicon/load-change-verbs.js';
import { notQuantityWords } from '../lexicon/load-not-quantities.js';
import { loadUnits } from '../lexicon/load-units.js';
import { loadPenaltyTerms } from '../lexicon/load-penalty-terms.js';
import { cueWords } from '../lexicon/load-figure-roles.js';
import { sentenceStart } from '../text/sentence-bounds.js';

const CN_DIGIT = '零〇一二两三四五六七八九十百千';
/** No numeral a text writes is longer than this; a longer run is read in pieces (so a run of thousands stays linear). */
const MAX_NUMERAL = 16;
const CANDIDATE = new RegExp(
  `(百分之|千分之|万分之)([${CN_DIGIT}点]{1,${MAX_NUMERAL}})|([${CN_DIGIT}]{1,${MAX_NUMERAL}})分之([${CN_DIGIT}]{1,${MAX_NUMERAL}})|(\\d{1,${MAX_NUMERAL}}(?:\\.\\d{1,${MAX_NUMERAL}})?)|([${CN_DIGIT}]{1,${MAX_NUMERAL}}(?:点[${CN_DIGIT.replace('十百千', '')}]{1,8})?)`,
  'g',
);
/** The 由 or 从 before the old value of a stated change, with what may stand between (由现行的300万元提高至500万元, 从原来的3年). */
const STATED_FROM = /(?:由|从)(?:现行|原来|原|目前|现在|以前|过去)?的?\s*(?:每[\u4e00-\u9fff]{1,4}?)*$/;
/** What a figure is counted per, written between its comparator and it: 每人每年, 每户, 每家企业, 每个项目 (four characters after 每 at most). */
const PER_UNIT = /(?:每[\u4e00-\u9fff]{1,4}?(?=每|$))+$/;
/** A cap word with the benefit named between it and the number: 最高补助300万元, 最高奖励200万元. */
const CAP_BEFORE_NOUN = /(?:最高|不超过)(?:每[\u4e00-\u9fff]{1,4}?)*(?:可)?(?:一次性)?(?:补助|奖励|补贴|资助|奖补|支持)(?:金额)?(?:为|达)?$/;
const RANGE_SEP = /^[-—－~～至到]/;
const CN_RANGE = new RegExp(`^[-—－~～至到]([${CN_DIGIT}]{1,${MAX_NUMERAL}})`);
/** 一个 says "a", except before a length of time (一个月, 一个工作日); the other words with a numeral that are no quantity are in not-quantities.tsv. */
const A_SINGLE = /^一个(?!月|工作日|小时|季度|半月|交易日)/;
/** A ratio written a:b (按1:1配套, 1∶0.5), where a word around it says it is one. */
const RATIO_PAIR = /^[:∶：](?!0\d)(\d{1,6}(?:\.\d{1,6})?)(?![:∶：\d])/;
const RATIO_BEFORE = /(?:按|按照|比例为?|比为|配比为?)$/;
const RATIO_AFTER = /^(?:的?比例|配套|配比|匹配)/;
/** Half a unit more: 一个半月, 两年半, 一个半小时. */
const AND_A_HALF = /^(?:(个半月)|(年半)|(个半小时))/;
/** The kinds of unit a price can be counted per, written 每千瓦时0.03元 as 0.03元/千瓦时: a measure, not a count of things or a time. */
const MEASURE_KINDS = new Set(['area', 'energy', 'electricity', 'weight', 'volume', 'length', 'power']);

/** 百分之十 is 10%, 千分之五 0.5%, 万分之五 0.05%. */
const PER: Record<string, number> = { 百分之: 1, 千分之: 10, 万分之: 100 };

/** A run of digits that holds letters printed for digits (l万元, lO万元, 8月l日: a typist's l and O), read as the digits they stand for. */
const LETTER_DIGITS = /(?<![A-Za-z])[0-9lIO]+(?![A-Za-z])/g;
const UNIT_AFTER = /^[万亿千百元%日月年个倍]/;

/** The text with letters printed for digits read as digits, character for character (so every offset stays). */
function readLetterDigits(text: string): string {
  if (!/[lIO]/.test(text)) return text;
  return text.replace(LETTER_DIGITS, (run, at: number) => {
    if (!/[lIO]/.test(run) || !(/\d/.test(run) || UNIT_AFTER.test(text.slice(at + run.length, at + run.length + 1)))) return run;
    return run.replace(/[lI]/g, '1').replace(/O/g, '0');
  });
}

/** Extracts all numeric facts of a passage; offsets are into `text`. A figure's text is as the passage prints it (lO万元). */
export function extractFacts(printed: string): Fact[] {
  const text = readLetterDigits(printed);
  const facts = readFacts(text);
  if (text !== printed) for (const f of facts) f.text = printed.slice(f.start, f.end);
  return facts;
}

function readFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const fact = readFact(text, m);
    if (!fact) continue;
    facts.push(fact);
    CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, fact.end);
  }
  readHalves(text, facts);
  mergeRanges(text, facts);
  // A price per a measure written before it (每千瓦时0.03元, 每平方米五十元以上一百元以下) is a rate, as 0.03元/千瓦时 is.
  for (const f of facts) {
    const per = f.kind === 'money' && !f.unit.includes('/') ? measureBefore(text, f.start) : null;
    if (!per) continue;
    f.unit = `${f.unit}/${per.unit}`;
    f.value = round(f.value / per.scale);
    if (f.range) f.range = { ...f.range, min: round(f.range.min / per.scale), max: round(f.range.max / per.scale) };
  }
  // A speed (最高时速不得超过80公里, 每小时80公里, 80公里/小时) is kilometres an hour, not a length.
  for (const f of facts) {
    if (f.kind !== 'length' || !/^公里(?:\/小时)?$/.test(f.unit)) continue;
    if (f.unit === '公里/小时' || SPEED_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))) Object.assign(f, { unit: '公里/小时', kind: 'speed' });
  }
  // (Facts are in text order: the end of those before a sum bounds how far back its 每X is read.)
  let previousEnd = 0;
  for (const f of facts) {
    if (f.kind === 'money') readPeriod(text, f, previousEnd);
    // A daily rate of a late fee or interest (按日加收5‰的滞纳金, 每日万分之五): a share per day.
    else if (f.kind === 'ratio' && DAILY.test(text.slice(Math.max(previousEnd, f.start - 8), f.start))) f.period = '日';
    previousEnd = Math.max(previousEnd, f.end);
  }
  readValidity(text, facts);
  // The old value of a stated change (上限由50%提高至60%) is not what the text sets: only the new one is a figure of it.
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    if (STATED_FROM.test(text.slice(Math.max(0, f.start - 14), f.start)) && changeVerbPattern().test(text.slice(f.end, f.end + 8))) facts.splice(i, 1);
  }
  // A bound printed without its unit that made no range (十二至十五, 五以上) is no figure.
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as Draft;
    if (f.bareLower && !f.unit) facts.splice(i, 1);
    else delete f.bareLower;
  }
  readEqualValue(text, facts);
  // Fines whose party their own sentence part names, for a later part that names none (…；没有违法所得的，可以处五万元以下的罚款).
  const named: Array<{ start: number; subject: string }> = [];
  for (const f of facts) {
    const penalty = readPenalty(text, f, named);
    if (penalty) {
      const { named: own, ...read } = penalty;
      Object.assign(f, read);
      if (own && read.subject) named.push({ start: f.start, subject: read.subject });
    }
    const base = readMultipleBase(text, f);
    if (base) f.base = base;
  }
  for (const run of listRuns(text, facts)) {
    // A list of values (最高300万元、150万元、50万元) shares its subject, noun and comparator.
    const quantity = describeQuantity(text, { start: run[0]!.start, end: run[run.length - 1]!.end }, facts);
    const { comparator, strict } = run[0]!;
    for (const f of run) {
      f.quantity = quantity;
      // …and whether it is strict (首次突破100亿元、50亿元: each one passed, not reached).
      if (f.comparator === 'eq' && comparator !== 'eq') Object.assign(f, { comparator }, strict ? { strict } : {});
    }
    if (run.length > 1) pairTieredItems(text, run);
  }
  for (const f of facts) {
    const cited = f.item || !isFine(text, f) ? null : citedItem(text, f.start);
    // …and says so where it names what it measures (港口、码头未配备防污设施、器材 处 罚款, not 有前款第（一）项行 处 罚款).
    const shown = cited && cited.length > CITED_SHOWN ? `${cited.slice(0, CITED_SHOWN)}…` : cited;
    if (cited) Object.assign(f, { item: cited, quantity: f.quantity.replace(/^有?前款(?:第?[（(]?[一二三四五六七八九十]{1,3}[）)]?项?[、和或]?)+项(?:行为?(?:之一)?的?)?/, shown!) });
  }
  return facts;
}

/** How much of a cited item the figure's quantity shows (the item keeps all of it). */
const CITED_SHOWN = 24;

/** 有前款第（一）项行为的, 违反前款第二项、第三项规定的, 有前款第（二）、（四）项行为之一的: the items of the 款 before that a fine's sentence part cites. */
const CITED_ITEMS = /前款((?:第?[（(]?[一二三四五六七八九十]{1,3}[）)]?(?:项)?[、和或至]?)+项)/g;

/** The item numbers a citation names, a run 第（一）项至第（三）项 written out. */
function citedNumbers(cited: string): string[] {
  const out: string[] = [];
  for (const m of cited.matchAll(/([^一二三四五六七八九十]*)([一二三四五六七八九十]{1,3})/g)) {
    const n = parseChineseNumeral(m[2]!);
    const from = m[1]!.includes('至') && out.length ? parseChineseNumeral(out[out.length - 1]!) : null;
    if (from !== null && n !== null) for (let k = from + 1; k < n; k++) out.push(chineseNumeral(k));
    out.push(m[2]!);
  }
  return out;
}

/**
 * What a fine is for where its sentence part cites items of the 款 before (有前款第（一）项行为的，处…): the words of those items, so a
 * fine pairs with the fine of the same breach when the items are renumbered or regrouped, not with the one of the same number.
 */
function citedItem(text: string, at: number): string | null {
  const part = text.slice(sentenceStart(text, at), at);
  const cites = [...part.matchAll(CITED_ITEMS)].at(-1);
  if (!cites) return null;
  const numbers = citedNumbers(cites[1]!);
  const before = text.slice(0, at);
  const items = numbers.map((n) => {
    const lines = [...before.matchAll(new RegExp(`(?:^|\\n)\\s*[（(]${n}[）)]([^\\n]*)`, 'g'))];
    return lines.at(-1)?.[1]?.replace(/[的；;。，\s]+$/, '') ?? null;
  });
  return items.every(Boolean) ? items.join('；') : null;
}

/**
 * Both bounds written one after the other (五千元以上五万元以下, 超过一万元不足五万元, 一倍以上十倍以下) are one range: a lower
 * bound then an upper one, of one unit, nothing between them. Each bound keeps whether it is included (以上 and 以下 include it, as
 * laws use them; 超过 and 不足 do not).
 */
function mergeRanges(text: string, facts: Draft[]): void {
  for (let i = 0; i + 1 < facts.length; i++) {
    const [lo, hi] = [facts[i]!, facts[i + 1]!];
    // 五千以上一万元以下, 3000以上1万元以下: a bare lower bound right before an upper one takes its unit — where it is within a
    // hundredth of it (3以上5万元 means something else).
    const between = text.slice(lo.end, hi.start);
    const bounds = (lo.comparator === 'min' && hi.comparator === 'max' && between === '') || (lo.comparator === 'eq' && /^[至到]$/.test(between));
    if (lo.kind === 'number' && lo.unit === '' && hi.unit && bounds && lo.value < hi.value && lo.value * 100 >= hi.value) {
      Object.assign(lo, { unit: hi.unit, kind: hi.kind });
    }
    // 税款百分之五十以上五倍以下: a lower bound in percent of what the upper one multiplies.
    // Only where the two bounds touch: a rate of 98%以上 in one sentence and a fine of 1倍至3倍 in the next are two figures.
    if (lo.unit === '%' && hi.unit === '倍' && lo.comparator === 'min' && lo.end === hi.start) Object.assign(lo, { value: round(lo.value / 100), unit: '倍', kind: 'multiple' });
    // 三个月以上不满一年, 半年至一年: a time limit in months up to one in years is one range in months.
    const inMonths = lo.kind === 'duration' && hi.kind === 'duration' && lo.unit === '月' && hi.unit === '年';
    const upper = inMonths ? { ...hi, value: hi.value * 12, unit: '月' } : hi;
    // 三千元至五千元, 五至十人 read as two figures: one range.
    const dash = /^[-—－~～至到]$/.test(text.slice(lo.end, hi.start)) && lo.comparator === 'eq' && (hi.comparator === 'eq' || hi.comparator === 'max');
    if (dash && lo.unit === upper.unit && !lo.range && !hi.range && lo.value < upper.value) {
      facts.splice(i, 2, { ...upper, text: text.slice(lo.start, hi.end), start: lo.start, comparator: 'range', range: { min: lo.value, max: upper.value, minStrict: false, maxStrict: false } });
      continue;
    }
    // The two bounds touch, or a 、 stands between them (罚款幅度为500元以上、5000元以下).
    const touching = lo.end === hi.start || text.slice(lo.end, hi.start) === '、';
    if (lo.comparator !== 'min' || hi.comparator !== 'max' || lo.unit !== upper.unit || !touching || lo.range || hi.range) continue;
    const { strict: _lo, ...rest } = upper;
    facts.splice(i, 2, {
      ...rest,
      text: text.slice(lo.start, hi.end),
      start: lo.start,
      comparator: 'range',
      range: { min: lo.value, max: upper.value, minStrict: lo.strict === true, maxStrict: hi.strict === true },
    });
  }
}

/** 货值金额等值以上三倍以下: 等值 is once the base, the range's lower bound. */
function readEqualValue(text: string, facts: Draft[]): void {
  for (const f of facts) {
    if (f.unit !== '倍' || f.comparator !== 'max' || f.range || !text.slice(0, f.start).endsWith('等值以上')) continue;
    f.start -= 4;
    f.text = text.slice(f.start, f.end);
    f.comparator = 'range';
    f.range = { min: 1, max: f.value, minStrict: false, maxStrict: false };
  }
}

const PERIOD = /^(\d{4})年(?:第?([一二三四1-4])季度|(春季|夏季|秋季|冬季|上半年|下半年|年底|年末|底))/;
const PERIOD_MONTH: Record<string, number> = { 春季: 4, 夏季: 7, 秋季: 10, 冬季: 12, 上半年: 6, 下半年: 12, 年底: 12, 年末: 12, 底: 12 };

/** What stands before and after a fraction that is a share (的2/3, 占1/3, 超过1/2; 2/3以上, 1/3的): not a date or a class. */
const FRACTION_BEFORE = /(?:的|占|按|为|达到?|超过|不少于|不超过|不得少于|不得超过|不足|少于|多于|低于|高于)$/;
const FRACTION_AFTER = /^(?:以上|以下|以内|的|给予|计|通过|同意|出席)/;

/** 时速 or 每小时 before a distance (时速不得超过, 行驶速度每小时): a speed. */
const SPEED_BEFORE = /(?:时速|每小时)[^，。；\d]{0,6}$/;

/** 按日, 每日 (加收, 计收, 收取) right before a share: a rate per day. */
const DAILY = /(?:按|每)日(?:加收|计收|收取|按)?$/;

/** Words before a bare 万/亿 amount that make it money (安排2000万, 资金3亿). */
const MONEY_CONTEXT = /(?:安排|资金|预算|投资|投入|补助|奖励|补贴|资助|总额)[^，。；]{0,4}$/;

const LIST_GAP = /^[、，和及与或]{0,2}$/;

/** Consecutive facts of one unit separated only by 、/和: the members of one list. */
export function listRuns(text: string, facts: Fact[]): Fact[][] {
  const runs: Fact[][] = [];
  for (const f of facts) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && prev.unit === f.unit && prev.kind !== 'year' && LIST_GAP.test(text.slice(prev.end, f.start))) run.push(f);
    else runs.push([f]);
  }
  return runs;
}

/** A fact being read; `bareLower`: a bound printed without its unit, kept only where it becomes a range's lower bound. */
type Draft = Omit<Fact, 'quantity'> & { quantity: string; bareLower?: boolean };

function readFact(text: string, m: RegExpExecArray): Draft | null {
  const start = m.index;
  if (insideQuotedName(text, start, m[0].length)) return null;
  if (m[1]) {
    const v = parseChineseNumeral(m[2]!);
    if (v === null) return null;
    return finish(text, start, start + m[0].length, round(v / PER[m[1]!]!), undefined, '%', 'ratio');
  }
  if (m[3]) {
    const num = parseChineseNumeral(m[4]!);
    const den = parseChineseNumeral(m[3]);
    if (num === null || !den) return null;
    return finish(text, start, start + m[0].length, round((num / den) * 100), undefined, '%', 'ratio');
  }
  if (m[5]) return readArabic(text, start, m[5]);
  return readChinese(text, start, m[6]!);
}

function readArabic(text: string, start: number, digits: string): Draft | null {
  const prev = text[start - 1] ?? '';
  // 第30条, 第2名: an ordinal, not a quantity; PM2.5, H7N9: a name. A share of a rate named in capitals (LPR50%) is a figure.
  if (/[A-Za-z〔\[.第]/.test(prev) && !(/[A-Z]/.test(prev) && text[start + digits.length] === '%')) return null;
  let pos = start + digits.length;
  if (/^[A-Za-z+]/.test(text.slice(pos))) return null;
  // Dates: 2024年5月6日, 2024年6月; periods that set a deadline: 2024年一季度, 2024年秋季, 2024年底.
  const date = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/.exec(text.slice(start));
  if (date && digits.length === 4) {
    const value = Number(date[1]) * 10000 + Number(date[2]) * 100 + Number(date[3] ?? 0);
    return finish(text, start, start + date[0].length, value, undefined, '日期', 'date');
  }
  const period = digits.length === 4 ? PERIOD.exec(text.slice(start)) : null;
  if (period) {
    const month = period[2] ? Number(parseChineseNumeral(period[2]) ?? period[2]) * 3 : PERIOD_MONTH[period[3]!]!;
    return finish(text, start, start + period[0].length, Number(period[1]) * 10000 + month * 100, undefined, '日期', 'date');
  }
  const pair = RATIO_PAIR.exec(text.slice(pos));
  if (pair && Number(digits) > 0 && Number(pair[1]) > 0 && (RATIO_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || RATIO_AFTER.test(text.slice(pos + pair[0].length)))) {
    return finish(text, start, pos + pair[0].length, round(Number(pair[1]) / Number(digits)), undefined, '比', 'ratio');
  }
  // A fraction printed with a slash (缴纳社会保险费的2/3, 2/3以上) is the share 三分之二 is, where words around it say it is a share of
  // something; never a date (2024/5/6, 6/30前) or a class (10/20千伏).
  const fraction = /^\/(\d{1,3})(?![\d/.日号月])/.exec(text.slice(pos));
  const shareWords = FRACTION_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || FRACTION_AFTER.test(text.slice(pos + (fraction?.[0].length ?? 0)));
  if (fraction && shareWords && /^\d{1,2}$/.test(digits) && !/[\d/]/.test(prev) && Number(digits) > 0 && Number(digits) < Number(fraction[1])) {
    return finish(text, start, pos + fraction[0].length, round((Number(digits) / Number(fraction[1])) * 100), undefined, '%', 'ratio');
  }
  let value = Number(digits);
  let upper: number | undefined;
  // Ranges: 100-200万元, 10%—20%, 2024—2027年.
  const sepPos = text[pos] === '%' ? pos + 1 : pos;
  const range = RANGE_SEP.test(text.slice(sepPos, sepPos + 1)) ? /^(\d+(?:\.\d+)?)/.exec(text.slice(sepPos + 1)) : null;
  if (range) {
    upper = Number(range[1]);
    pos = sepPos + 1 + range[1]!.length;
  }
  const half = upper === undefined && /^\d+$/.test(digits) ? halfDuration(text, start, pos, value) : null;
  if (half) return half;
  const multiplier = multiplierAt(text, pos);
  const scale = multiplier.scale;
  pos = multiplier.end;
  const unit = unitAt(text, pos);
  if (!unit) {
    // A figure after a measured noun, bound by a comparator word (容积率不低于2.5, 系数1.2以上); else a bare number is a name
    // (“1050”项目) or a label, not a quantity.
    if (scale === 1) return boundedBare(text, start, pos) ? finish(text, start, pos, value, upper, '', 'number') : null;
    // 市财政统筹安排2000万: money with the 元 left out.
    if (MONEY_CONTEXT.test(text.slice(Math.max(0, start - 8), start))) return finish(text, start, pos, round(value * scale), upper && round(upper * scale), '元', 'money');
    return finish(text, start, pos, round(value * scale), upper && round(upper * scale), '', 'count');
  }
  if (unit.text === '年' && scale === 1 && /^(19|20)\d\d$/.test(digits)) {
    return finish(text, start, pos + 1, value, upper, '年份', 'year');
  }
  if (notQuantity(text, start, unit.text, pos + unit.text.length)) return null;
  const s = unit.info.scale * scale;
  value = round(value * s);
  return finish(text, start, pos + unit.text.length, value, upper === undefined ? undefined : round(upper * s), unit.info.unit, unit.info.kind);
}

function readChinese(text: string, start: number, numeral: string): Draft | null {
  const rest = text.slice(start);
  if (text[start - 1] === '第' || A_SINGLE.test(rest) || notQuantityWords().test(rest)) return null;
  // 五至十人, 一至二名: both bounds, one unit after the second.
  const range = CN_RANGE.exec(text.slice(start + numeral.length, start + numeral.length + MAX_NUMERAL + 2));
  const low = range ? parseChineseNumeral(numeral) : null;
  if (range && low !== null) {
    const high = parseChineseNumeral(range[1]!);
    const { scale, end: pos } = multiplierAt(text, start + numeral.length + range[0].length);
    const unit = unitAt(text, pos);
    if (high !== null && high > low && unit) {
      const s = unit.info.scale * scale;
      return finish(text, start, pos + unit.text.length, round(low * s), round(high * s), unit.info.unit, unit.info.kind);
    }
  }
  // 五千以上一万元以下: a lower bound printed without the unit its upper bound names (mergeRanges gives it that unit).
  const bare = /^(?:以上|至|到)/.exec(text.slice(start + numeral.length));
  if (bare && new RegExp(`^[${CN_DIGIT}\\d]`).test(text.slice(start + numeral.length + bare[0].length))) {
    const value = parseChineseNumeral(numeral);
    if (value !== null && value >= 10 && unitAt(text, start + numeral.length) === null) return { ...finish(text, start, start + numeral.length, value, undefined, '', 'number'), bareLower: true };
  }
  // Take the longest prefix that parses and is followed by a unit.
  for (let len = numeral.length; len > 0; len--) {
    const part = numeral.slice(0, len);
    const value = parseChineseNumeral(part);
    // 千 or 百 alone before a unit that opens with it (千克, 百帕) is that unit, and after 每 what a figure is counted per (每百户, 每千人口):
    // no number; 百年以上, 千亩 are numbers.
    const alone = part === '千' || part === '百';
    if (value === null || value <= 0 || (alone && (text[start - 1] === '每' || unitAt(text, start)?.text.startsWith(part)))) continue;
    const half = halfDuration(text, start, start + len, value);
    if (half) return half;
    const { scale, end: pos } = multiplierAt(text, start + len);
    const unit = unitAt(text, pos);
    if (!unit) continue;
    if (notQuantity(text, start, unit.text, pos + unit.text.length)) return null;
    if (value === 1 && scale === 1 && (unit.info.kind === 'count' || unit.text === '度')) {
      // 一个、一家 say "a", 一度 "once", not a figure; bounded (一名以上, 至少一次) one is a floor or a cap.
      const one = finish(text, start, pos + unit.text.length, 1, undefined, unit.info.unit, unit.info.kind);
      // 设主任委员一人，: a count of persons closing its clause is one person, as 二人 is two (同一人 is the same person).
      const persons = (unit.text === '人' || unit.text === '名') && text[start - 1] !== '同' && /^(?:[，。；、]|和|及|或)/.test(text.slice(pos + unit.text.length));
      return one.comparator === 'eq' && !persons ? null : one;
    }
    // 二〇二四年 is a year; 二百年 (written with 十, 百 or 千) a length of years.
    if (unit.text === '年' && value > 100 && !/[十百千]/.test(part)) return finish(text, start, pos + 1, value, undefined, '年份', 'year');
    const s = unit.info.scale * scale;
    return finish(text, start, pos + unit.text.length, round(value * s), undefined, unit.info.unit, unit.info.kind);
  }
  return null;
}

let periodBefore: { pattern: RegExp; units: Map<string, string> } | null = null;

/**
 * How often a sum recurs: 每月 before it (每人每月3000元, 每月补贴不超过500元: the words between are no figure and no punctuation), or
 * a rate over a length of time after it (200万元/年), which is a sum with its period, as 每年200万元 is.
 */
function readPeriod(text: string, f: Draft, previousEnd: number): void {
  if (!periodBefore) {
    // The words of the duration units and their canonical names (每月, 每季度: 月 alone is no unit after a number, 3月 is a month).
    const durations = loadUnits().units.filter(([, info]) => info.kind === 'duration').flatMap(([w, info]): Array<[string, string]> => [[w, info.unit], [info.unit, info.unit]]);
    const units = new Map(durations);
    periodBefore = { pattern: new RegExp(`每(${[...units.keys()].sort((a, b) => b.length - a.length).join('|')})[^，。；：、！？,;:\\d%]{0,10}$`), units };
  }
  const over = /^(.+)\/(.+)$/.exec(f.unit);
  if (over && [...periodBefore.units.values()].includes(over[2]!)) {
    f.unit = over[1]!;
    f.period = over[2]!;
    return;
  }
  const m = periodBefore.pattern.exec(text.slice(Math.min(f.start, Math.max(previousEnd, f.start - 14)), f.start));
  if (m) f.period = periodBefore.units.get(m[1]!)!;
}

/**
 * Half a year, half a month, half an hour written without a numeral (稳定就业半年以上, 延长半年): 半年 is six months, as 6个月 is.
 * 上半年, 下半年 name a part of a year, not a length; 每半年 is every six months, as 每6个月 is. A half as a share (一半, 半数以上,
 * 过半数) is 50%.
 */
const HALF = /(?<![上下])半(?:(年)|个?(月)|(小时))(?![度刊])/g;

/** A half as a share, in words: 一半 (50%), 半数以上 (at least 50%), 过半数 (more than half: above 50%). */
const HALF_SHARE = /(?<![\d零〇一二两三四五六七八九十百千])(?:(过半数)|一半|半数)/g;

function readHalves(text: string, facts: Draft[]): void {
  HALF.lastIndex = 0;
  let added = false;
  for (let m = HALF.exec(text); m; m = HALF.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (facts.some((f) => f.start < end && start < f.end) || /[\d零〇一二两三四五六七八九十百千]$/.test(text.slice(0, start).slice(-1))) continue;
    const [value, unit] = m[1] ? [6, '月'] : m[2] ? [0.5, '月'] : [0.5, '小时'];
    facts.push(finish(text, start, end, value, undefined, unit, 'duration'));
    added = true;
  }
  HALF_SHARE.lastIndex = 0;
  for (let m = HALF_SHARE.exec(text); m; m = HALF_SHARE.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (facts.some((f) => f.start < end && start < f.end)) continue;
    const share = finish(text, start, end, 50, undefined, '%', 'ratio');
    // 过半数 is above half; 未过半数 at most half; a comparator before it says what it says (不得超过半数).
    const negated = /[不未]/.test(text[start - 1] ?? '');
    facts.push(m[1] && share.comparator === 'eq' ? { ...share, comparator: negated ? 'max' : 'min', ...(negated ? {} : { strict: true }) } : share);
    added = true;
  }
  if (added) facts.sort((a, b) => a.start - b.start);
}

/** 一个半月, 1个半月, 两年半: a length of time and a half. */
function halfDuration(text: string, start: number, pos: number, value: number): Draft | null {
  const half = AND_A_HALF.exec(text.slice(pos));
  return half ? finish(text, start, pos + half[0].length, value + 0.5, undefined, half[1] ? '月' : half[2] ? '年' : '小时', 'duration') : null;
}

/** 前三条, 本条第二款 (a cross-reference), 6月30日 (a day of the month): a number and unit that are no quantity. */
function notQuantity(text: string, start: number, unit: string, end: number): boolean {
  const prev = text[start - 1] ?? '';
  // 前三条, 本条第二款; 本条例六十条第四款 (a reference printed without its 第).
  if (/^[条款项章节目]$/.test(unit) && (/[第前本上下]/.test(prev) || /^(?:第|规定|之[一二三四五六七八九十])/.test(text.slice(end, end + 3)))) return true;
  // 第一、二款: the second of two references printed with one 第.
  if (/^[条款项章节目]$/.test(unit) && prev === '、' && /第[零〇一二三四五六七八九十百千\d]+$/.test(text.slice(Math.max(0, start - 8), start - 1))) return true;
  // 二类保护区, 三类医疗器械, 一类、二类和三类: a class named, not a count of classes (分为三类, 两类收入, 上述六类人员, 有害垃圾、其他垃圾
  // 四类收集容器 count them).
  const counted = /(?:分为|分成|以下|下列|等|上述|这|、[^，。；：、\d类]{1,12})$/;
  if (unit === '类' && text.slice(start, end - 1) !== '两' && !counted.test(text.slice(Math.max(0, start - 14), start))) {
    const after = text.slice(end, end + 4);
    if ((/^\p{Script=Han}/u.test(after) && !/^[的和或及以等]/.test(after)) || /^[、和或及][第]?[零〇一二三四五六七八九十\d]类/.test(after)) return true;
  }
  if ((unit === '日' || unit === '天') && /[月]/.test(prev)) return true;
  // 上一年度, 下一个月: the year or month before or after, not a length of time.
  if (/^(?:年|年度|季度|个月|月)$/.test(unit) && /^[一1]$/.test(text.slice(start, end - unit.length)) && /[上下]/.test(prev) && text[start - 2] !== '以') return true;
  // 该月最后一日, 相应日的前一日, 同一天: a day named, not a time limit.
  return (unit === '日' || unit === '天') && /^[一1]$/.test(text.slice(start, end - unit.length)) && /[后前同当某次上下]/.test(prev);
}

/** A bare number with a comparator word before it or after it: 不低于2.5, 1.2以上. */
function boundedBare(text: string, start: number, end: number): boolean {
  const { beforePattern, afterPattern } = loadComparators();
  return beforePattern.test(text.slice(Math.max(0, start - 8), start)) || afterPattern.test(text.slice(end, end + 8));
}

/** A 万/亿 multiplier written between a number and its unit (2万亩, 110亿千瓦时). */
function multiplierAt(text: string, pos: number): { scale: number; end: number } {
  for (const [word, factor] of MULTIPLIERS) if (text.startsWith(word, pos)) return { scale: factor, end: pos + word.length };
  return { scale: 1, end: pos };
}

/** Adds the comparator words around the number (comparators.tsv) and builds the fact; a range 100-200万元 keeps both bounds. */
function finish(
  text: string,
  start: number,
  end: number,
  value: number,
  upper: number | undefined,
  unit: string,
  kind: string,
): Draft {
  const words = loadComparators();
  let bound: Bound | null = null;
  // Read from a comparator before the name of what the figure is a share of (超出计划量|百分之二十以下), or from the event a time
  // limit counts back from: a bound after the figure is nearer, and says more.
  let yieldsToAfter = false;
  let s = start;
  let e = end;
  // 不得少于人民币二百万元: the currency word stands between the comparator and the figure; so may what the figure is counted
  // per (最高不超过每人每年3000元).
  const window = text.slice(Math.max(0, start - 16), start);
  const currency = words.currencyWord.exec(window)?.[0].length ?? 0;
  // The comparator right before the figure first (每家企业每年最高20万元); else one before what it counts per. A word that only
  // holds one (最近三年) bounds nothing.
  const lead = window.slice(0, window.length - currency);
  // 近 before a length of time says which years (近三年: the last three), not about how many.
  const lastYears = kind === 'duration' && /(?<!将)近$/.test(lead);
  const direct = words.notBoundPattern.test(lead) || lastYears ? null : words.beforePattern.exec(lead);
  const per = direct ? 0 : (PER_UNIT.exec(lead)?.[0].length ?? 0);
  const before = direct ?? (per ? words.beforePattern.exec(lead.slice(0, lead.length - per)) : null);
  if (lastYears) s = start - 1;
  else if (before) {
    bound = readBefore(before[1]!);
    s = start - currency - per - before[0].length;
  } else if (CAP_BEFORE_NOUN.test(text.slice(Math.max(0, start - 16), start))) {
    bound = { comparator: 'max', strict: false };
  } else if ((kind === 'ratio' || kind === 'multiple' || kind === 'duration') && !RANGE_SEP.test(text[end] ?? '')) {
    // A share or multiple of something named between the comparator and the figure (低于营业收入的5%, 不得低于…约定工资的百分之八十),
    // or the moment a time limit runs from (不得少于产品保质期满后六个月).
    const share = words.sharePattern.exec(text.slice(Math.max(0, start - 30), start)) ?? (kind === 'multiple' ? words.multiplePattern.exec(text.slice(Math.max(0, start - 18), start)) : null);
    const of = share && readBefore(share[1]!);
    if (of && of.comparator !== 'approx') {
      bound = of;
      yieldsToAfter = true;
    }
  }
  if (!bound) {
    // An adverb before a short verb: 至少保存二年, 最多可连续支持3年. Before an interval it bounds how often, so the interval the
    // other way: 至少每三个月检查一次 is every three months at most.
    const adverb = words.adverbPattern.exec(text.slice(Math.max(0, start - 7), start));
    if (adverb) bound = readBefore(adverb[1]!);
    // 不少于每三个月一次: a bound on how often, as 至少 is.
    else if (kind === 'duration' && text[start - 1] === '每') {
      const often = words.beforePattern.exec(lead.slice(0, -1));
      bound = often ? readBefore(often[1]!) : null;
    }
    if (bound && kind === 'duration' && text[start - 1] === '每') bound = { ...bound, comparator: bound.comparator === 'min' ? 'max' : bound.comparator === 'max' ? 'min' : bound.comparator };
  }
  // 应当在届满前三十日提出, 应当在进境前30日报检: in a duty, 前 after the event a time limit counts back from bounds it as 五日前 does
  // (at least so long before). Elsewhere it names a period (终止前12个月的平均工资, 按被非法使用前三年平均产值); a bound after the
  // figure (飞行前30日内) is nearer.
  const counted = kind === 'duration' && !bound && /\p{Script=Han}前$/u.test(lead) && !/^的/.test(text.slice(end, end + 1)) && dutyBefore(text, start) ? words.afterDuration.get('前') : undefined;
  if (counted) {
    bound = counted;
    yieldsToAfter = true;
  }
  let tail = text.slice(end, end + 8);
  // A bound after the sentence it measures (十年有期徒刑以上刑罚).
  const sentence = kind === 'duration' ? loadPenaltyTerms().sentences.find((w) => tail.startsWith(w)) : undefined;
  const boundAfterSentence = sentence !== undefined && words.afterPattern.test(tail.slice(sentence.length));
  if (boundAfterSentence) tail = text.slice(end + sentence.length, end + sentence.length + 8);
  let after = kind === 'date' || kind === 'year' ? null : (words.afterPattern.exec(tail) ?? (kind === 'duration' ? words.afterDurationPattern.exec(tail) : null));
  // 不以一次为限: not limited to once, no bound.
  if (after?.[0].endsWith('为限') && words.negations.some((n) => text.slice(Math.max(0, start - n.length - 1), start) === `${n}以`)) after = null;
  if (after) {
    if (boundAfterSentence) e += sentence.length;
    const own = readAfter(after[0]);
    // The word before the number says the bound; the one after agrees with it or stands alone (5万元以上, 三十日内).
    if (!bound || yieldsToAfter || (own?.comparator === 'min' && bound.comparator !== 'min')) bound = own;
    e += after[0].length;
  }
  // 达到百分之三十时, 达到三人的，: a threshold the sentence's condition sets, so at least; 未达到…50%的 below it. A target 达到80%
  // stays as printed; so does the upper bound of a range (达到百分之三至百分之六的).
  if (!bound && kind !== 'date' && kind !== 'year' && /^(?:时|的[，。；,;])/.test(text.slice(e, e + 2))) {
    const clause = /[^，。；：！？,;:]*$/.exec(text.slice(Math.max(0, start - 24), start))![0];
    const condition = words.conditionPattern.exec(clause);
    const rangeUpper = condition && condition.index + condition[0].length < clause.length && RANGE_SEP.test(text[start - 1] ?? '');
    if (condition && !rangeUpper) bound = readCondition(condition[1]!);
  }
  const fact: Draft = { text: text.slice(s, e), value, unit, comparator: bound?.comparator ?? 'eq', quantity: '', start: s, end: e, kind };
  if (bound?.strict && bound.comparator !== 'approx') fact.strict = true;
  if (upper !== undefined && upper !== value) {
    fact.comparator = 'range';
    fact.range = { min: value, max: upper, minStrict: false, maxStrict: false };
    fact.value = upper;
    delete fact.strict;
  }
  return fact;
}

/** 有效期3年, 有效期为五年: a validity's length, right after its word. */
const VALIDITY_BEFORE = /有效期(?:为)?$/;
/** 自2024年1月1日起施行, 起实施, 起执行: the date a text takes effect. */
const TAKES_EFFECT_AFTER = /^起(?:施行|实施|执行)/;

/**
 * A validity whose start the sentence gives (本政策自2024年1月1日起施行，有效期3年) runs to a day: its `until` (20261231), so it is
 * the same as an end date printed (有效期至2026年12月31日).
 */
function readValidity(text: string, facts: Draft[]): void {
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'duration' || f.comparator !== 'eq' || (f.unit !== '年' && f.unit !== '月') || !Number.isInteger(f.value)) continue;
    if (!VALIDITY_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start))) continue;
    const from = sentenceStart(text, f.start);
    const start = facts.slice(0, i).reverse().find((d) => d.kind === 'date' && d.start >= from && d.value % 100 !== 0 && TAKES_EFFECT_AFTER.test(text.slice(d.end, d.end + 3)));
    if (!start) continue;
    const [y, m, d] = [Math.floor(start.value / 10000), Math.floor((start.value % 10000) / 100), start.value % 100];
    const months = f.unit === '年' ? f.value * 12 : f.value;
    const end = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
    f.until = end.getUTCFullYear() * 10000 + (end.getUTCMonth() + 1) * 100 + end.getUTCDate();
  }
}

let duty: RegExp | null = null;

/** Whether the clause before `at` (from its last mark) sets a duty (role-cues.tsv: 应当, 必须 …). */
function dutyBefore(text: string, at: number): boolean {
  duty ??= new RegExp(cueWords('duty'));
  const clause = /[^，。；：]*$/.exec(text.slice(Math.max(0, at - 40), at))![0];
  return duty.test(clause);
}

let perMeasure: { pattern: RegExp; info: Map<string, { unit: string; scale: number }> } | null = null;

/**
 * The measure a price is counted per, written 每X before it (每千瓦时0.03元, 每吨标准煤, 每亩补贴200元: a verb of up to four characters
 * between), with its canonical unit and scale.
 */
function measureBefore(text: string, at: number): { unit: string; scale: number } | null {
  if (!perMeasure) {
    const measures = loadUnits().units.filter(([, info]) => MEASURE_KINDS.has(info.kind));
    perMeasure = {
      pattern: new RegExp(`每(${measures.map(([w]) => w).join('|')})[\u4e00-\u9fff]{0,4}$`),
      info: new Map(measures.map(([w, info]) => [w, { unit: info.unit, scale: info.scale }])),
    };
  }
  const m = perMeasure.pattern.exec(text.slice(Math.max(0, at - 12), at));
  return m ? perMeasure.info.get(m[1]!)! : null;
}

/**
 * “1050”、“315”、“五个一批”: a number inside short quotes is part of a name. A quoted figure with its bound (给予“最高50万元”奖励,
 * “不低于30%”) is no name: what the quotes hold besides the number is a comparator word and its unit.
 */
function insideQuotedName(text: string, start: number, len: number): boolean {
  // Looked for near the number only, so a text without quotes is not searched from end to end for each figure.
  const near = Math.max(0, start - 6);
  const at = text.slice(near, start + 1).lastIndexOf('“');
  if (at < 0) return false;
  const open = near + at;
  const tail = text.slice(start + len, open + 13).indexOf('”');
  if (tail < 0 || text.slice(open, start).includes('”')) return false;
  return !quotedFigure(text.slice(open + 1, start), text.slice(start + len, start + len + tail));
}

/** Whether a text is made of comparator words and negations alone (最高不超过, 不得低于), read from its end. */
function onlyComparatorWords(t: string): boolean {
  const { beforeWords, negations } = loadComparators();
  const words = [...beforeWords, ...negations];
  let rest = t;
  while (rest) {
    const w = words.find((x) => rest.endsWith(x));
    if (!w) return false;
    rest = rest.slice(0, rest.length - w.length);
  }
  return true;
}

/** Whether the words quoted around a number are only its bound and unit, one comparator word at least (最高 | 万元, ∅ | %以上). */
function quotedFigure(before: string, after: string): boolean {
  const bound = before ? readBefore(before) : null;
  if (before && (!bound || !onlyComparatorWords(before))) return false;
  let pos = 0;
  for (const [word] of MULTIPLIERS) if (after.startsWith(word, pos)) pos += word.length;
  const unit = unitAt(after, pos);
  if (unit) pos += unit.text.length;
  const rest = after.slice(pos);
  const closing = rest ? readAfter(rest) : null;
  if (rest && !closing) return false;
  return !!(bound || closing) && !!unit;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
