// Lines of styled spans for the terminal UI, cut and wrapped by display width (a Chinese character takes two columns).
import stringWidth from 'string-width';
import { COLOR, COLOR_OFF, SGR, charWidth, takeWidth } from '../display-width.js';

export interface SpanStyle {
  color?: keyof typeof COLOR;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
}

export interface Span {
  text: string;
  style?: SpanStyle;
}

export type Line = Span[];

export const span = (text: string, style?: SpanStyle): Span => (style ? { text, style } : { text });

export function lineWidth(line: Line): number {
  let w = 0;
  for (const s of line) w += stringWidth(s.text);
  return w;
}


/** Styles that show on a blank: a space drawn dim or in a colour looks like any other space. */
const showsOnBlank = (st: SpanStyle): boolean => !!(st.inverse || st.underline || st.strikethrough);

/**
 * A line as text with SGR escapes: ink then lays out one string per frame instead of a node per span.
 * Blanks are written plain where their style would not show, and trailing blanks are left off (ink fills the row
 * with blanks anyway): ink works out every character of a frame on every key, and at 200 columns half of them are padding.
 */
export function lineToAnsi(line: Line): string {
  let out = '';
  let pending = '';
  for (const s of line) {
    const st = s.style;
    if (!st || (!showsOnBlank(st) && s.text.trim() === '')) {
      pending += s.text;
      continue;
    }
    let on = '';
    let off = '';
    for (const k of Object.keys(st) as Array<keyof SpanStyle>) {
      if (!st[k]) continue;
      const [start, end] = k === 'color' ? [COLOR[st.color!], COLOR_OFF] : SGR[k];
      on += `\u001b[${start}m`;
      off = `\u001b[${end}m${off}`;
    }
    out += pending + on + s.text + off;
    pending = '';
  }
  return out + pending.trimEnd();
}

/** Cuts a line to a display width (ending in … when it was cut) and pads it with spaces to exactly that width. */
export function fitLine(line: Line, width: number, fill?: SpanStyle): Line {
  const out: Line = [];
  let w = 0;
  const total = lineWidth(line);
  const limit = total > width ? width - 1 : width;
  for (const s of line) {
    const part = takeWidth(s.text, limit - w);
    if (part.text) out.push({ ...s, text: part.text });
    w += part.width;
    if (part.cut) break;
  }
  if (total > width && width > 0) {
    out.push(span('…', { dim: true }));
    w++;
  }
  if (w < width) out.push(span(' '.repeat(width - w), fill));
  return out;
}

/** Latin words and numbers stay whole when they fit; every other character may start a line. */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9.,:;%'’\-_/+]*|\n| +|[^]/gu;

/** Punctuation that may not begin a line (Chinese line-breaking rules, 避头点). */
const NO_LINE_START = /^[，。、；：！？）」』”’》〉】…,.;:!?)\]]/u;

/** Wraps spans to lines of at most `width` columns; a newline starts a new line; `indent` columns lead every continuation line. */
export function wrapLine(line: Line, width: number, indent = 0): Line[] {
  const lines: Line[] = [];
  let cur: Line = [];
  let w = 0;
  const newLine = () => {
    lines.push(cur);
    cur = indent ? [span(' '.repeat(indent))] : [];
    w = indent;
  };
  const put = (s: Span, text: string, tw: number) => {
    const last = cur[cur.length - 1];
    if (last && last.style === s.style) last.text += text;
    else cur.push({ ...s, text });
    w += tw;
  };
  /**
   * Takes the end of the current line off to go down with a mark that may not start a line: the marks already there
   * (“保”。 → ”) and the character or number before them; nothing when that would take more than twelve characters or empty the line.
   */
  const takeTail = (): Array<{ s: Span; ch: string }> => {
    const chars: Array<{ s: Span; ch: string }> = [];
    for (const sp of cur) for (const ch of sp.text) chars.push({ s: sp, ch });
    let k = chars.length - 1;
    while (k >= 0 && NO_LINE_START.test(chars[k]!.ch)) k--;
    // A number or Latin word goes down whole (95%，).
    if (k >= 0 && /[A-Za-z0-9%]/.test(chars[k]!.ch)) while (k > 0 && /[A-Za-z0-9.%'’\-_/+]/.test(chars[k - 1]!.ch)) k--;
    const tail = chars.slice(k);
    const width = tail.reduce((a, c) => a + charWidth(c.ch), 0);
    if (k < 0 || tail.length > 12 || /\s/.test(chars[k]!.ch) || w - width <= indent) return [];
    let drop = tail.length;
    while (drop > 0) {
      const last = cur[cur.length - 1]!;
      const left = [...last.text];
      const n = Math.min(drop, left.length);
      last.text = left.slice(0, left.length - n).join('');
      if (!last.text) cur.pop();
      drop -= n;
    }
    w -= width;
    return tail;
  };
  for (const s of line) {
    for (const tok of s.text.match(TOKEN) ?? []) {
      if (tok === '\n') {
        newLine();
        continue;
      }
      let tw = 0;
      for (const ch of tok) tw += charWidth(ch);
      if (w + tw > width && w > indent) {
        if (tok.startsWith(' ')) continue; // spaces at a break vanish
        // A comma or closing mark never starts a line: the characters before it go down with it.
        const carry = NO_LINE_START.test(tok) ? takeTail() : [];
        newLine();
        for (const c of carry) put(c.s, c.ch, charWidth(c.ch));
      }
      if (tw <= width - w) {
        put(s, tok, tw);
        continue;
      }
      // A word longer than the line: cut it by character.
      for (const ch of tok) {
        const cw = charWidth(ch);
        if (w + cw > width && w > indent) newLine();
        put(s, ch, cw);
      }
    }
  }
  lines.push(cur);
  return lines;
}

/** The plain text of a line (what a screen shows without colour). */
export function plainText(line: Line): string {
  return line.map((s) => s.text).join('');
}
