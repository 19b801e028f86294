// A target or item dropped (or added) together with its figure is one finding: an items change carrying the figure, not a reworded run and a figure apart.
import type { Change, NumberChange, Segment } from '../model/clause-diff.js';
import type { DiffSide } from './diff-side.js';
import { type ChangeSpans, changedCharacters, isNew } from './mark-whole-parts.js';
import { placeOf } from './clause-places.js';

/** What ends the phrase a figure stands in: the marks between the items of a list or the clauses of a sentence. */
const DELIMITER = /[，、；。：:\n]/;

/**
 * Finds each figure dropped (or added) with the whole phrase around it — 市级智能工厂培育企业20家 gone from a list of targets — and
 * reports the phrases as one items-dropped (items-added) change beside the edit they were part of, the figures marked `withItem` and
 * listed by the change. A figure inside a whole 款 or 项 dropped goes with that change already.
 */
export function itemsWithFigures(changes: Change[], numbers: NumberChange[], spans: ChangeSpans, base: DiffSide, other: DiffSide, redline: Segment[]): Change[] {
  const marks = changedCharacters(redline, base.text.length, other.text.length);
  if (!marks) return changes;
  let out = changes;
  out = gather(out, numbers, spans, base, marks.deleted, 'dropped');
  out = gather(out, numbers, spans, other, marks.inserted, 'added');
  return out;
}

function gather(changes: Change[], numbers: NumberChange[], spans: ChangeSpans, side: DiffSide, changed: Uint8Array, how: 'dropped' | 'added'): Change[] {
  const key = how === 'dropped' ? 'b' : 'o';
  const kind = how === 'dropped' ? 'items-dropped' : 'items-added';
  const wholeKind = how === 'dropped' ? 'text-dropped' : 'text-added';
  // The items of each change they stood in, in text order.
  const byChange = new Map<Change, Array<{ text: string; start: number; figure: number }>>();
  numbers.forEach((n, index) => {
    const fact = how === 'dropped' ? n.before : n.after;
    // A fine or a time limit is read by whom and when it applies (its row in the figures table says it), not as an item.
    if (n.change !== how || !fact || n.role === 'penalty' || n.role.startsWith('time-')) return;
    const phrase = phraseAround(side.text, fact.start, fact.end);
    if (!isNew(side.text, changed, phrase)) return;
    const host = changes.find((c) => {
      const span = spans.get(c)?.[key];
      // The edit the figure starts in (its comparator word after it may be text both sides keep: 85%以上 → 10个以上).
      return span && span.start <= fact.start && fact.start < span.end;
    });
    if (!host || (host.kind === wholeKind && host.whole)) return;
    const list = byChange.get(host) ?? [];
    // Two figures in one phrase (a range written twice, 五万元以上…) are one item with both figures.
    list.push({ text: side.text.slice(phrase.start, phrase.end).trim(), start: phrase.start, figure: index });
    byChange.set(host, list);
    n.withItem = true;
  });
  if (!byChange.size) return changes;
  const out: Change[] = [];
  for (const c of changes) {
    const items = byChange.get(c);
    if (!items) {
      out.push(c);
      continue;
    }
    const phrases = [...new Map(items.map((x) => [x.start, x.text])).values()];
    const place = placeOf(side.places, Math.min(...items.map((x) => x.start)), Math.max(...items.map((x) => x.start + x.text.length)));
    const change: Change = {
      kind,
      before: how === 'dropped' ? phrases.join('、') : null,
      after: how === 'added' ? phrases.join('、') : null,
      items: phrases,
      figures: items.map((x) => x.figure),
      ...(place ? { where: place.where, at: place.at } : {}),
    };
    // A drop (or addition) that is these items and nothing else becomes them; an edit with more in it stays, the items beside it.
    const bare = (t: string | null) => (t ?? '').replace(/[\p{P}\p{Z}\s]/gu, '');
    const only = c.kind === wholeKind && bare(how === 'dropped' ? c.before : c.after) === bare(phrases.join(''));
    if (!only) out.push(c);
    out.push(change);
  }
  return out;
}

/** The phrase a figure stands in: from the mark before it to the mark after it. */
function phraseAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !DELIMITER.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !DELIMITER.test(text[e]!)) e++;
  return { start: s, end: e };
}
