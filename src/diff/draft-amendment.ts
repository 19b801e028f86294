// Drafts an amendment decision (修改决定) from a law's revision: each change of articles and their 款 as a drafting item, in old-text order.
import type { Amendment, AmendmentItem } from '../model/amendment.js';
import type { DocumentDiff, PairDiff } from '../model/clause-diff.js';
import type { Clause, ClauseParagraph, ParsedDocument } from '../model/parsed-document.js';
import { bigramDice } from './bigram-dice.js';
import { keyText } from '../normalize/comparison-key.js';
import { renumberedArticles } from './diff-documents.js';
import { wordEdits } from './word-edits.js';

/** Two 款 are the same paragraph changed when their texts are at least this alike; below, one was dropped and another added. */
const SAME_PARAGRAPH = 0.35;
/** More edits than this in one article (or edits to most of its 款): the article is restated whole (将第X条修改为). */
const MAX_PARAGRAPH_ITEMS = 2;
const NO_PLACE = /(?!)/;

interface Placed {
  item: AmendmentItem;
  /** Position in the old text (its article order); an inserted article goes after the old article before it. */
  at: number;
}

/** The amendment decision that turns `base` (the old text) into `other` (the new one), as a drafter would write it. */
export function draftAmendment(diff: DocumentDiff, base: ParsedDocument, other: ParsedDocument): Amendment {
  const bClause = new Map(base.clauses.map((c, i) => [c.id, { c, i }]));
  const oClause = new Map(other.clauses.map((c) => [c.id, c]));
  const links = diff.pairs.filter((p) => p.base.length && p.other.length).map((p) => ({ base: p.base, other: p.other }));
  const references = renumberedArticles(base, other, links);
  const same = (a: string, b: string) => bare(keyText(a, NO_PLACE, references).key) === bare(keyText(b, NO_PLACE, NO_REFERENCES).key);
  // Where an old article would stand in the new text, from the nearest article before it kept one to one (numbers shift by the
  // articles inserted and deleted before it): which of two new articles carries it on, where their words cannot say.
  const oneToOne = diff.pairs
    .filter((p) => p.base.length === 1 && p.other.length === 1)
    .map((p) => [bClause.get(p.base[0]!)?.c.ordinal, oClause.get(p.other[0]!)?.ordinal] as const)
    .filter((x): x is readonly [number, number] => x[0] !== undefined && x[1] !== undefined)
    .sort((x, y) => x[0] - y[0]);
  const expected = (old: Clause): number | null => {
    const before = oneToOne.filter(([o]) => o < old.ordinal).pop();
    return before ? before[1] + (old.ordinal - before[0]) : null;
  };
  const placed: Placed[] = [];
  let effective: string | undefined;
  /** The effective-date article's items, kept for a decision that would otherwise amend nothing. */
  let dateItems: { at: number; items: AmendmentItem[] } | undefined;
  let last = -1;
  for (const p of diff.pairs) {
    const baseClauses = p.base.map((id) => bClause.get(id)).filter((x): x is { c: Clause; i: number } => !!x);
    const otherClauses = p.other.map((id) => oClause.get(id)).filter((c): c is Clause => !!c);
    if (baseClauses.length) last = Math.max(last, ...baseClauses.map((x) => x.i));
    const at = baseClauses.length ? Math.min(...baseClauses.map((x) => x.i)) : last + 0.5;
    const sections = sectionItem(p, base, other, at);
    if (sections) placed.push(sections);
    if (!baseClauses.length && !otherClauses.length) continue;
    // The same text (a split or merge whose words only moved still changes the articles). An edit the diff reports once as
    // systematic (法律委员会 → 宪法和法律委员会 in six articles) is still an edit of each article.
    const edited = p.changes.some((c) => c.kind !== 'moved') || p.numbers.some((n) => n.change !== 'unchanged');
    // An article moved out of its order (7 → 5, 36 → 70 in another chapter) is moved by the decision, edited or not: 将第七条改为第五条.
    // One that keeps its number (its neighbours moved round it) is not moved by the decision: no 将第十八条改为第十八条.
    const moved =
      p.link?.kind === 'moved' && baseClauses.length === 1 && otherClauses.length === 1 && otherClauses[0]!.label !== baseClauses[0]!.c.label ? otherClauses[0]!.label : undefined;
    // (A split or merge whose words only moved still changes the articles.)
    const single = baseClauses.length === 1 && otherClauses.length === 1;
    if (!edited && !moved && (p.status === 'identical' || p.status === 'variant-only' || (p.status === 'moved' && single))) continue;
    const olds = baseClauses.map((x) => x.c);
    // The new text's own effective date (本法自2023年3月1日起施行) is the decision's, not an item of it — where it names a date
    // (自公布之日起施行 is an item) and other articles change too (alone, it is the decision's one item).
    const date = olds.length === 1 && otherClauses.length === 1 && isEffectiveDate(olds[0]!) && isEffectiveDate(otherClauses[0]!) ? effectiveDate(otherClauses[0]!) : undefined;
    if (date && edited) {
      effective = date;
      dateItems = { at, items: clauseItems(p, olds, otherClauses, same, expected) };
      continue;
    }
    const items = clauseItems(p, olds, otherClauses, same, expected);
    if (moved && !items.length) items.push({ kind: 'move-article', cites: [olds[0]!.label], as: moved, text: null });
    else if (moved) {
      // Moved and edited: restated whole under its new number.
      items.splice(0, items.length, { kind: 'modify-article', cites: [olds[0]!.label], movedTo: moved, text: paragraphsOf(otherClauses[0]!) });
    }
    for (const item of items) placed.push({ item, at });
  }
  if (!placed.length && dateItems) {
    placed.push(...dateItems.items.map((item) => ({ item, at: dateItems!.at })));
    effective = undefined;
  }
  placed.push(...headingItems(diff, bClause, base));
  placed.sort((x, y) => x.at - y.at);
  const renumbered =
    diff.pairs.some((p) => p.renumbered) || placed.some((x) => ['add-article', 'drop-article', 'split-article', 'merge-articles'].includes(x.item.kind));
  // Standard characters (帐→账) and marks (<→〈): edits the items leave out, listed for the drafter. Renumbered item labels and
  // reshuffled separators are not edits of their own.
  const marks = /^[\p{P}\p{S}]+$/u;
  const standardized = diff.summary.variants
    .filter((v) => v.kind === 'vocabulary' || (v.kind === 'punctuation' && marks.test(v.before) && marks.test(v.after)))
    .map((v) => ({ before: v.before, after: v.after, count: v.count }));
  // A decision amends a law in articles; a plan numbered 一、（一） gets items citing its labels, said so. Where most articles
  // change, drafting offices revise the law instead (修订, the whole text republished).
  const articles = (d: ParsedDocument) => d.clauses.some((c) => c.paragraphs);
  const cautions: Amendment['cautions'] = [];
  if (!articles(base) || !articles(other)) cautions.push('not-articles');
  const changedArticles = new Set(placed.flatMap((x) => x.item.cites)).size + placed.filter((x) => x.item.kind === 'add-article').length;
  if (base.clauses.length >= 10 && changedArticles * 2 > base.clauses.length) cautions.push('revision');
  return { title: base.title, items: placed.map((x) => x.item), renumbered, cautions, standardized, ...(effective ? { effective } : {}) };
}

/** The article that says when the text takes effect, and nothing else: 本法自2023年3月1日起施行。 */
const EFFECTIVE_ARTICLE = /^本(?:法|条例|规定|办法|细则|决定|规则|实施细则|实施办法)自([^。，；]{2,30})起施行。?$/;

function isEffectiveDate(c: Clause): boolean {
  return EFFECTIVE_ARTICLE.test(c.text.trim());
}

/** The date an effective-date article names (2023年3月1日), where it names one. */
function effectiveDate(c: Clause): string | undefined {
  const when = EFFECTIVE_ARTICLE.exec(c.text.trim())?.[1];
  return when && /\d{4}年|[〇一二三四五六七八九十]{4}年/.test(when) ? when : undefined;
}

const NO_REFERENCES: ReadonlyMap<string, string> = new Map();

/**
 * A 节 or 编 heading renamed, added or dropped (no unit of its own: diff.headings), placed just before the first article under it
 * (an added one, before the old article its first article follows).
 */
function headingItems(diff: DocumentDiff, bClause: ReadonlyMap<string, { i: number }>, base: ParsedDocument): Placed[] {
  const clauseLine = new Map(base.clauses.map((c) => [c.id, c.span.line]));
  const baseAt = (id: string | null) => (id ? bClause.get(id)?.i : undefined);
  // Where an article of the new text stands in the old: at its old article, else after the old article before it.
  const otherAt = (id: string | null): number | undefined => {
    let last = -1;
    for (const p of diff.pairs) {
      const at = p.base.map((b) => bClause.get(b)?.i).filter((x): x is number => x !== undefined);
      if (p.other.includes(id ?? '')) return at.length ? Math.min(...at) : last + 0.5;
      if (at.length) last = Math.max(last, ...at);
    }
    return undefined;
  };
  // A heading with no article under it stands after the last old article before its line.
  const byLine = (line: number) => Math.max(-1, ...[...bClause.entries()].filter(([id]) => (clauseLine.get(id) ?? Infinity) < line).map(([, x]) => x.i)) + 0.75;
  const out: Placed[] = [];
  for (const h of diff.headings ?? []) {
    const level = LEVELS[h.style] ?? '';
    if (h.change === 'renamed') out.push({ at: (baseAt(h.base!.first) ?? byLine(h.base!.line)) - 0.25, item: { kind: 'modify-heading-title', cites: [h.base!.where], level, text: [h.other!.title] } });
    else if (h.change === 'dropped') out.push({ at: (baseAt(h.base!.first) ?? byLine(h.base!.line)) - 0.25, item: { kind: 'drop-heading-title', cites: [h.base!.where], level, text: null } });
    else {
      const parent = h.other!.where.slice(0, h.other!.where.length - h.other!.label.length);
      out.push({ at: (otherAt(h.other!.first) ?? 0) - 0.25, item: { kind: 'add-heading', cites: parent ? [parent] : [], as: h.other!.label, level, text: [h.other!.title] } });
    }
  }
  return out;
}

/** The word a decision names a heading's level by, from its style (heading-styles.tsv); a plan's subheading has none. */
const LEVELS: Record<string, string> = { section: '节', book: '编', 'part-book': '分编' };

/** A chapter dropped, added or renamed (a section pair of a law: chapters are its sections). */
function sectionItem(p: PairDiff, base: ParsedDocument, other: ParsedDocument, at: number): Placed | null {
  const bs = p.base.length === 1 ? base.sections.find((s) => s.id === p.base[0]) : undefined;
  const os = p.other.length === 1 ? other.sections.find((s) => s.id === p.other[0]) : undefined;
  if (p.base.some((id) => !id.startsWith('s')) || p.other.some((id) => !id.startsWith('s'))) return null;
  if (bs && !os && p.status === 'base-only') return { at, item: { kind: 'drop-chapter-title', cites: [bs.label], text: null } };
  if (os && !bs && p.status === 'other-only') return { at, item: { kind: 'add-chapter', cites: [], as: os.label, text: [os.title] } };
  if (bs && os && bare(bs.title) !== bare(os.title)) return { at, item: { kind: 'modify-chapter-title', cites: [bs.label], text: [os.title] } };
  // Chapters merged into one (第三章 勘查 + 第四章 开采 → 第三章 勘查、开采): 将第三章、第四章合并为一章，作为第三章.
  const merged = p.base.length > 1 && os ? p.base.map((id) => base.sections.find((s) => s.id === id)) : null;
  if (merged && merged.every((s) => !!s)) return { at, item: { kind: 'merge-chapters', cites: merged.map((s) => s!.label), as: os!.label, text: [os!.title] } };
  return null;
}

/** The items for one pair of articles: dropped, added, merged, split, or changed 款 by 款. */
function clauseItems(p: PairDiff, olds: Clause[], news: Clause[], same: (a: string, b: string) => boolean, expected: (old: Clause) => number | null): AmendmentItem[] {
  if (!news.length) return olds.map((c) => ({ kind: 'drop-article', cites: [c.label], text: null }));
  if (!olds.length) return news.map((c) => ({ kind: 'add-article', cites: [], as: c.label, text: paragraphsOf(c) }));
  if (olds.length > 1) {
    // A merge: the old articles whose words the new one carries; one whose 款 it does not carry was dropped beside it.
    const text = news.flatMap(paragraphsOf);
    const alike = olds.filter((c) => paragraphsOf(c).some((p) => text.some((t) => bigramDice(bare(p), bare(t)) >= SAME_PARAGRAPH)));
    // Rewritten so far that no old 款 stays near it: the old article most like the new one becomes it, the others are dropped (never
    // all dropped and the new article left out).
    const carried = alike.length ? alike : [[...olds].sort((a, b) => bigramDice(bare(b.text), bare(text.join(''))) - bigramDice(bare(a.text), bare(text.join(''))))[0]!];
    const dropped = olds.filter((c) => !carried.includes(c)).map((c): AmendmentItem => ({ kind: 'drop-article', cites: [c.label], text: null }));
    if (carried.length <= 1 && news.length === 1) return [...(carried[0] ? paragraphItems(carried[0], paragraphsOf(carried[0]), news[0]!, same) : []), ...dropped];
    return [{ kind: 'merge-articles', cites: carried.map((c) => c.label), as: news.map((c) => c.label).join('、'), text, reworded: true }, ...dropped];
  }
  const old = olds[0]!;
  const oldParas = paragraphsOf(old);
  if (news.length === 1) return paragraphItems(old, oldParas, news[0]!, same);
  // A split: the new article most like the old one carries it on; another is a 款 of it made an article of its own only where that
  // 款 is no longer in the one carrying it on; else the other is an article added.
  // The one standing where the old article would (numbers shifted by what was inserted and deleted before it); else the most alike.
  const at = expected(old);
  const main = [...news].sort((a, b) => (at === null ? 0 : Math.abs(a.ordinal - at) - Math.abs(b.ordinal - at)) || bigramDice(b.text, old.text) - bigramDice(a.text, old.text))[0]!;
  const mainParas = paragraphsOf(main);
  const items: AmendmentItem[] = [];
  const taken = new Set<number>();
  for (const c of news) {
    if (c === main) continue;
    const text = paragraphsOf(c);
    const k = oldParas.length > 1 ? bestParagraph(oldParas, text.join('\n'), taken) : -1;
    // It stays where the article carrying it on has a 款 more like it than this new article is.
    const inMain = k >= 0 ? Math.max(...mainParas.map((m) => bigramDice(bare(m), bare(oldParas[k]!)))) : 0;
    const stays = k >= 0 && inMain >= SAME_PARAGRAPH && inMain >= bigramDice(bare(text.join('')), bare(oldParas[k]!));
    if (k < 0 || stays) {
      items.push({ kind: 'add-article', cites: [], as: c.label, text });
      continue;
    }
    taken.add(k);
    items.push({ kind: 'split-article', cites: [old.label], paragraph: k + 1, as: c.label, text, reworded: !same(oldParas[k]!, text.join('\n')) });
  }
  const rest = oldParas.filter((_, k) => !taken.has(k));
  const restItems = paragraphItems(old, rest, main, same, [...taken]);
  return [...items, ...restItems];
}

/**
 * The 款 of one old article against those of its new one, in order: each changed, dropped or added 款 an item; the whole article
 * restated where it has one 款 or where most of it changed. `removed`: 款 (0-based) already split off, so old numbers stay right.
 */
function paragraphItems(old: Clause, oldParas: string[], now: Clause, same: (a: string, b: string) => boolean, removed: number[] = []): AmendmentItem[] {
  const newParas = paragraphsOf(now);
  const restate: AmendmentItem = { kind: 'modify-article', cites: [old.label], text: newParas };
  if (oldParas.length === newParas.length && oldParas.every((t, k) => same(t, newParas[k]!))) return [];
  // An article of one 款 changed in a word or two: the words, quoted (将第二条中的“国务院”修改为“国家”); else restated whole.
  if (oldParas.length <= 1 && newParas.length <= 1) {
    const whole = itemEdits(old.label, undefined, old.paragraphs?.[0], now.paragraphs?.[0], same);
    return whole ?? wordItems(old.label, undefined, oldParas[0] ?? '', newParas[0] ?? '', same) ?? [restate];
  }
  // The old 款's own numbers: those split off before it are not counted out.
  const oldNumber = (k: number) => {
    let n = -1;
    for (let i = 0, seen = 0; seen <= k; i++) if (!removed.includes(i)) (n = i), seen++;
    return n + 1;
  };
  const steps = alignParagraphs(oldParas, newParas);
  const items: AmendmentItem[] = [];
  // How many 款 change (a 款 changed in two words is one): more than a few, and the article is restated whole.
  let changed = 0;
  // Read in order, a 款 added before a later item moves that item's 款 down one, a 款 dropped up one (第二条增加一款，作为第二款 …
  // 将第二条第三款修改为).
  let shift = 0;
  for (const s of steps) {
    if (s.old !== null && s.now !== null) {
      if (same(oldParas[s.old]!, newParas[s.now]!)) continue;
      changed++;
      const at = oldNumber(s.old);
      const n = at + shift;
      const whole = itemEdits(old.label, n, old.paragraphs?.[at - 1], now.paragraphs?.[s.now], same);
      items.push(...(whole ?? wordItems(old.label, n, oldParas[s.old]!, newParas[s.now]!, same) ?? [{ kind: 'modify-paragraph', cites: [old.label], paragraph: n, text: [newParas[s.now]!] } as AmendmentItem]));
    } else if (s.old !== null) {
      changed++;
      items.push({ kind: 'drop-paragraph', cites: [old.label], paragraph: oldNumber(s.old) + shift, text: null });
      shift--;
    } else {
      changed++;
      items.push({ kind: 'add-paragraph', cites: [old.label], asParagraph: s.now! + 1, text: [newParas[s.now!]!] });
      shift++;
    }
  }
  if (changed > MAX_PARAGRAPH_ITEMS || (changed > 1 && changed * 2 > Math.max(oldParas.length, newParas.length))) return [restate];
  return items;
}

/**
 * A 款 whose only change is whole 项 added or dropped (its lead and every other 项 the same, but for their numbers): each an item —
 * 删去第十条第一款第三项, 在第十条第一款中增加一项，作为第五项：“（五）……” (项 added one after another, one item). Null where anything else changed (a 项 reworded, the lead,
 * 目 under a 项), or where a 项 dropped and one added stand in the same place (one 项 changed, drafted by its words).
 */
function itemEdits(article: string, paragraph: number | undefined, before: ClauseParagraph | undefined, after: ClauseParagraph | undefined, same: (a: string, b: string) => boolean): AmendmentItem[] | null {
  if (!before || !after || !(before.items.length + after.items.length) || !same(before.text, after.text)) return null;
  if ([...before.items, ...after.items].some((i) => i.items.length)) return null;
  const [a, b] = [before.items, after.items];
  // Order-keeping pairs of equal 项 (longest common subsequence by text).
  const L = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) L[i]![j] = same(a[i]!.text, b[j]!.text) ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const at = { cites: [article], ...(paragraph !== undefined ? { paragraph } : {}) };
  const drops: AmendmentItem[] = [];
  const adds: AmendmentItem[] = [];
  let [i, j] = [0, 0];
  let gap = { dropped: false, added: false };
  const closeGap = () => {
    const replaced = gap.dropped && gap.added;
    gap = { dropped: false, added: false };
    return replaced;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i]!.text, b[j]!.text)) {
      if (closeGap()) return null;
      i++;
      j++;
    } else if (j < b.length && (i === a.length || L[i]![j + 1]! >= L[i + 1]![j]!)) {
      // 项 added one after another are one item (增加两项，作为第四项、第五项).
      const prev = adds[adds.length - 1];
      if (prev && gap.added && prev.asItem! + prev.text!.length === j + 1) prev.text!.push(`${b[j]!.label}${b[j]!.text}`);
      else adds.push({ kind: 'add-item', ...at, asItem: j + 1, text: [`${b[j]!.label}${b[j]!.text}`] });
      gap.added = true;
      j++;
    } else {
      drops.push({ kind: 'drop-item', ...at, item: a[i]!.ordinal, text: null });
      gap.dropped = true;
      i++;
    }
  }
  if (closeGap() || !(drops.length + adds.length)) return null;
  return [...drops, ...adds];
}

/** A 款 (or an article of one) changed in a few short edits, each as its words (null where it is better restated). */
function wordItems(article: string, paragraph: number | undefined, before: string, after: string, same: (a: string, b: string) => boolean): AmendmentItem[] | null {
  const edits = wordEdits(before, after, same);
  if (!edits) return null;
  const at = { cites: [article], ...(paragraph !== undefined ? { paragraph } : {}) };
  return edits.map((e): AmendmentItem =>
    e.op === 'replace' ? { kind: 'replace-words', ...at, quote: e.quote, text: [e.text] } : e.op === 'drop' ? { kind: 'drop-words', ...at, quote: e.quote, text: null } : { kind: 'add-words', ...at, anchor: e.anchor, text: [e.text] },
  );
}

/** Order-keeping alignment of two lists of 款 by how alike they are (a 款 matches one at least SAME_PARAGRAPH alike). */
function alignParagraphs(a: string[], b: string[]): Array<{ old: number | null; now: number | null }> {
  const sim = a.map((x) => b.map((y) => bigramDice(bare(x), bare(y))));
  const score: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const s = sim[i - 1]![j - 1]!;
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, s >= SAME_PARAGRAPH ? score[i - 1]![j - 1]! + s : -1);
    }
  }
  const steps: Array<{ old: number | null; now: number | null }> = [];
  let [i, j] = [a.length, b.length];
  while (i > 0 || j > 0) {
    const s = i > 0 && j > 0 ? sim[i - 1]![j - 1]! : 0;
    if (i > 0 && j > 0 && s >= SAME_PARAGRAPH && score[i]![j] === score[i - 1]![j - 1]! + s) {
      steps.push({ old: --i, now: --j });
    } else if (j > 0 && (i === 0 || score[i]![j] === score[i]![j - 1])) steps.push({ old: null, now: --j });
    else steps.push({ old: --i, now: null });
  }
  return steps.reverse();
}

/** The old 款 a split-off article came from: the most alike, not already taken (-1 when none is alike enough). */
function bestParagraph(paras: string[], text: string, taken: Set<number>): number {
  let best = -1;
  let bestScore = SAME_PARAGRAPH;
  paras.forEach((p, k) => {
    const s = bigramDice(bare(p), bare(text));
    if (!taken.has(k) && s >= bestScore) [best, bestScore] = [k, s];
  });
  return best;
}

/** An article's 款, each with its 项 written out, as the text prints them (without the article number). */
export function paragraphsOf(c: Clause): string[] {
  if (!c.paragraphs?.length) return [c.text];
  const textStart = c.span.end - c.text.length;
  return c.paragraphs.map((p) => {
    const whole = c.text.slice(p.start - textStart, p.end - textStart).trim();
    return whole.startsWith(p.text) ? whole : [p.text, ...p.items.map((i) => `${i.label}${i.text}`)].join('\n');
  });
}

function bare(s: string): string {
  return s.replace(/[\p{P}\p{S}\s]/gu, '');
}
