// How wide text shows in a terminal (a Chinese character takes two columns), and the SGR codes of its styles: one home for both.
import stringWidth from 'string-width';

/** Display width of one character; control characters count as nothing. The common ranges are answered without string-width. */
export function charWidth(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c < 0x7f) return c < 0x20 ? 0 : 1;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303e) || (c >= 0xff01 && c <= 0xff60)) return 2;
  return stringWidth(ch);
}

/**
 * The longest start of a text that fits `limit` columns, its width, and whether the text was cut there. Only as much of the text
 * is measured as the limit needs: a passage of megabytes is cut after its first line's worth. Both truncations (a string's `fit`,
 * a styled line's `fitLine`) cut with it.
 */
export function takeWidth(text: string, limit: number): { text: string; width: number; cut: boolean } {
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > limit) return { text: out, width: w, cut: true };
    out += ch;
    w += cw;
  }
  return { text: out, width: w, cut: false };
}

/** SGR on and off codes of each style. */
export const SGR = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  inverse: [7, 27],
  strikethrough: [9, 29],
} as const;

/** SGR foreground codes of each colour (39 turns the colour off). */
export const COLOR = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90 } as const;
export const COLOR_OFF = 39;
