// Normalize stage: raw text → canonical display text with offset map, script and layout repaired.
import type { NormalizedDocument } from '../model/normalized-document.js';
import { detectScript, toSimplified } from './convert-script.js';
import { foldWidth, removeSpaces, stripMarkup } from './fold-characters.js';
import { joinParagraphs } from './join-paragraphs.js';
import { reverseVocabulary } from './reverse-vocabulary.js';
import { stripChrome } from './strip-chrome.js';
import { TrackedText } from './tracked-text.js';
import { dropRunningHeads } from './drop-running-heads.js';

/** Normalizes a decoded raw text. Idempotent: normalizing the output text again changes nothing. */
export function normalizeDocument(id: string, raw: string): NormalizedDocument {
  const heads = dropRunningHeads(new TrackedText(raw).replace(/^\ufeff/g, '').replace(/\r\n?/g, '\n'));
  let t = heads.text
    // A page break (pdftotext writes \f at each) or a vertical tab ends a line; terminal escape sequences and other control
    // characters are not text, and printed raw they could hide text from a reader.
    .replace(/[\f\v\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL, '');
  const script = detectScript(t.text);
  let scriptChanges = 0;
  if (script === 'traditional') {
    const before = t.text;
    t = toSimplified(t);
    for (let i = 0; i < before.length; i++) if (before[i] !== t.text[i]) scriptChanges++;
  }
  t = stripMarkup(t);
  const stripped = stripChrome(t);
  const indented = indentedLines(stripped.text);
  t = removeSpaces(foldWidth(stripped.text));
  // Lines joined before words are read back to mainland wording: a word broken over two lines (軟 / 體) is read whole, and the text
  // normalized once is normalized no further.
  const joined = joinParagraphs(t, indented);
  // …and markup broken over two lines (** / **) is markup still.
  const reversed = reverseVocabulary(stripMarkup(joined.text));
  t = reversed.text;
  const variants: NormalizedDocument['variants'] = reversed.variants.map((v) => ({ kind: 'vocabulary', ...v }));
  return {
    id,
    text: t.text,
    offsets: t.offsets,
    raw,
    rawLineStarts: lineStarts(raw),
    script,
    layout: joined.layout,
    scriptChanges,
    variants,
    dropped: heads.dropped ? { ...stripped.dropped, 'running-head': heads.dropped } : stripped.dropped,
  };
}

/**
 * The raw offsets of lines indented beyond the text's margin (a paragraph's first line, as a PDF's text layer or a text file keeps
 * it): where a hard-wrapped text starts a paragraph.
 */
function indentedLines(t: TrackedText): Set<number> {
  const out = new Set<number>();
  const widths: number[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const line of t.text.split('\n')) {
    const lead = /^[ \t\u3000]*/.exec(line)![0];
    // A table row (cells split by tabs) is no paragraph's first line, however its first cell is set in.
    if (line.trim() && !line.includes('\t')) {
      widths.push([...lead].reduce((w, c) => w + (c === '\u3000' ? 2 : 1), 0));
      starts.push(at + lead.length);
    }
    at += line.length + 1;
  }
  // The margin is the least indent that a tenth of the lines have: a text of short items may have more first lines than others,
  // and a title or two may stand flush left of a body set in by a few spaces.
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let margin = Infinity;
  for (const [w, n] of counts) if (n >= 0.1 * widths.length && w < margin) margin = w;
  widths.forEach((w, i) => w >= margin + 2 && out.add(t.offsets[starts[i]!]!));
  return out;
}

/**
 * An escape sequence (ESC [ … letter; ESC ] … ended by BEL or ST on its line; else ESC and one character), the C0 and C1 controls
 * but tab and line feed, and the bidirectional overrides and isolates (they can reorder or hide text on screen).
 */
const CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)|\x1b[@-_]?|[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Where each raw line starts: after each character normalizing makes a line end (line feed, lone CR, page break, NEL, U+2028/9). */
export function lineStarts(raw: string): number[] {
  const starts = [0];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const ends = c === 0x0a || c === 0x0c || c === 0x0b || c === 0x85 || c === 0x2028 || c === 0x2029 || (c === 0x0d && raw.charCodeAt(i + 1) !== 0x0a);
    if (ends) starts.push(i + 1);
  }
  return starts;
}

/** 1-based raw line of a display-text offset. */
export function rawLineOf(doc: Pick<NormalizedDocument, 'offsets' | 'rawLineStarts'>, offset: number): number {
  const raw = doc.offsets[Math.max(0, Math.min(offset, doc.offsets.length - 1))]!;
  const starts = doc.rawLineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= raw) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
