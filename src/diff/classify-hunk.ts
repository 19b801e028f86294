// Says what one edit of the word diff is: punctuation, list wording, items added or dropped, a figure, or text.
import type { ChangeKind } from '../model/clause-diff.js';
import type { Token } from './tokenize-text.js';
import { loadComparators, readAfter, readBefore, type Bound } from '../lexicon/load-comparators.js';

export interface Hunk {
  /** Token ranges [b0, b1) in the base tokens and [o0, o1) in the other's. */
  b0: number;
  b1: number;
  o0: number;
  o1: number;
}

export type HunkClass =
  | { type: 'punctuation' }
  | { type: 'place' }
  | { type: 'items'; kind: Extract<ChangeKind, 'items-added' | 'items-dropped' | 'items-renamed'>; items: string[] }
  | { type: 'change'; kind: Extract<ChangeKind, 'text-added' | 'text-dropped' | 'reworded' | 'numeric'>; minor: boolean };

const SEPARATOR = new Set(['、', '和', '及', '与', '以及', '或']);
const CLAUSE_PUNCT = /[，。；：！？]/;

/** Classifies a hunk of the word diff between `base` and `other` tokens. */
export function classifyHunk(h: Hunk, base: Token[], other: Token[]): HunkClass {
  const removed = base.slice(h.b0, h.b1);
  const added = other.slice(h.o0, h.o1);
  const all = [...removed, ...added];
  if (all.every((t) => t.kind === 'punct')) return { type: 'punctuation' };
  if (all.every((t) => t.kind === 'punct' || SEPARATOR.has(t.key))) return { type: 'punctuation' };
  // 首台套 → 首台（套）, a word broken by a stray line break: the same words, other punctuation.
  // A sign the tokenizer read as a word (a comparator before a figure, <35) is kept.
  const bare = (ts: Token[]) => ts.map((t) => (t.kind === 'word' && /^[\p{S}]$/u.test(t.key) ? t.key : t.key.replace(/[\p{P}\p{S}\s]/gu, ''))).join('');
  if (bare(removed) === bare(added)) return { type: 'punctuation' };
  // A jurisdiction name alone added or dropped (杭州城西科创大走廊 → 城西科创大走廊, 我市参保人数 → 参保人数).
  if ((removed.length === 0 || added.length === 0) && all.some((t) => t.kind === 'place') && all.every((t) => t.kind === 'place' || t.kind === 'punct')) {
    return { type: 'place' };
  }
  // 市科技局 → 杭州市科技局: a bare 市/县/区 against a jurisdiction name.
  const placeOrLevel = (ts: Token[]) => ts.length > 0 && ts.every((t) => t.kind === 'place' || /^[市县区省]$/.test(t.key));
  if (placeOrLevel(removed) && placeOrLevel(added) && all.some((t) => t.kind === 'place')) return { type: 'place' };
  const items = readItems(h, base, other, removed, added);
  if (items) return { type: 'items', ...items };
  const words = all.filter((t) => t.kind !== 'punct');
  const numbers = words.filter((t) => t.kind === 'number');
  const wording = words.filter((t) => t.kind !== 'number').map((t) => t.key).join('');
  // Nothing but comparator words around the figures of an edit: the edit is the figure itself.
  if (numbers.length && loadComparators().onlyPattern.test(wording)) {
    return { type: 'change', kind: 'numeric', minor: false };
  }
  if (numbers.length === 0 && removed.length && added.length && sameComparator(text(removed), text(added))) {
    return { type: 'change', kind: 'reworded', minor: true };
  }
  const kind = removed.length === 0 ? 'text-added' : added.length === 0 ? 'text-dropped' : 'reworded';
  return { type: 'change', kind, minor: false };
}

/**
 * 不超过 → 最高, 按不超过 → 最高可按, 不少于 → 至少: comparator wording that sets the same bound (comparators.tsv), the rest of the
 * words the same. 可 and 按 say nothing of the bound.
 */
function sameComparator(before: string, after: string): boolean {
  const a = readWords(before);
  const b = readWords(after);
  if (!a || !b) return false;
  return a.rest === b.rest && a.bound.comparator === b.bound.comparator && a.bound.strict === b.bound.strict;
}

/** The bound the comparator words of a text set (its last such words), and the text without them. */
function readWords(x: string): { bound: Bound; rest: string } | null {
  const { anyPattern } = loadComparators();
  const found = [...x.matchAll(anyPattern)].map((m) => m[0]);
  const last = found[found.length - 1];
  const bound = last && (readBefore(last) ?? readAfter(last));
  if (!bound) return null;
  return { bound, rest: x.replace(anyPattern, '').replace(/可|按|[，、\s]/g, '') };
}

/** A pure insertion or deletion of whole list members (bounded by 、/和/及 or by adjacent quoted names). */
function readItems(
  h: Hunk,
  base: Token[],
  other: Token[],
  removed: Token[],
  added: Token[],
): { kind: 'items-added' | 'items-dropped' | 'items-renamed'; items: string[] } | null {
  const side = added.length === 0 ? { tokens: base, from: h.b0, to: h.b1, part: removed } : removed.length === 0 ? { tokens: other, from: h.o0, to: h.o1, part: added } : null;
  if (!side) {
    // One member replaced by another: separators on both sides of the edit, none inside.
    const inside = [...removed, ...added];
    if (inside.some((t) => SEPARATOR.has(t.key) || CLAUSE_PUNCT.test(t.display))) return null;
    if (!bounded(base, h.b0, h.b1) || !bounded(other, h.o0, h.o1)) return null;
    const before = text(removed);
    const after = text(added);
    return { kind: 'items-renamed', items: [`${before} → ${after}`] };
  }
  if (side.part.some((t) => CLAUSE_PUNCT.test(t.display))) return null;
  if (side.part.some((t) => t.kind === 'punct' && !/^[、“”（）]+$/.test(t.display))) return null;
  if (quotedMember(side.tokens, side.from, side.to)) return { kind: added.length === 0 ? 'items-dropped' : 'items-added', items: [text(side.part).replace(/[“”]/g, '')] };
  const first = side.part[0]!;
  const last = side.part[side.part.length - 1]!;
  const edgeSeparator = SEPARATOR.has(first.key) || SEPARATOR.has(last.key);
  if (!edgeSeparator && !bounded(side.tokens, side.from, side.to)) return null;
  const items = text(side.part)
    .split(/、|以及|和|及|与|或|(?<=”)(?=“)/)
    .map((s) => s.replace(/^[“”\s]+|[“”\s]+$/g, '').replace(/等$/, ''))
    .filter(Boolean);
  if (items.length === 0) return null;
  return { kind: added.length === 0 ? 'items-dropped' : 'items-added', items };
}

/** Separators (or 等) on both sides of the range: it is a whole list member. */
function bounded(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  const isSep = (t: Token | undefined) => !!t && SEPARATOR.has(t.key);
  return isSep(before) && (isSep(after) || after?.key === '等');
}

/** “鲲鹏企业”“小巨人”: a quoted name next to another quoted name is a list member. */
function quotedMember(tokens: Token[], from: number, to: number): boolean {
  const part = tokens.slice(from, to).map((t) => t.display).join('');
  const before = tokens[from - 1]?.display ?? '';
  const after = tokens[to]?.display ?? '';
  if (/^“[^“”]+”$/.test(part)) return before.endsWith('”') || after.startsWith('“');
  // The diff may keep the neighbour's quote mark: 打造“[鲲鹏企业”“]小巨人” or 打造“小巨人[”“鲲鹏企业]”.
  if (/^[^“”]+”“$/.test(part)) return before.endsWith('“');
  if (/^”“[^“”]+$/.test(part)) return after.startsWith('”');
  return false;
}

function text(tokens: Token[]): string {
  return tokens.map((t) => t.display).join('');
}
