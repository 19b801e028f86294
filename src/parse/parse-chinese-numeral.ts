// Parses numerals as they are written in Chinese policy text: 150, 1.95, 十二, 七十六, 二〇二四, 三点五, 两万.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点';

/**
 * Parses an Arabic or Chinese numeral; returns null when the string is not one.
 * A run of bare digits (二〇二四, 一九九九) is read digit by digit.
 */
export function parseChineseNumeral(input: string): number | null {
  const s = input.trim().replace(/,/g, '');
  if (!s) return null;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const mixed = /^(\d+(?:\.\d+)?)([万亿]+)$/.exec(s);
  if (mixed) return scaleBy(Number(mixed[1]), mixed[2]!);
  if (![...s].every((c) => CHINESE_NUMERAL_CHARS.includes(c))) return null;
  if ([...s].every((c) => c in DIGITS) && (s.length > 1 && (s.includes('〇') || s.includes('零') || s.length >= 3))) {
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseInteger(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (whole === null || !frac || ![...frac].every((c) => c in DIGITS)) return null;
    return Number(`${whole}.${[...frac].map((c) => DIGITS[c]).join('')}`);
  }
  return parseInteger(s);
}

function scaleBy(value: number, units: string): number {
  let v = value;
  for (const u of units) v *= BIG_UNITS[u]!;
  return round(v);
}

/** Integer with 十/百/千 and 万/亿 sections, e.g. 七十六, 一百零五, 两千三百万, 十二. */
function parseInteger(s: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  for (const c of s) {
    if ((c === '零' || c === '〇') && digit === null) continue; // placeholder: 一百零五
    if (c in DIGITS) {
      if (digit !== null) return null; // two digits in a row without a unit: not a numeral
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      if (unit >= lastSmall) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastSmall = unit;
    } else if (c in BIG_UNITS) {
      const unit = BIG_UNITS[c]!;
      const value = section + (digit ?? 0);
      if (value === 0 && total === 0) return null;
      total = (total + value) * unit;
      section = 0;
      digit = null;
      lastSmall = Infinity;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
