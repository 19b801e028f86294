// Text that remembers, for every character, the offset in the raw file it came from.

export class TrackedText {
  readonly text: string;
  /** offsets[i] is the raw offset of text[i]; offsets[text.length] is the raw end. */
  readonly offsets: Int32Array;

  constructor(text: string, offsets?: Int32Array) {
    this.text = text;
    if (offsets) {
      this.offsets = offsets;
    } else {
      this.offsets = new Int32Array(text.length + 1);
      for (let i = 0; i <= text.length; i++) this.offsets[i] = i;
    }
  }

  /**
   * Replaces every match of a global regex. A replacement of the same length maps character by
   * character; otherwise every new character maps to the start of the match.
   */
  replace(re: RegExp, replacer: string | ((match: string, ...groups: any[]) => string)): TrackedText {
    if (!re.global) throw new Error('TrackedText.replace needs a global regex');
    const parts: string[] = [];
    const offs: number[] = [];
    let last = 0;
    let changed = false;
    re.lastIndex = 0;
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      const start = m.index;
      const end = start + m[0].length;
      const groups = m.slice(1).map((g) => g ?? '');
      const rep =
        typeof replacer === 'string'
          ? replacer.replace(/\$(\d)/g, (_, n: string) => groups[Number(n) - 1] ?? '')
          : replacer(m[0], ...groups, start, this.text);
      if (m[0].length === 0) re.lastIndex++;
      if (rep === m[0]) continue;
      changed = true;
      this.copy(last, start, parts, offs);
      parts.push(rep);
      if (rep.length === m[0].length) {
        for (let k = 0; k < rep.length; k++) offs.push(this.offsets[start + k]!);
      } else {
        for (let k = 0; k < rep.length; k++) offs.push(this.offsets[Math.min(start + k, end - 1)]!);
      }
      last = end;
    }
    if (!changed) return this;
    this.copy(last, this.text.length, parts, offs);
    offs.push(this.offsets[this.text.length]!);
    return new TrackedText(parts.join(''), Int32Array.from(offs));
  }

  /** Keeps only the characters in [start, end). */
  slice(start: number, end: number): TrackedText {
    const offs = this.offsets.slice(start, end + 1);
    return new TrackedText(this.text.slice(start, end), offs);
  }

  /** Maps each character through a function of the same length (e.g. script conversion). */
  mapSameLength(fn: (text: string) => string): TrackedText {
    const out = fn(this.text);
    if (out.length !== this.text.length) throw new Error('mapSameLength: length changed');
    return out === this.text ? this : new TrackedText(out, this.offsets);
  }

  private copy(from: number, to: number, parts: string[], offs: number[]): void {
    if (to <= from) return;
    parts.push(this.text.slice(from, to));
    for (let i = from; i < to; i++) offs.push(this.offsets[i]!);
  }
}

/** Removes the given [start, end) ranges (sorted, non-overlapping) from a tracked text. */
export function removeRanges(t: TrackedText, ranges: Array<[number, number]>): TrackedText {
  if (ranges.length === 0) return t;
  const parts: string[] = [];
  const offs: number[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    parts.push(t.text.slice(last, start));
    for (let i = last; i < start; i++) offs.push(t.offsets[i]!);
    last = Math.max(last, end);
  }
  parts.push(t.text.slice(last));
  for (let i = last; i <= t.text.length; i++) offs.push(t.offsets[i]!);
  return new TrackedText(parts.join(''), Int32Array.from(offs));
}

/** Start and end offsets of every line (end excludes the newline). */
export function lineRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      out.push([start, text.length]);
      return out;
    }
    out.push([start, nl]);
    start = nl + 1;
  }
}
