// Finds the 款, 项 and 目 (and, in a split or merge, the articles) one side has whole and the other has none of, and makes their changes one: 第二条增加一款.
import type { Change, Segment } from '../model/clause-diff.js';
import type { PlaceRange, Range } from './clause-places.js';
import type { DiffSide } from './diff-side.js';
import { ITEM_LABEL_AT_LINE_START } from '../normalize/comparison-key.js';

/** Where each change's text stands in the base and the other text (null for the side it does not touch). */
export type ChangeSpans = WeakMap<Change, { b: Range | null; o: Range | null }>;

/** Marks, spaces and the printed numbers of items at a line's start (（三）, 3.): what a 款 or 项 may share with the other text and still be new. */
const INSIGNIFICANT = new RegExp(`${ITEM_LABEL_AT_LINE_START.source}|[\\p{P}\\p{Z}\\s]`, 'gu');
/** A 款 or 项 is new whole when at most this many of its characters (and this share of them) the other text also has: 公司, 本市. */
const SHARED_MAX = 4;
const SHARED_SHARE = 0.25;

/**
 * The changes with each whole 款 or 项 added (other side) or dropped (base side) as one change, `whole` and its place; the sentences
 * of it, each a change before, are gone. A 款 or 项 counts as whole when, but for marks, item numbers and a few shared characters, all
 * of it is inserted (or deleted) in the pair's redline, and no change runs from it into text outside it.
 */
export function markWholeParts(changes: Change[], spans: ChangeSpans, base: DiffSide, other: DiffSide, redline: Segment[]): Change[] {
  const marks = changedCharacters(redline, base.text.length, other.text.length);
  if (!marks) return changes;
  let out = changes;
  out = mergeWhole(out, spans, other, marks.inserted, 'o', 'text-added');
  out = mergeWhole(out, spans, base, marks.deleted, 'b', 'text-dropped');
  return out;
}

/** For each character of each side, whether the redline inserts (other) or deletes (base) it; null if the redline is not of these texts. */
export function changedCharacters(redline: Segment[], baseLength: number, otherLength: number): { inserted: Uint8Array; deleted: Uint8Array } | null {
  const inserted = new Uint8Array(otherLength);
  const deleted = new Uint8Array(baseLength);
  let [b, o] = [0, 0];
  for (const s of redline) {
    if (s.op === 'equal') {
      o += s.text.length;
      b += (s.base ?? s.text).length;
    } else if (s.op === 'insert') {
      inserted.fill(1, o, Math.min(otherLength, o + s.text.length));
      o += s.text.length;
    } else {
      deleted.fill(1, b, Math.min(baseLength, b + s.text.length));
      b += s.text.length;
    }
  }
  return b === baseLength && o === otherLength ? { inserted, deleted } : null;
}

function mergeWhole(changes: Change[], spans: ChangeSpans, side: DiffSide, changed: Uint8Array, key: 'b' | 'o', kind: 'text-added' | 'text-dropped'): Change[] {
  const significant = (from: number, to: number) => side.text.slice(from, to).replace(INSIGNIFICANT, '');
  // Largest first: a 款 added whole is one change, not one per 项 of it. Where the side joins several clauses (a split or a merge),
  // one of them may be new or gone whole too (增加一条).
  const several = side.ids.length > 1;
  const parts = side.places
    .filter((r) => r.place.at.paragraph !== undefined || several)
    .sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const taken: PlaceRange[] = [];
  let out = changes;
  for (const r of parts) {
    if (taken.some((t) => t.start <= r.start && r.end <= t.end)) continue;
    if (!isNew(side.text, changed, r)) continue;
    const inside: Change[] = [];
    let clean = true;
    for (const c of out) {
      const span = spans.get(c)?.[key];
      if (!span || span.end <= r.start || span.start >= r.end) continue;
      // A change running from this part into other text, or of another kind, is not this part alone.
      const outside = significant(span.start, Math.max(span.start, r.start)) + significant(Math.min(span.end, r.end), span.end);
      if (c.kind !== kind || outside) clean = false;
      inside.push(c);
    }
    if (!clean || inside.length === 0) continue;
    const text = side.text.slice(r.start, r.end).trim();
    const merged: Change = {
      kind,
      before: kind === 'text-dropped' ? text : null,
      after: kind === 'text-added' ? text : null,
      words: [{ op: kind === 'text-added' ? 'insert' : 'delete', text }],
      where: r.place.where,
      at: r.place.at,
      whole: r.place.at.subitem !== undefined ? 'subitem' : r.place.at.item !== undefined ? 'item' : r.place.at.paragraph !== undefined ? 'paragraph' : 'article',
    };
    spans.set(merged, key === 'o' ? { b: null, o: { start: r.start, end: r.end } } : { b: { start: r.start, end: r.end }, o: null });
    const first = out.indexOf(inside[0]!);
    out = out.filter((c) => !inside.includes(c));
    out.splice(Math.min(first, out.length), 0, merged);
    taken.push(r);
  }
  return out;
}

/** All of the part but marks, item numbers and a few shared characters is changed (inserted, or deleted). */
export function isNew(text: string, changed: Uint8Array, r: { start: number; end: number }): boolean {
  const part = text.slice(r.start, r.end);
  const significant = new Uint8Array(part.length).fill(1);
  for (const m of part.matchAll(INSIGNIFICANT)) significant.fill(0, m.index, m.index + m[0].length);
  let [total, kept] = [0, 0];
  for (let i = 0; i < part.length; i++) {
    if (!significant[i]) continue;
    total++;
    if (!changed[r.start + i]) kept++;
  }
  return total > 0 && kept <= SHARED_MAX && kept <= total * SHARED_SHARE;
}
