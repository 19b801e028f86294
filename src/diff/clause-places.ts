// Places inside a compared side as a law writes them (第四十一条第二款第（三）项), found from an offset into the side's text.
import type { Place } from '../model/clause-diff.js';
import type { Clause, Item } from '../model/parsed-document.js';
import { chineseNumeral } from '../text/format-chinese-numeral.js';

/** A stretch of a text, by offsets (start inclusive, end exclusive). */
export type Range = { start: number; end: number };

/** A stretch of a side's text and the place it is: an article, one of its 款, a 项, a 目; or a numbered clause as a whole. */
export interface PlaceRange {
  start: number;
  end: number;
  place: Place;
}

/**
 * The places of one clause whose text starts at `offset` in the side's text, outermost first: the clause, then (for an article)
 * each 款 and the 项 and 目 under it. A 款 is cited by number only where the article has more than one (第四十一条第（三）项).
 */
export function clausePlaces(c: Clause, offset: number): PlaceRange[] {
  if (!c.label) return [];
  const out: PlaceRange[] = [{ start: offset, end: offset + c.text.length, place: { where: c.label, at: { clause: c.id } } }];
  if (!c.paragraphs?.length) return out;
  const textStart = c.span.end - c.text.length;
  const local = (n: number) => Math.max(0, Math.min(c.text.length, n - textStart)) + offset;
  const several = c.paragraphs.length > 1;
  c.paragraphs.forEach((p, k) => {
    const paragraph = k + 1;
    const cite = several ? `${c.label}第${chineseNumeral(paragraph)}款` : c.label;
    if (several) out.push({ start: local(p.start), end: local(p.end), place: { where: cite, at: { clause: c.id, paragraph } } });
    for (const item of p.items) {
      const itemCite = `${cite}第${itemName(item)}项`;
      out.push({ start: local(item.start), end: local(item.end), place: { where: itemCite, at: { clause: c.id, paragraph, item: item.ordinal } } });
      for (const sub of item.items) {
        const at = { clause: c.id, paragraph, item: item.ordinal, subitem: sub.ordinal };
        out.push({ start: local(sub.start), end: local(sub.end), place: { where: `${itemCite}第${chineseNumeral(sub.ordinal)}目`, at } });
      }
    }
  });
  return out;
}

/** 项 are cited by their printed label where it is （三）, else by number (第三项). */
const itemName = (item: Item): string => (/^（.+）$/.test(item.label) ? item.label : chineseNumeral(item.ordinal));

/**
 * The place of the text [start, end) of a side: the innermost place holding all of it (a change running over two 款 is in the
 * article), or null outside every numbered clause (a preamble, a section intro).
 */
/** The 款 a stretch stands in (a paragraph's range, not a 项 inside it), where the side's places name 款. */
export function paragraphRange(ranges: readonly PlaceRange[], start: number, end: number): PlaceRange | undefined {
  return ranges.find((r) => r.place.at.paragraph !== undefined && r.place.at.item === undefined && r.start <= start && end <= r.end);
}

export function placeOf(ranges: readonly PlaceRange[], start: number, end: number): Place | null {
  const last = Math.max(start, end - 1);
  let best: PlaceRange | null = null;
  for (const r of ranges) {
    if (r.start <= start && last < r.end && (!best || r.end - r.start <= best.end - best.start)) best = r;
  }
  return best ? best.place : null;
}
