// Compares the two sides of one aligned pair: the word diff's changes (compare-tokens.ts), figures paired and judged, whole parts and items marked.
import type { Change, NumberChange, Segment, Variant } from '../model/clause-diff.js';
import { type Fact, asEndDate, lowerBound } from '../model/fact.js';
import type { DiffSide } from './diff-side.js';
import { figureRole, isCut, isPerUnit, isShareOfStandard, judgeEffect } from './judge-effect.js';
import { lighterTiers } from './lighter-tiers.js';
import { capsOnKeptGrants } from './caps-on-kept-grants.js';
import { quietTierLabels } from './figure-tiers.js';
import { conditionsWithTheirGrants } from './conditions-with-grants.js';
import { type FigurePair, type PairingContext, SURE_PAIRING, compatible, inPeriodOf, longerTime, pairNumbers, sameParty } from './pair-numbers.js';
import { appendSegment, redline } from './redline.js';
import { describeParty, isFine } from '../extract/read-penalty.js';
import { type Range, paragraphRange, placeOf } from './clause-places.js';
import { changedCharacters, markWholeParts } from './mark-whole-parts.js';
import { itemsWithFigures } from './items-with-figures.js';
import { type Findings, SPANS, compareTokens, placed } from './compare-tokens.js';
import { bareSelfReferences, tokenizeText } from './tokenize-text.js';
import { diffWords } from './edit-script.js';
import { oweClosingMarks } from '../lexicon/load-brackets.js';
import { loadFigureRoles } from '../lexicon/load-figure-roles.js';
import { itemLineStart } from '../text/sentence-bounds.js';
import { comparisonKeyText } from '../normalize/comparison-key.js';
import { bigramDice } from './bigram-dice.js';

export interface PassageDiff {
  changes: Change[];
  numbers: NumberChange[];
  variants: Variant[];
  /** Word redline of the whole passage (variants shown in the other's wording, not marked). */
  redline: Segment[];
}

export interface PassageContext {
  places: RegExp;
  /** Base and other belong to different jurisdictions: absolute totals are not judged. */
  crossJurisdiction: boolean;
  /** Articles of base renumbered in other (第十八条 → 第十七条): a citation that follows them is a variant. */
  references?: ReadonlyMap<string, string>;
  /** The level letter of each jurisdiction's own bodies (市经信局 / 县经信局), in 责任单位 and leads (mask-text.ts ownBodyPattern). */
  ownBodies?: RegExp | null;
}


export function diffPassages(base: DiffSide, other: DiffSide, ctx: PassageContext): PassageDiff {
  const [bTok, oTok] = bareSelfReferences(tokenizeText(base.text, base.facts, ctx.places, ctx.references), tokenizeText(other.text, other.facts, ctx.places));
  const found: Findings = { variants: new Map(), anchored: [] };
  // One word diff for the pair: its changes and its whole redline are read from it.
  const words = diffWords(bTok, oTok);
  const changes = compareTokens(bTok, oTok, base, other, found, true, words);
  const { variants, anchored } = found;
  if (base.title !== null && other.title !== null && !base.clauses && !other.clauses && base.title !== other.title) {
    changes.unshift({ kind: 'title', before: base.title, after: other.title });
  }
  const whole = quietPunctuation(redline(bTok, oTok, { b0: 0, b1: bTok.length, o0: 0, o1: oTok.length }, undefined, { base: base.text, other: other.text }, words));
  const figures = apartFromWholeParagraphs(
    followSplitFines(
      followMerge(pairNumbers(base.facts, other.facts, { baseText: base.text, otherText: other.text, places: ctx.places, anchored, crossJurisdiction: ctx.crossJurisdiction, roleOf: figureRole, paragraphs: paragraphsOf(base, other) }), base, other),
      base,
      other,
    ),
    base,
    other,
    whole,
  );
  const described = lighterTiers(
    spreadOverParallel(figures, base, other).map((f) =>
      placed(describeFigure(f.before, f.after, f.confidence, base.text, other.text, ctx), base, other, f.before ?? f.baseClause ?? null, f.after ?? f.otherClause ?? null),
    ),
    other.text,
  );
  // Verdicts read from the figures around each one: a cap on a grant that stays, a tier's threshold, a condition with its grant.
  const numbers = conditionsWithTheirGrants(quietTierLabels(capsOnKeptGrants(described, base.text, other.text), base, other), base.text, other.text);
  // A whole 款 or 项 added or dropped is said so (第二条增加一款，作为第一款), not as the scattered sentences of it.
  // A target or item gone (or new) with its figure is one finding: the items with their figures.
  const merged = itemsWithFigures(markWholeParts(changes, SPANS, base, other, whole), numbers, SPANS, base, other, whole);
  merged.push(...attributionChanges(base, other, ctx.places, ctx.ownBodies ?? null));
  return { changes: merged, numbers, variants: [...variants.values()], redline: whole };
}

/**
 * The figures of a clause the other document has no counterpart of, each added (an article only the other text has) or dropped (one
 * only the base has), judged by its role as an added or dropped figure is anywhere: a new article's fine is a new penalty.
 */
export function unpairedFigures(side: DiffSide, which: 'base' | 'other', ctx: PassageContext): NumberChange[] {
  const none: DiffSide = { ids: [], text: '', facts: [], units: [], lead: null, title: null, spans: [], clauses: side.clauses, places: [] };
  const [base, other] = which === 'base' ? [side, none] : [none, side];
  const figures = side.facts.map((f) => {
    const [before, after] = which === 'base' ? [f, null] : [null, f];
    return { n: describeFigure(before, after, 1, base.text, other.text, ctx), before, after };
  });
  // In a clause that grants something, a condition comes and goes with the grant, whose own figures say which way that moves the
  // policy; a requirement of a clause that grants nothing (会计档案应当至少保存十年) binds or frees by itself.
  const grants = figures.some((x) => x.n.role === 'benefit') || loadFigureRoles().cues.get('benefit')!.test(side.text);
  return figures.map(({ n, before, after }) => placed(grants && n.role === 'threshold' ? { ...n, effect: 'neutral' as const } : n, base, other, before, after));
}

/**
 * One fine split into several (处3万元以上10万元以下的罚款 → 客运 …3万元以上10万元以下, 货运 …3000元以上1万元以下): a new fine left
 * unpaired in an item of a list, where the base has exactly one fine on the same person and tier, is that fine changed — for each
 * new one, as every case it covers was under the one fine before. Then one fine left dropped and one left added are one fine reworded.
 */
function followSplitFines(pairs: FigurePair[], base: DiffSide, other: DiffSide): FigurePair[] {
  const baseFines = base.facts.filter((f) => isFine(base.text, f));
  if (!baseFines.length) return pairs;
  const out: FigurePair[] = [];
  const taken = new Set<Fact>();
  for (const p of pairs) {
    if (p.before || !p.after || !isFine(other.text, p.after)) {
      out.push(p);
      continue;
    }
    // Only a fine in an item of a list (（二）从事道路普通货运经营的，处…): a fine of its own breach elsewhere is a new fine.
    const same = itemLineStart(other.text, p.after.start) !== null ? baseFines.filter((b) => sameParty(b, p.after!) && compatible(b, p.after!)) : [];
    if (same.length !== 1) {
      out.push(p);
      continue;
    }
    taken.add(same[0]!);
    out.push({ before: same[0]!, after: p.after, confidence: SPLIT_FINE });
  }
  // The base fine now paired with the new ones is no longer dropped.
  const kept = out.filter((p) => !(p.before && !p.after && taken.has(p.before)));
  // One fine dropped and one added in the same linked clauses, whose persons agree (or one names none): the one sanction reworded
  // (逾期不改正的，处… → 逾期仍未履行的，处…), not a fine gone and another new.
  const dropped = kept.filter((p) => p.before && !p.after && isFine(base.text, p.before));
  const added = kept.filter((p) => !p.before && p.after && isFine(other.text, p.after));
  if (dropped.length !== 1 || added.length !== 1) return kept;
  const [b, o] = [dropped[0]!.before!, added[0]!.after!];
  if ((b.subject && o.subject && b.subject !== o.subject) || !compatible(b, o)) return kept;
  return kept.filter((p) => p !== dropped[0]).map((p) => (p === added[0] ? { before: b, after: o, confidence: SURE_PAIRING } : p));
}

/** How sure the pairing of a split fine is: sure enough to judge, less than a pairing the words made. */
const SPLIT_FINE = 0.6;

/**
 * A figure of a 款 dropped whole went with it, and one of a 款 added whole came with it: where only a weak pairing joins them, neither
 * is the other changed (受理的公安机关应当自收到申请材料之日起15日内进行审核 dropped, 培训单位…应当自终止培训之日起30日内…撤销备案
 * added, not 15日内 → 30日内). A sure pairing, or the same figure (每五年…调整 moved into a 款 rewritten whole), stands.
 */
function apartFromWholeParagraphs(pairs: FigurePair[], base: DiffSide, other: DiffSide, words: Segment[]): FigurePair[] {
  // (Between merged or split articles the text of one stands in another's place: their figures are paired as they are.)
  if (!base.articles || !other.articles || base.ids.length !== 1 || other.ids.length !== 1) return pairs;
  const marks = changedCharacters(words, base.text.length, other.text.length);
  if (!marks) return pairs;
  const whole = (side: DiffSide, changed: Uint8Array, f: Fact) => {
    const r = paragraphRange(side.places, f.start, f.end);
    if (!r) return false;
    for (let i = r.start; i < r.end; i++) if (!changed[i] && /[\p{Script=Han}\d]/u.test(side.text[i]!)) return false;
    return true;
  };
  return pairs.flatMap((p) =>
    p.before && p.after && p.confidence < SURE_PAIRING && !sameFigure(p.before, p.after) && (whole(base, marks.deleted, p.before) || whole(other, marks.inserted, p.after))
      ? [{ before: p.before, after: null, confidence: 1 }, { before: null, after: p.after, confidence: 1 }]
      : [p],
  );
}

/**
 * Articles merged into one (第四十三条 and 第四十四条 → 第四十一条) often state the same fine each: the new article's one fine is what
 * both became. A figure of one merged clause, left over, that is the same as a figure of another merged clause paired with a new one
 * (same value, unit, bounds, party, tier and base), or the same quantity of a parallel clause (a cap of the same grant to another
 * kind of project), is paired with that new figure too, not dropped. An article split in two is the same seen from the other side.
 */
function followMerge(pairs: FigurePair[], base: DiffSide, other: DiffSide): FigurePair[] {
  // The same figure (sameFigure: value, unit, comparator, bounds and their strictness) for the same party, tier and base.
  const same = (a: Fact, b: Fact) => sameFigure(a, b) && a.subject === b.subject && a.tier === b.tier && a.base === b.base;
  // Or the same quantity of parallel clauses (对新建智能工厂的…最高150万元 and 对新建数字化车间的…最高100万元 → 对新建智能工厂、数字化
  // 车间的…最高300万元): of one kind, unit and comparator, for the same party, tier and base, named in words alike.
  const parallel = (a: Fact, b: Fact) =>
    a.kind === b.kind && a.unit === b.unit && a.comparator === b.comparator && !a.range === !b.range && a.subject === b.subject && a.tier === b.tier && a.base === b.base && bigramDice(a.quantity, b.quantity) >= PARALLEL_PHRASE;
  const paired = pairs.filter((p) => p.before && p.after);
  const twinOf = (side: DiffSide, f: Fact, mine: (q: FigurePair) => Fact) => {
    const others = paired.filter((q) => clauseOf(side, mine(q)) !== clauseOf(side, f));
    return others.find((q) => same(mine(q), f)) ?? others.find((q) => parallel(mine(q), f));
  };
  return pairs.map((p) => {
    if (p.before && !p.after && base.ids.length > 1) {
      const twin = twinOf(base, p.before, (q) => q.before!);
      if (twin) return { before: p.before, after: twin.after, confidence: twin.confidence };
    }
    if (p.after && !p.before && other.ids.length > 1) {
      const twin = twinOf(other, p.after, (q) => q.after!);
      if (twin) return { before: twin.before, after: p.after, confidence: twin.confidence };
    }
    return p;
  });
}

/** How alike (bigram Dice) the words of two figures of merged clauses must be for them to be one quantity of parallel clauses. */
const PARALLEL_PHRASE = 0.6;

/** A figure pair, and for a figure one side alone has, the clause of a merge (or split) on the other side it is counted for. */
type SpreadPair = FigurePair & { baseClause?: Range; otherClause?: Range };

/**
 * Articles merged because they said the same thing of different acts (第四十三条 伪造… and 第四十四条 隐匿… → 第四十一条 伪造…、隐匿…):
 * what the new article adds (违法所得一倍以上十倍以下, a 情节严重 tier) is added for each of the acts, as its old fines became the new
 * one for each. The merged clauses are parallel where a new figure is what figures of two or more of them became; a figure the new
 * article adds in the 款 of that figure is then listed once for each of them, placed there (第四十四条 → 第四十一条). An article split
 * in two is the same seen from the other side: a figure it drops is dropped from each part.
 */
function spreadOverParallel(pairs: FigurePair[], base: DiffSide, other: DiffSide): SpreadPair[] {
  const clauseRange = (side: DiffSide, id: string): Range | undefined => {
    const r = side.places.find((p) => p.place.at.clause === id && p.place.at.paragraph === undefined);
    return r && { start: r.start, end: r.end };
  };
  // The 款 a figure stands in (its clause where the clause has one 款).
  const paragraphOf = (side: DiffSide, f: Fact) => {
    const at = placeOf(side.places, f.start, f.end)?.at;
    return at ? `${at.clause}|${at.paragraph ?? ''}` : null;
  };
  // The clauses of the many side whose figures became (or came from) one figure of the one side, and the 款 of those figures of
  // the one side: what the merged acts share.
  const parallel = (many: DiffSide, one: DiffSide, mine: (p: FigurePair) => Fact | null, theirs: (p: FigurePair) => Fact | null) => {
    const by = new Map<Fact, Set<string>>();
    for (const p of pairs) {
      const [m, t] = [mine(p), theirs(p)];
      const id = m && t ? clauseOf(many, m) : null;
      if (!id || !t) continue;
      by.set(t, (by.get(t) ?? new Set()).add(id));
    }
    const ids = new Set<string>();
    const shared = new Set<string | null>();
    for (const [t, s] of by) {
      if (s.size < 2) continue;
      for (const id of s) ids.add(id);
      shared.add(paragraphOf(one, t));
    }
    return { ids: many.ids.filter((id) => ids.has(id)), shared };
  };
  const out: SpreadPair[] = [];
  const merged = base.ids.length > 1 ? parallel(base, other, (p) => p.before, (p) => p.after) : null;
  const split = other.ids.length > 1 ? parallel(other, base, (p) => p.after, (p) => p.before) : null;
  for (const p of pairs) {
    // Only what stands in the 款 the acts share: a figure of another 款 the new article gained (a reward for reporting) is its own.
    if (!p.before && merged && merged.ids.length > 1 && merged.shared.has(paragraphOf(other, p.after!))) {
      for (const id of merged.ids) out.push({ ...p, baseClause: clauseRange(base, id) });
    } else if (!p.after && split && split.ids.length > 1 && split.shared.has(paragraphOf(base, p.before!))) {
      for (const id of split.ids) out.push({ ...p, otherClause: clauseRange(other, id) });
    } else out.push(p);
  }
  return out;
}

/** The clause of a side a figure stands in. */
function clauseOf(side: DiffSide, f: Fact): string | null {
  return placeOf(side.places, f.start, f.end)?.at.clause ?? null;
}

const PUNCTUATION_ONLY = /^[\p{P}\p{Z}\s]*$/u;

/**
 * A deletion and insertion of punctuation only (（ → 《), or punctuation alone added or dropped, is a variant: unmarked, each side
 * still in its own wording (the base's in `base`).
 */
function quietPunctuation(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  // The closing marks an insertion (or a deletion) left open, innermost last, until a sentence ends: marks that close one are
  // part of that edit ({+净资产（+}所有者权益{+）+}), not a variant of their own.
  const open: Record<'insert' | 'delete', string[]> = { insert: [], delete: [] };
  const track = (seg: Segment) => {
    if (seg.op !== 'equal') oweClosingMarks(open[seg.op], seg.text);
    else if (/[。；！？\n]/.test(seg.text)) [open.insert, open.delete] = [[], []];
  };
  const closesEdit = (seg: Segment) => {
    if (seg.op === 'equal') return false;
    const marks = [...seg.text.replace(/\s+/g, '')];
    const stack = open[seg.op];
    return marks.length > 0 && marks.length <= stack.length && marks.every((ch, i) => stack[stack.length - 1 - i] === ch);
  };
  const quiet = (seg: Segment | undefined) => !!seg && seg.op !== 'equal' && PUNCTUATION_ONLY.test(seg.text) && !closesEdit(seg);
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    const next = segments[k + 1];
    const replaced = s.op === 'delete' && next?.op === 'insert';
    // Only what stays marked opens a bracket to close: a mark set aside as a variant (（ → 《) leaves its closing one a variant too.
    if (replaced && quiet(s) && quiet(next)) {
      appendSegment(out, { op: 'equal', text: next.text, base: s.text });
      k++;
    } else if (quiet(s) && !replaced) {
      appendSegment(out, s.op === 'insert' ? { op: 'equal', text: s.text, base: '' } : { op: 'equal', text: '', base: s.text });
    } else {
      appendSegment(out, s);
      track(s);
    }
  }
  return out;
}

function describeFigure(printedBefore: Fact | null, printedAfter: Fact | null, confidence: number, bText: string, oText: string, ctx: PassageContext): NumberChange {
  const role = printedBefore ? figureRole(printedBefore, bText) : figureRole(printedAfter!, oText);
  // A sum of another period is compared in the base's (每月3000元 → 每年3.6万元: the same amount), a validity against an end date as
  // the date it runs to (有效期3年 → 有效期至2026年12月31日); the report shows them as printed.
  const dates = !!printedBefore && !!printedAfter && (printedBefore.kind === 'date' || printedAfter.kind === 'date');
  const before = dates ? asEndDate(printedBefore!) : printedBefore;
  const after = before && printedAfter ? (dates ? asEndDate(printedAfter) : inPeriodOf(before, printedAfter)) : printedAfter;
  const change = !before ? 'added' : !after ? 'dropped' : sameFigure(before, after) ? 'unchanged' : 'changed';
  const comparable = before && after && compatible(before, after);
  // A range moves by its upper bound, or by its lower one where the upper stays (五千元以上五万元以下 → 一万元以上五万元以下).
  const [bv, av] = comparable && before.value === after.value && (before.range || after.range) ? [lowerBound(before), lowerBound(after)] : [before?.value ?? 0, after?.value ?? 0];
  const delta = comparable ? round(av - bv) : null;
  const relative = comparable && bv !== 0 ? round((av - bv) / bv) : null;
  // Both bounds of a range against a range, a sum or a cap (a floor alone, 一万元以上, has no upper bound to compare).
  const bounded = (f: Fact) => !!f.range || f.comparator === 'eq' || f.comparator === 'max';
  const bounds = comparable && (before.range || after.range) && bounded(before) && bounded(after) ? { min: round(lowerBound(after) - lowerBound(before)), max: round(after.value - before.value) } : null;
  const ref = before ?? after!;
  // A total of different size across jurisdictions is shown, not judged: it grows with the jurisdiction, where a share, a
  // coefficient (容积率1.5, no unit), a rate (元/千瓦时) or a figure counted per project, firm or mu does not.
  const total = ref.unit !== '%' && ref.kind !== 'number' && !ref.unit.includes('/') && ref.kind !== 'date';
  const scaleDependent = ctx.crossJurisdiction && (role === 'target' || role === 'budget') && total && !isPerUnit(ref, before ? bText : oText);
  const share = role === 'fee' && (before ? isShareOfStandard(before, bText) : isShareOfStandard(after!, oText));
  const weak = !!before && !!after && confidence < SURE_PAIRING;
  const cut = before ? isCut(before, bText) : isCut(after!, oText);
  const effect = change === 'unchanged' || scaleDependent || weak ? 'neutral' : judgeEffect(role, before, after, { share, cut });
  // Time limits in other units: which is longer, said in the Δ column (the effect is judged from it too).
  const length = before && after && !comparable && before.kind === 'duration' && after.kind === 'duration' ? longerTime(before, after) : 0;
  return {
    quantity: describeParty(ref) + withoutParty(ref), before: printedBefore, after: printedAfter, change, delta, relative,
    ...(length ? { longer: length > 0 ? ('longer' as const) : ('shorter' as const) } : {}),
    ...(bounds && bounds.min !== bounds.max ? { deltaBounds: bounds } : {}),
    effect, role, scaleDependent, confidence, ...(weak ? { weak } : {}),
  };
}



/** What a figure measures without the tier its party prefix names already (逾期未改正的：逾期未改正 处 罚款 → 逾期未改正的：处 罚款). */
function withoutParty(f: Fact): string {
  const q = f.tier && f.quantity.startsWith(f.tier) ? f.quantity.slice(f.tier.length).replace(/^[的，\s]+/, '') : f.quantity;
  return q || f.quantity;
}

/** The same bound or bounds: value, unit, comparator, and whether each bound is included. */
function sameFigure(a: Fact, printedB: Fact): boolean {
  const b = inPeriodOf(a, printedB);
  const r = (f: Fact) => (f.range ? `${f.range.min}${f.range.minStrict}${f.range.maxStrict}` : '');
  return a.value === b.value && a.unit === b.unit && a.comparator === b.comparator && a.strict === b.strict && r(a) === r(b);
}

/**
 * Where one article is compared with one of as many 款, the 款 of each figure (1-based): the n-th 款 of one is the n-th of the other,
 * so a figure is paired in its own 款 before one of the same value in another. Null elsewhere.
 */
function paragraphsOf(base: DiffSide, other: DiffSide): PairingContext['paragraphs'] {
  if (!base.articles || !other.articles || base.ids.length !== 1 || other.ids.length !== 1) return undefined;
  const count = (s: DiffSide) => new Set(s.places.map((r) => r.place.at.paragraph).filter((n) => n !== undefined)).size;
  if (count(base) < 2 || count(base) !== count(other)) return undefined;
  const of = (s: DiffSide) => (f: Fact) => placeOf(s.places, f.start, f.end)?.at.paragraph;
  return { base: of(base), other: of(other) };
}

/**
 * The responsible units and the lead, compared by their keys: each jurisdiction's own body is the same unit (市经信局 / 县经信局
 * between a city and a county), as the documents' own names are.
 */
function attributionChanges(base: DiffSide, other: DiffSide, places: RegExp, ownBodies: RegExp | null): Change[] {
  const out: Change[] = [];
  // Each body of a list (a lead names several: 市经信局、市财政局) by its key.
  const key = (u: string) => comparisonKeyText(ownBodies ? u.split('、').map((b) => b.replace(ownBodies, '◇')).join('、') : u, { places });
  const [bk, ok] = [base.units.map(key), other.units.map(key)];
  const [bu, ou] = [new Set(bk), new Set(ok)];
  const dropped = base.units.filter((_, k) => !ou.has(bk[k]!));
  const added = other.units.filter((_, k) => !bu.has(ok[k]!));
  if (dropped.length || added.length) {
    out.push({
      kind: 'responsible-units',
      before: base.units.length ? base.units.join('、') : null,
      after: other.units.length ? other.units.join('、') : null,
      items: [...added.map((u) => `+${u}`), ...dropped.map((u) => `−${u}`)],
    });
  }
  if (key(base.lead ?? '') !== key(other.lead ?? '') && (base.lead || other.lead)) out.push({ kind: 'lead', before: base.lead, after: other.lead });
  return out;
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
