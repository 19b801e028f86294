// Cuts a passage into diff tokens: jieba words on the comparison key, each number with its unit kept whole.
import type { Fact } from '../model/fact.js';
import { segmentText } from '../segment/segment-text.js';
import { PLACE_MARK, keyText } from '../normalize/comparison-key.js';
import { loadComparators } from '../lexicon/load-comparators.js';
import { selfReferenceWords } from '../lexicon/load-document-kinds.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'place' | 'self';

export interface Token {
  /** What the diff compares: folded, masked; for numbers the canonical value and unit. */
  key: string;
  /** The text as printed (display text). */
  display: string;
  /** Offsets into the passage text. */
  start: number;
  end: number;
  kind: TokenKind;
  /** The fact a number token belongs to. */
  fact?: Fact;
}

const PUNCT = /^[\p{P}\p{S}\s]+$/u;
/** The signs that bound a figure (comparators.tsv's before-words that are signs). */
const COMPARATOR_SIGN = /^[<>≤≥＜＞≦≧]$/;

/** Tokens of `text`; `facts` are the passage's facts with offsets into `text`. */
/** `references`: cited articles renumbered in the document compared with (their label there), for the base side. */
export function tokenizeText(text: string, facts: Fact[], places: RegExp, references?: ReadonlyMap<string, string>): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const f of [...facts].sort((a, b) => a.start - b.start)) {
    const core = numberCore(f);
    if (core.start < pos) continue;
    cutWords(text, pos, core.start, places, tokens, references);
    // Both bounds are the figure: 五千元以上五万元以下 and 五万元以下 are different fines.
    const range = f.range ? `|from${f.range.min}${f.range.minStrict ? '<' : ''}${f.range.maxStrict ? '>' : ''}` : f.strict ? '<>' : '';
    tokens.push({ key: `⟨${f.value}${range}${f.unit}⟩`, display: text.slice(core.start, core.end), start: core.start, end: core.end, kind: 'number', fact: f });
    pos = core.end;
  }
  cutWords(text, pos, text.length, places, tokens, references);
  return markSelfReferences(tokens);
}

/** What a text naming itself (本政策, 本方案, 本条例) becomes in the key: one document's name for itself is the other's. */
export const SELF_MARK = '◎';
let selfWords: Set<string> | null = null;

/**
 * 本 and a word of a kind of document (document-kinds.tsv: 本政策, 本方案, 本文件), as one token or two: the text naming itself, keyed
 * alike whatever it calls itself. 基本政策 is another word (jieba cuts 基本 whole).
 */
function markSelfReferences(tokens: Token[]): Token[] {
  selfWords ??= new Set(selfReferenceWords());
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const whole = t.kind === 'word' && t.key.startsWith('本') && selfWords.has(t.key.slice(1));
    const split = t.kind === 'word' && t.key === '本' && next?.kind === 'word' && next.start === t.end && selfWords.has(next.key);
    if (whole) out.push({ ...t, key: SELF_MARK, kind: 'self' });
    else if (split) {
      out.push({ key: SELF_MARK, display: t.display + next.display, start: t.start, end: next.end, kind: 'self' });
      i++;
    } else out.push(t);
  }
  return out;
}

/**
 * A text naming itself on one side where the other has the bare word in the same words (根据文件要求 → 根据本文件要求) added 本, not
 * a new name for itself: such a self token goes back to 本 and the word, so the change reads {+本+}, not [-文件-]{+本文件+}. Only
 * where the side has more self tokens than the other, and only one whose neighbour on either hand is the bare word's there.
 */
export function bareSelfReferences(a: Token[], b: Token[]): [Token[], Token[]] {
  return [unmarkFacing(a, b), unmarkFacing(b, a)];
}

function unmarkFacing(side: Token[], facing: Token[]): Token[] {
  const selves = (ts: Token[]) => ts.filter((t) => t.kind === 'self').length;
  let excess = selves(side) - selves(facing);
  if (excess <= 0) return side;
  const contexts = new Set<string>();
  facing.forEach((t, i) => {
    if (t.kind !== 'word') return;
    contexts.add(`${facing[i - 1]?.key ?? ''}|${t.key}|`);
    contexts.add(`|${t.key}|${facing[i + 1]?.key ?? ''}`);
  });
  const out: Token[] = [];
  side.forEach((t, i) => {
    const word = t.display.slice(1);
    const bare = t.kind === 'self' && excess > 0 && (contexts.has(`${side[i - 1]?.key ?? ''}|${word}|`) || contexts.has(`|${word}|${side[i + 1]?.key ?? ''}`));
    if (!bare) return void out.push(t);
    excess--;
    out.push({ key: '本', display: '本', start: t.start, end: t.start + 1, kind: 'word' }, { key: word, display: word, start: t.start + 1, end: t.end, kind: 'word' });
  });
  return out;
}

/** The number and its unit without the comparator words around it (最高150万元 → 150万元). */
export function numberCore(f: Fact): { start: number; end: number } {
  const { leadingPattern, trailingPattern } = loadComparators();
  const lead = leadingPattern.exec(f.text)?.[0].length ?? 0;
  const trail = f.kind === 'date' || f.kind === 'year' ? 0 : (trailingPattern.exec(f.text.slice(lead))?.[0].length ?? 0);
  return { start: f.start + lead, end: f.end - trail };
}

function cutWords(text: string, from: number, to: number, places: RegExp, out: Token[], references?: ReadonlyMap<string, string>): void {
  if (to <= from) return;
  const display = text.slice(from, to);
  const { key, toDisplay } = keyText(display, places, references);
  let k = 0;
  for (const word of segmentText(key)) {
    const start = from + toDisplay[k]!;
    const end = from + toDisplay[k + word.length]!;
    k += word.length;
    if (end <= start || word.trim() === '') continue; // whitespace, or the tail of a folded word
    const shown = text.slice(start, end);
    // A sign that bounds the figure after it (<35, ≥90%) is a comparator, not punctuation: < → > is a change, not a variant.
    const sign = COMPARATOR_SIGN.test(word) && /^\s*[\d０-９]/.test(text.slice(end, end + 3));
    const kind: TokenKind = word === PLACE_MARK ? 'place' : PUNCT.test(word) && !sign ? 'punct' : 'word';
    out.push({ key: kind === 'punct' ? word.replace(/\s+/g, '') : word, display: shown, start, end, kind });
  }
}

/** The printed number and unit of a fact, without comparator words: 最高150万元 → 150万元. */
export function coreText(f: Fact): string {
  const c = numberCore(f);
  return f.text.slice(c.start - f.start, c.end - f.start);
}
