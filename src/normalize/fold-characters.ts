// Folds character-level noise: markup, full/half width, punctuation width in Chinese text, stray spaces.
import type { TrackedText } from './tracked-text.js';

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’《》〔〕【】…—';

/** Removes markdown comments (not text), emphasis and heading marks, and the few HTML tags seen in pasted documents. */
export function stripMarkup(t: TrackedText): TrackedText {
  return t
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(?:b|strong|i|em|u|span|font|p|div|br|sup|sub|td|tr|th|table|tbody|thead)(?:\s[^>]*)?\/?>/gi, '')
    .replace(/^[ \t\u3000]*#{1,6}[ \t\u3000]+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/&nbsp;/g, ' ');
}

/** Full-width ASCII to half-width for letters, digits and number punctuation; CJK punctuation to full width. */
export function foldWidth(t: TrackedText): TrackedText {
  return t
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0f\uff06]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/(\d)[．.](\d)/g, '$1.$2')
    .replace(/\u00a0|\u3000|\u2002|\u2003|\u2009/g, ' ')
    .replace(/[\u200b\u200c\u200d\u2060]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/;/g, '；')
    .replace(/\?/g, '？')
    .replace(/!/g, '！');
}

const SPACE_NEAR_CJK = new RegExp(`[ ]+(?=[${CJK}])|(?<=[${CJK}])[ ]+`, 'gu');

/** Removes spaces next to Chinese characters or punctuation ("76 个" → "76个") and trims lines; tabs separate table cells and stay. */
export function removeSpaces(t: TrackedText): TrackedText {
  return t
    .replace(/\r\n?/g, '\n')
    .replace(SPACE_NEAR_CJK, '')
    .replace(/(?<=\d)[ ]+(?=[%％])/g, '')
    .replace(/^[ ]+|[ ]+$/gm, '')
    .replace(/[ ]{2,}/g, ' ');
}
