// Redlines of an edit: word level over diff tokens (numbers whole), character level for short edits without figures.
import { createRequire } from 'node:module';
import type { Segment } from '../model/clause-diff.js';
import type { Hunk } from './classify-hunk.js';
import { diffTokens } from './edit-script.js';
import type { Token } from './tokenize-text.js';

const require = createRequire(import.meta.url);
const DiffMatchPatch = require('diff-match-patch') as typeof import('diff-match-patch');

/** Word-level redline of a hunk with `context` shared tokens either side (all of the range when omitted). */
export function redline(bTok: Token[], oTok: Token[], h: Hunk, context?: number): Segment[] {
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
  const b0 = back(bTok, h.b0);
  const o0 = back(oTok, h.o0);
  const b1 = ahead(bTok, h.b1);
  const o1 = ahead(oTok, h.o1);
  const bs = bTok.slice(b0, b1);
  const os = oTok.slice(o0, o1);
  const out: Segment[] = [];
  const push = (op: Segment['op'], tokens: Token[]) => {
    const text = tokens.map((t) => t.display).join('');
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) out.push({ op, text });
  };
  for (const st of diffTokens(bs, os)) {
    if (st.equal) push('equal', os.slice(st.o0, st.o1));
    else {
      push('delete', bs.slice(st.b0, st.b1));
      push('insert', os.slice(st.o0, st.o1));
    }
  }
  return out;
}

export function charRedline(before: string, after: string): Segment[] {
  const dmp = new DiffMatchPatch();
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({ op: op === DiffMatchPatch.DIFF_DELETE ? 'delete' : op === DiffMatchPatch.DIFF_INSERT ? 'insert' : 'equal', text }));
}
