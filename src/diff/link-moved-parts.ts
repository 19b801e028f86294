// Finds what moved between articles: a 款 or 项 dropped whole from one and added whole to another (said at both ends), and words
// dropped from several articles that one new article now says for them all.
import type { Change, PairDiff } from '../model/clause-diff.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { comparisonKeyText } from '../normalize/comparison-key.js';
import { alikeKeys } from './alike-keys.js';
import { collectSide } from './diff-side.js';
import { unitLabel } from '../parse/describe-unit.js';

/** A dropped and an added part at least this alike (their keys' bigram Dice) are one part moved; below, two parts. */
const MOVED_SIMILARITY = 0.6;
/** A second candidate this close to the best makes the move ambiguous (boilerplate 款 such as 构成犯罪的，依法追究刑事责任): none is said. */
const AMBIGUITY_MARGIN = 0.1;
/** Parts shorter than this (in key characters) are too common to say where they went. */
const MIN_KEY = 10;
/** Words dropped that stand in one new article with others are said to be there from this many key characters (构成犯罪的，依法追究刑事责任). */
const MIN_WITHIN_KEY = 12;

interface Part {
  pair: number;
  /** The change that reports the part whole, or null for a 款 of an article on one side only (its pair lists no changes). */
  change: Change | null;
  where: string;
  key: string;
}

/**
 * The pairs with each 款 or 项 dropped whole from one pair and added whole (or standing in an article new whole) in another marked
 * `elsewhere` at both ends: 国防教育法 2018 第十六条第一款 (学校应当将国防教育列入学校的工作和教学计划…) is 2024 第十三条第三款. Each
 * part is read as moved only where one counterpart stands clearly above the others.
 */
export function linkMovedParts(pairs: PairDiff[], base: ParsedDocument, other: ParsedDocument, places: RegExp): PairDiff[] {
  const key = (text: string) => comparisonKeyText(text, { places, marks: true }).replace(/[\p{P}\p{Z}\s]|（#）/gu, '');
  const drops: Part[] = [];
  const adds: Part[] = [];
  pairs.forEach((p, i) => {
    for (const c of p.changes) {
      if (!c.where || (c.whole !== 'paragraph' && c.whole !== 'item')) continue;
      if (c.kind === 'text-dropped' && c.before) drops.push({ pair: i, change: c, where: c.where, key: key(c.before) });
      if (c.kind === 'text-added' && c.after) adds.push({ pair: i, change: c, where: c.where, key: key(c.after) });
    }
    if (p.status === 'base-only') drops.push(...onlyParts(i, base, p.base, key));
    if (p.status === 'other-only') adds.push(...onlyParts(i, other, p.other, key));
  });
  const live = (parts: Part[]) => parts.filter((x) => x.key.length >= MIN_KEY);
  const [ds, as] = [live(drops), live(adds)];
  // Only pairs within the ambiguity margin of the line can decide anything: one below it is neither a best nor a close second.
  const rows = alikeKeys(
    ds.map((d) => d.key),
    as.map((a) => a.key),
    MOVED_SIMILARITY - AMBIGUITY_MARGIN,
    (i, j) => as[j]!.pair === ds[i]!.pair || (!as[j]!.change && !ds[i]!.change),
  );
  const columns: Array<Array<[number, number]>> = as.map(() => []);
  rows.forEach((row, i) => row.forEach(([j, v]) => columns[j]!.push([i, v])));
  const moved = new Map<Change, NonNullable<Change['elsewhere']>>();
  ds.forEach((d, i) => {
    const j = clearBest(rows[i]!);
    if (j === null || clearBest(columns[j]!) !== i) return;
    const a = as[j]!;
    const same = d.key === a.key;
    if (d.change) moved.set(d.change, { where: a.where, same });
    if (a.change) moved.set(a.change, { where: d.where, same });
  });
  gatherInto(pairs, moved, key, other);
  if (moved.size === 0) return pairs;
  return pairs.map((p) => (p.changes.some((c) => moved.has(c)) ? { ...p, changes: p.changes.map((c) => (moved.has(c) ? { ...c, elsewhere: moved.get(c)! } : c)) } : p));
}

/**
 * Words dropped from several articles that one new article now says for them all (国防教育法 2024 第四十一条 违反本法规定，构成犯罪
 * 的，依法追究刑事责任, gathered from the ends of 2018 第三十四条 to 第三十七条): a drop whose words the other document has in one
 * article only, an article new there (on its own, or joined to another's link as a split), is marked `elsewhere` with `within`.
 */
function gatherInto(pairs: PairDiff[], moved: Map<Change, NonNullable<Change['elsewhere']>>, key: (t: string) => string, other: ParsedDocument): void {
  const fresh = new Map<string, number>();
  pairs.forEach((p, i) => {
    if (p.status === 'other-only' || p.other.length > 1) for (const id of p.other) fresh.set(id, i);
  });
  if (fresh.size === 0) return;
  const keys = new Map(other.clauses.map((c) => [c.id, key(c.text)]));
  pairs.forEach((p, i) => {
    for (const c of p.changes) {
      if (c.kind !== 'text-dropped' || !c.before || moved.has(c) || c.whole === 'article') continue;
      const k = key(c.before);
      if (k.length < MIN_WITHIN_KEY) continue;
      const holding = [...keys].filter(([, text]) => text.includes(k));
      if (holding.length !== 1) continue;
      const [id] = holding[0]!;
      if (fresh.get(id) === undefined || fresh.get(id) === i) continue;
      moved.set(c, { where: unitLabel(other, id), same: false, within: true });
    }
  });
}

/** The index of the one score at or above the line and clearly above every other (scores not listed are below the margin); null where none or several. */
function clearBest(scores: Array<[number, number]>): number | null {
  let [best, top, second] = [-1, -1, 0];
  for (const [j, v] of scores) {
    if (v > top) [best, top, second] = [j, v, Math.max(second, top)];
    else second = Math.max(second, v);
  }
  if (best < 0 || top < MOVED_SIMILARITY || top - second < AMBIGUITY_MARGIN) return null;
  return best;
}

/** The 款 of an article on one side only, each a part (an article of one 款 is that one part). */
function onlyParts(pair: number, doc: ParsedDocument, ids: string[], key: (t: string) => string): Part[] {
  const side = collectSide(doc, ids);
  const paragraphs = side.places.filter((r) => r.place.at.paragraph !== undefined && r.place.at.item === undefined);
  const ranges = paragraphs.length ? paragraphs : side.places.filter((r) => r.place.at.item === undefined).slice(0, 1);
  return ranges.map((r) => ({ pair, change: null, where: r.place.where, key: key(side.text.slice(r.start, r.end)) }));
}
