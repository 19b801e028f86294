// A target or item dropped (or added) together with its figure is one finding: an items change carrying the figure, not a reworded run and a figure apart.
import type { Change, NumberChange, Segment } from '../model/clause-diff.js';
import type { DiffSide } from './diff-side.js';
import { type ChangeSpans, changedCharacters, isNew } from './mark-whole-parts.js';
import { placeOf } from './clause-places.js';

/** What ends the phrase a figure stands in: the marks between the clauses of a sentence (a 、 list stays one phrase: 中小学、幼儿园70所). */
const DELIMITER = /[，；。：:\n]/;
/** A dropped (or added) edit that has, besides the items, at most this many characters of its own (2024年，新增) is those items. */
const REST_MAX = 6;

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
    // A fine, a time limit or a date is read by whom and when it applies (its row in the figures table says it), not as an item.
    if (n.change !== how || !fact || n.role === 'penalty' || n.role.startsWith('time-') || fact.kind === 'duration' || fact.kind === 'date') return;
    const phrase = phraseAround(side.text, fact.start, fact.end);
    // A condition (违法所得二十万元以上的) says when something applies; it is no item.
    if (/的$/.test(side.text.slice(phrase.start, phrase.end).trim()) || !isNew(side.text, changed, phrase)) return;
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
      before: how === 'dropped' ? phrases.join('；') : null,
      after: how === 'added' ? phrases.join('；') : null,
      items: phrases,
      figures: items.map((x) => x.figure),
      ...(place ? { where: place.where, at: place.at } : {}),
    };
    // A drop (or addition) that is these items and next to nothing else becomes them. A reworded run keeps its redline, the items
    // beside it (the figures go with them). A drop with more in it than the items stays as it is, its figures in the table.
    const bare = (t: string | null) => (t ?? '').replace(/[\p{P}\p{Z}\s]/gu, '');
    const rest = bare(how === 'dropped' ? c.before : c.after).length - bare(phrases.join('')).length;
    if (c.kind === wholeKind && rest > REST_MAX) {
      for (const x of items) delete numbers[x.figure]!.withItem;
      out.push(c);
      continue;
    }
    if (c.kind !== wholeKind) out.push(c);
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
