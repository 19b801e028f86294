// Redlines of an edit: word level over diff tokens (numbers whole), character level for short edits without figures.
import { createRequire } from 'node:module';
import type { Segment } from '../model/clause-diff.js';
import type { Hunk } from './classify-hunk.js';
import { type WordDiff, diffTokens, diffWords, slideToSentences } from './edit-script.js';
import type { Token } from './tokenize-text.js';

const require = createRequire(import.meta.url);
const DiffMatchPatch = require('diff-match-patch') as typeof import('diff-match-patch');

/**
 * Word-level redline of a hunk with `context` shared tokens either side (all of the range when omitted). Given the two texts,
 * every character between the first and last token of each side is in it (the whole texts when there is no context), each side
 * in its own wording.
 */
export function redline(bTok: Token[], oTok: Token[], h: Hunk, context?: number, texts?: { base: string; other: string }, words?: WordDiff): Segment[] {
  // Context stays inside the sentence: it stops after a sentence end before the edit and at one after it.
  const ends = (t: Token | undefined) => !!t && /[。；！？\n]$/.test(t.display);
  const back = (tokens: Token[], from: number) => {
    let k = from;
    while (context !== undefined && k > 0 && from - k < context && !ends(tokens[k - 1])) k--;
    return context === undefined ? from : k;
  };
  const ahead = (tokens: Token[], to: number) => {
    let k = to;
    while (context !== undefined && k < tokens.length && k - to < context && !ends(tokens[k - 1])) k++;
    return context === undefined ? to : k;
  };
  // Context is what both sides share next to the edit: as many tokens as agree, so a neighbouring edit never shows as context.
  const agreeBack = (n: number) => {
    let k = 0;
    while (k < n && h.b0 - k > 0 && h.o0 - k > 0 && bTok[h.b0 - k - 1]!.key === oTok[h.o0 - k - 1]!.key) k++;
    return k;
  };
  const agreeAhead = (n: number) => {
    let k = 0;
    while (k < n && h.b1 + k < bTok.length && h.o1 + k < oTok.length && bTok[h.b1 + k]!.key === oTok[h.o1 + k]!.key) k++;
    return k;
  };
  const before = context === undefined ? 0 : agreeBack(Math.min(h.b0 - back(bTok, h.b0), h.o0 - back(oTok, h.o0)));
  const after = context === undefined ? 0 : agreeAhead(Math.min(ahead(bTok, h.b1) - h.b1, ahead(oTok, h.o1) - h.o1));
  const b0 = h.b0 - before;
  const o0 = h.o0 - before;
  const b1 = h.b1 + after;
  const o1 = h.o1 + after;
  const bs = bTok.slice(b0, b1);
  const os = oTok.slice(o0, o1);
  // What each side prints from where its last token ended through the given tokens (the spaces and line breaks between included).
  const whole = context === undefined;
  const cursor = { base: whole ? 0 : (bs[0]?.start ?? 0), other: whole ? 0 : (os[0]?.start ?? 0) };
  const shown = (side: 'base' | 'other', tokens: Token[]) => {
    const text = texts?.[side];
    if (text === undefined || !tokens.length) return tokens.map((t) => t.display).join('');
    const from = cursor[side];
    cursor[side] = tokens[tokens.length - 1]!.end;
    return text.slice(from, cursor[side]);
  };
  const out: Segment[] = [];
  // The whole passage's redline is cut as its changes are (short shared runs inside an edit merged, split edits joined), so the
  // whole 款 a change adds is whole in it too; an edit's own words keep the finer cut.
  // The whole passage's word diff, where the pair has made it already (the changes are read from the same one).
  const steps = whole ? (words?.cut ?? diffWords(bs, os).cut) : slideToSentences(diffTokens(bs, os), bs, os);
  for (const st of steps) {
    if (st.equal) appendSegment(out, { op: 'equal', text: shown('other', os.slice(st.o0, st.o1)), base: shown('base', bs.slice(st.b0, st.b1)) });
    else {
      appendSegment(out, { op: 'delete', text: shown('base', bs.slice(st.b0, st.b1)) });
      appendSegment(out, { op: 'insert', text: shown('other', os.slice(st.o0, st.o1)) });
    }
  }
  if (whole && texts) {
    // What follows the last token of either side (a closing line break) is shared text.
    appendSegment(out, { op: 'equal', text: texts.other.slice(cursor.other), base: texts.base.slice(cursor.base) });
  }
  return out;
}

/** Adds a segment, joined to the last one when of the same kind; an equal segment keeps `base` only where the base's wording differs. */
export function appendSegment(out: Segment[], seg: Segment): void {
  const baseOf = (s: Segment) => s.base ?? s.text;
  const last = out[out.length - 1];
  if (last && last.op === seg.op) {
    const base = seg.op === 'equal' ? baseOf(last) + baseOf(seg) : undefined;
    last.text += seg.text;
    if (base !== undefined && base !== last.text) last.base = base;
    else delete last.base;
    return;
  }
  if (!seg.text && !(seg.op === 'equal' && seg.base)) return;
  const add: Segment = { op: seg.op, text: seg.text };
  if (seg.op === 'equal' && seg.base !== undefined && seg.base !== seg.text) add.base = seg.base;
  out.push(add);
}

export function charRedline(before: string, after: string): Segment[] {
  const dmp = new DiffMatchPatch();
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({ op: op === DiffMatchPatch.DIFF_DELETE ? 'delete' : op === DiffMatchPatch.DIFF_INSERT ? 'insert' : 'equal', text }));
}
