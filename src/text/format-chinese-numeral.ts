// Writes a whole number in Chinese numerals as laws number their articles and 款 (三, 十二, 四十九, 一百零一): the inverse of parseChineseNumeral.
const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 49 → 四十九, 101 → 一百零一, 110 → 一百一十, 1000 → 一千 (up to 9999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n]!;
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, k) => {
    const place = digits.length - 1 - k;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && place === 1 && out === '' ? '' : DIGITS[d]!) + units[place]!;
  });
  return out;
}
