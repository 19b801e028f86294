// Pairs the figures of two passages by what they measure: the word diff's line-up first, then phrase and unit.
import type { Fact } from '../model/fact.js';
import { comparisonKeyText } from '../normalize/comparison-key.js';
import { bigramDice } from './bigram-dice.js';
import { loadPenaltyTerms } from '../lexicon/load-penalty-terms.js';
import { isFine } from '../extract/read-penalty.js';
import { type FigureTiers, figureTiers } from './figure-tiers.js';

export interface FigurePair {
  before: Fact | null;
  after: Fact | null;
  confidence: number;
}

export interface PairingContext {
  baseText: string;
  otherText: string;
  places: RegExp;
  /** Different jurisdictions restate the same quantities with their own figures: weaker evidence pairs. */
  crossJurisdiction: boolean;
  /** Facts the word diff already lined up (the same figure, or one replaced by one in the same place). */
  anchored: Array<{ before: Fact; after: Fact; confidence: number }>;
  /** Who a time limit binds (judge-effect.ts figureRole): one the authority is given never pairs with one a person is given. */
  roleOf?: (f: Fact, text: string) => string;
  /** The 款 of each figure, where one article is compared with one of as many 款 (the n-th with the n-th). */
  paragraphs?: { base: (f: Fact) => number | undefined; other: (f: Fact) => number | undefined };
}

const THRESHOLD = 0.25;
/** Above this many candidate pairs (figures of one side × the other's) only figures near each other's place are compared. */
const MAX_CANDIDATE_PAIRS = 250_000;
const NEAR_FIGURES = 100;
const TIME_ROLES = new Set(['time-authority', 'time-person']);
/**
 * Below this a pairing is weak: the two figures may measure different things. A weak pair is shown as such and never judged
 * loosens or tightens (diff), and never reported as a contradiction (check).
 */
export const SURE_PAIRING = 0.5;
/**
 * Between jurisdictions a county plan restates the city's quantities with its own figures, so a figure
 * left over on both sides of a linked clause, of the same kind and in the same place, is likely the same
 * quantity; between versions of one document such leftovers are additions and drops.
 */
const CROSS_THRESHOLD = 0.18;
/** Words that say how a figure is pursued, not what it measures; left out when comparing phrases. */
const PURSUIT = /力争|确保|全年|累计|计划|争取|年度|预算|统筹|安排|实现|完成|新增|新开工|启动|建设|创建|打造|培育|推进|推动|支援|支持|给予|达到|以上|不少于|左右|其中/g;

/** What standing in the same 款 of two articles of as many 款 adds to a pairing's score, and standing in another takes away. */
const SAME_KUAN = 0.1;
const OTHER_KUAN = 0.15;

/** What being the one cap of its unit left on each side adds (as much as one named party's fine on each side). */
const ALONE_CAP = 0.25;
/** What the same 对…的 clause opening the figures' parts of their sentences adds (as much as one named party's fine on each side). */
const SAME_OPENER = 0.25;
/** What being the one figure of its unit left on each side adds to a pairing's score. */
const ALONE = 0.15;
/** …where their phrases are at least this alike: two figures alone in their clauses may still measure different things. */
const ALONE_PHRASE = 0.25;

/** Pairs base facts with other facts; the unpaired come back as dropped (after null) or added (before null). */
export function pairNumbers(baseFacts: Fact[], otherFacts: Fact[], ctx: PairingContext): FigurePair[] {
  const pairs: FigurePair[] = [];
  const usedB = new Set<Fact>();
  const usedO = new Set<Fact>();
  const itemKey = (f: Fact) => (f.item ? comparisonKeyText(f.item, { places: ctx.places }).replace(/[\s，、。；：“”（）]/g, '') : '');
  const otherItems = new Set(otherFacts.filter((f) => f.item).map(itemKey));
  const [rankB, rankO] = [standings(baseFacts), standings(otherFacts)];
  // The word diff may line up a figure with the same figure of another 款 (三分之二以上 of the old 第二款 with the new 第一款's, where
  // the old 第二款's own became 四分之三以上): between articles of as many 款, such a line-up is left to the pairing below.
  const kuan = ctx.paragraphs;
  const otherKuan = (a: { before: Fact; after: Fact }) => {
    if (!kuan) return false;
    const [b, o] = [kuan.base(a.before), kuan.other(a.after)];
    return b !== undefined && o !== undefined && b !== o;
  };
  pairFigureTiers(baseFacts, otherFacts, ctx, usedB, usedO, pairs);
  for (const a of ctx.anchored) {
    if (usedB.has(a.before) || usedO.has(a.after) || !partyFits(a.before, a.after) || otherKuan(a)) continue;
    // Two tiers of 分别 lists that happen to print the same sum (分别奖励50万元、100万元 → 30万元、60万元、100万元) are different
    // tiers: where the other list names the base figure's own tier, the figure pairs with that tier's.
    if (a.before.item && a.after.item && itemKey(a.before) !== itemKey(a.after) && otherItems.has(itemKey(a.before))) continue;
    // Lists of as many tiers with no items named: a figure pairs with the figure in its own place, not one that prints the same sum.
    if (!a.before.item && !a.after.item) {
      const [b, o] = [rankB.get(a.before), rankO.get(a.after)];
      if (b && o && b.runLength > 1 && b.runLength === o.runLength && b.rank !== o.rank) continue;
    }
    usedB.add(a.before);
    usedO.add(a.after);
    pairs.push({ ...a });
  }
  const freeB = baseFacts.filter((f) => !usedB.has(f));
  const freeO = otherFacts.filter((f) => !usedO.has(f));
  const whoB = freeB.map((f) => (f.kind === 'duration' && ctx.roleOf ? ctx.roleOf(f, ctx.baseText) : ''));
  const whoO = freeO.map((f) => (f.kind === 'duration' && ctx.roleOf ? ctx.roleOf(f, ctx.otherText) : ''));
  const actorsDiffer = (i: number, j: number) => TIME_ROLES.has(whoB[i]!) && TIME_ROLES.has(whoO[j]!) && whoB[i] !== whoO[j];
  // Each free figure's 款, read once (not for every candidate pair).
  const [kuanB, kuanO] = kuan ? [freeB.map(kuan.base), freeO.map(kuan.other)] : [null, null];
  const fineB = freeB.map((f) => isFine(ctx.baseText, f));
  const fineO = freeO.map((f) => isFine(ctx.otherText, f));
  // How many figures of each unit are left on each side (one alone on each is likely the same quantity).
  const countOf = (facts: Fact[]) => facts.reduce((m, f) => m.set(f.unit, (m.get(f.unit) ?? 0) + 1), new Map<string, number>());
  const [countB, countO] = [countOf(freeB), countOf(freeO)];
  const capsOf = (facts: Fact[]) => countOf(facts.filter((f) => f.comparator === 'max' && !f.range));
  // Caps of one role (a grant's cap and a condition's ceiling, 项目总投资不超过1000万元的, are two things).
  const grantCaps = (b: Fact, o: Fact) => !ctx.roleOf || ctx.roleOf(b, ctx.baseText) === ctx.roleOf(o, ctx.otherText);
  const [capsB, capsO] = [capsOf(freeB), capsOf(freeO)];
  const bFeat = freeB.map((f) => features(f, ctx.baseText, rankB.get(f)!, ctx.places));
  const oFeat = freeO.map((f) => features(f, ctx.otherText, rankO.get(f)!, ctx.places));
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  // Figures far apart in long passages are not compared: each with those near its place in the other passage (the word diff has
  // lined up the rest), so a passage of thousands of figures is not paired in their square.
  const [nB, nO] = [freeB.length, freeO.length];
  const wide = nB * nO > MAX_CANDIDATE_PAIRS;
  freeB.forEach((b, i) => {
    const centre = nB > 1 ? Math.round((i / (nB - 1)) * (nO - 1)) : 0;
    const [from, to] = wide ? [Math.max(0, centre - NEAR_FIGURES), Math.min(nO - 1, centre + NEAR_FIGURES)] : [0, nO - 1];
    for (let j = from; j <= to; j++) {
      const o = freeO[j]!;
      // A fine pairs with a fine only, never with a figure that draws the line between tiers of one (不足10万元的).
      if (!pairable(b, o) || !partyFits(b, o) || fineB[i] !== fineO[j] || actorsDiffer(i, j)) continue;
      const fb = bFeat[i]!;
      const fo = oFeat[j]!;
      let score = 0.45 * bigramDice(fb.phrase, fo.phrase) + 0.15 * bigramDice(fb.before, fo.before) + 0.15 * bigramDice(fb.after, fo.after);
      score += 0.15 * (1 - Math.abs(fb.position - fo.position));
      if (b.value === o.value) score += 0.15;
      // Two articles of as many 款: a figure of the same 款 is likelier its own, one of another 款 less.
      if (kuanB && kuanO && kuanB[i] !== undefined && kuanO[j] !== undefined) score += kuanB[i] === kuanO[j] ? SAME_KUAN : -OTHER_KUAN;
      if (b.unit === o.unit) score += 0.05;
      // Two fines on the same named person (单位, 直接负责的主管人员…) of the same tier are one sanction, however its words changed.
      if (b.subject && b.subject === o.subject) score += 0.25;
      else if (fineB[i]) score += 0.15;
      // Two grants to the same beneficiary, named by the 对…的 clause that opens their part of the sentence (对在沪深交易所首发上市的企业，
      // 给予一次性奖励500万元 → 对在沪深交易所首发上市的企业，分阶段给予奖励，合计最高800万元；对在北交所上市的企业…300万元): as a fine's named party.
      if (fb.opener && fb.opener === fo.opener) score += SAME_OPENER;
      // The one figure of its unit on each side, named in words alike (奖励标准为每家20万元 → 每家奖励10万元): the same quantity.
      if (b.unit === o.unit && countB.get(b.unit) === 1 && countO.get(o.unit) === 1 && bigramDice(fb.phrase, fo.phrase) >= ALONE_PHRASE) score += ALONE;
      // The one cap of its unit on each side (最高不超过50万元 → 单户企业奖励封顶30万元): the same ceiling, however it is worded.
      else if (b.comparator === 'max' && o.comparator === 'max' && b.unit === o.unit && !b.range && !o.range && capsB.get(b.unit) === 1 && capsO.get(o.unit) === 1 && grantCaps(b, o)) score += ALONE_CAP;
      if (b.item && o.item) score += 0.3 * bigramDice(fb.item, fo.item) - 0.1;
      else if (fb.rank === fo.rank && fb.runLength > 1 && fo.runLength > 1) score += 0.1;
      // Two lists of as many tiers: another tier's figure is another quantity, whatever sum it prints.
      else if (fb.runLength > 1 && fb.runLength === fo.runLength) score -= 0.2;
      if (score >= (ctx.crossJurisdiction ? CROSS_THRESHOLD : THRESHOLD)) candidates.push({ i, j, score });
    }
  });
  // Ties go to the figures earlier in both passages (i + j): two candidates that compete for a figure never tie on
  // that, so the pairing does not depend on which passage is the base.
  candidates.sort((x, y) => y.score - x.score || x.i + x.j - (y.i + y.j));
  for (const c of candidates) {
    const b = freeB[c.i]!;
    const o = freeO[c.j]!;
    if (usedB.has(b) || usedO.has(o)) continue;
    usedB.add(b);
    usedO.add(o);
    pairs.push({ before: b, after: o, confidence: Math.min(1, Math.round(c.score * 100) / 100) });
  }
  pairChangedForms(baseFacts.filter((f) => isFine(ctx.baseText, f)), otherFacts.filter((f) => isFine(ctx.otherText, f)), usedB, usedO, pairs);
  for (const b of baseFacts) if (!usedB.has(b)) pairs.push({ before: b, after: null, confidence: 1 });
  for (const o of otherFacts) if (!usedO.has(o)) pairs.push({ before: null, after: o, confidence: 1 });
  const pos = (p: FigurePair) => (p.after ? p.after.start : p.before!.start) + (p.after ? 0 : 0.5);
  return pairs.sort((x, y) => pos(x) - pos(y));
}

/**
 * Tiers named by a figure (首次突破100亿元、50亿元、10亿元的，分别奖励500万元、200万元、50万元 → 50亿元、20亿元、10亿元的…300万元、100万元、
 * 50万元): a threshold pairs with the other side's of the same value, an award with the award of the same tier (the 50亿元 tier
 * 200万元 → 300万元); between two such tiers as many tiers on each side are the same tiers with their thresholds changed; else a
 * tier only one side has is dropped or added whole, threshold and award, never paired by its place in the list.
 */
function pairFigureTiers(baseFacts: Fact[], otherFacts: Fact[], ctx: PairingContext, usedB: Set<Fact>, usedO: Set<Fact>, pairs: FigurePair[]): void {
  const [tb, to] = [figureTiers(baseFacts, ctx.baseText), figureTiers(otherFacts, ctx.otherText)];
  if (!tb.label.size || !to.label.size) return;
  // The tiers of each side in the list's order, by key; those of a key both sides have anchor the line-up.
  const order = (t: FigureTiers) => [...t.label].sort((x, y) => x[0].start - y[0].start).map(([, k]) => k);
  const [kb, ko] = [order(tb), order(to)];
  const shared = new Set(kb.filter((k) => ko.includes(k)));
  // Between two shared tiers (or before the first, after the last), as many tiers on each side are the same tiers, their
  // thresholds changed (突破100亿元、50亿元、10亿元 → 120亿元、60亿元、12亿元); else those of one side are dropped or added.
  const gaps = (keys: string[]) => {
    const out = new Map<string, { gap: number; at: number }>();
    let gap = 0;
    const seen = new Map<number, number>();
    for (const k of keys) {
      if (shared.has(k)) gap++;
      else {
        const at = seen.get(gap) ?? 0;
        seen.set(gap, at + 1);
        out.set(k, { gap, at });
      }
    }
    return { out, counts: seen };
  };
  const [gb, go] = [gaps(kb), gaps(ko)];
  const mateKey = new Map<string, string>(kb.filter((k) => shared.has(k)).map((k) => [k, k]));
  for (const [k, { gap, at }] of gb.out) {
    if (gb.counts.get(gap) !== go.counts.get(gap)) continue;
    const other = [...go.out].find(([, g]) => g.gap === gap && g.at === at)?.[0];
    if (other) mateKey.set(k, other);
  }
  for (const [b, o] of [[tb.label, to.label], [tb.award, to.award]] as const) {
    const byKey = new Map<string, Fact[]>();
    for (const [g, k] of o) byKey.set(k, [...(byKey.get(k) ?? []), g]);
    for (const [f, key] of b) {
      const target = mateKey.get(key);
      const mate = target === undefined ? undefined : byKey.get(target)?.find((g) => !usedO.has(g) && pairable(f, g));
      if (mate) {
        usedB.add(f);
        usedO.add(mate);
        pairs.push({ before: f, after: mate, confidence: 1 });
      } else if (target === undefined) {
        usedB.add(f);
        pairs.push({ before: f, after: null, confidence: 1 });
      }
    }
    const targets = new Set(mateKey.values());
    for (const [g, key] of o) {
      if (usedO.has(g) || targets.has(key)) continue;
      usedO.add(g);
      pairs.push({ before: null, after: g, confidence: 1 });
    }
  }
}

/** How sure a fine whose form changed is its old self: the same person, tier and article, no other fine of theirs left over. */
const CHANGED_FORM = 0.6;

/**
 * A fine whose form changed — a multiple of another sum become an amount (所需费用3倍的罚款 → 5万元以上20万元以下的罚款), or the
 * other way — is one fine changed, not one dropped and one added: paired where it is the only fine left over on each side for its
 * person and tier, and where the other side has no fine of its old form at all (公司法: 虚假出资金额百分之五以上百分之十五以下 kept as
 * the 情节严重 tier, a new 五万元以上二十万元以下 below it; a merge whose other article's fine is paired already). Its two figures
 * cannot be compared, so it is not judged.
 */
function pairChangedForms(finesB: Fact[], finesO: Fact[], usedB: Set<Fact>, usedO: Set<Fact>, pairs: FigurePair[]): void {
  const party = (f: Fact) => `${f.subject ?? ''}|${tierKey(f.tier) ?? ''}`;
  const left = (fines: Fact[], used: Set<Fact>, others: Fact[]) => {
    const byParty = new Map<string, Fact[]>();
    for (const f of fines) if (!used.has(f)) byParty.set(party(f), [...(byParty.get(party(f)) ?? []), f]);
    // A party with a fine whose form the other side has is no change of form.
    for (const [who, fs] of byParty) if (fs.some((f) => others.some((g) => pairable(f, g)))) byParty.delete(who);
    return byParty;
  };
  const [lb, lo] = [left(finesB, usedB, finesO), left(finesO, usedO, finesB)];
  for (const [who, bs] of lb) {
    const os = lo.get(who);
    if (bs.length !== 1 || os?.length !== 1) continue;
    usedB.add(bs[0]!);
    usedO.add(os[0]!);
    pairs.push({ before: bs[0]!, after: os[0]!, confidence: CHANGED_FORM });
  }
}

/** A fine is paired only with a fine on the same person and of the same tier (单位 / 直接负责的主管人员; 情节严重的). */
export function sameParty(a: Fact, b: Fact): boolean {
  return a.subject === b.subject && tierKey(a.tier) === tierKey(b.tier);
}

/**
 * Whether two figures may be one sanction of one party: the same tier, and the same party or one side naming none the lexicon knows
 * (文物商店、拍卖企业有前款规定的违法行为的 → 文物销售单位…: 单位 read on one side only), unless the one named is a person
 * answering for the party (直接负责的主管人员…). Where a figure of the same named party competes, that one scores higher.
 */
function partyFits(a: Fact, b: Fact): boolean {
  const named = a.subject ?? b.subject;
  const unread = (!a.subject || !b.subject) && !RESPONSIBLE_PERSONS.test(named ?? '');
  // A party named by its kind only (保险代理公司 → 保险代理机构), not one of the lexicon, is the same actor renamed.
  const renamed = !!a.subject && !!b.subject && !lexiconParty(a.subject) && !lexiconParty(b.subject);
  return (a.subject === b.subject || unread || renamed) && tierKey(a.tier) === tierKey(b.tier);
}

function lexiconParty(subject: string): boolean {
  lexiconParties ??= new Set(loadPenaltyTerms().parties);
  return lexiconParties.has(subject);
}
let lexiconParties: Set<string> | null = null;

/** The persons a fine names beside the party that breached (直接负责的主管人员, 其他直接责任人员, 主要负责人): never the party left unnamed. */
const RESPONSIBLE_PERSONS = /人员|负责人/;

/**
 * The tier a condition names, as the shortest tier of penalty-terms.tsv inside it: 造成严重后果 and 造成其他严重后果 (read as 严重后果)
 * are one tier reworded, 情节严重 and 情节较重 are two.
 */
function tierKey(tier: string | undefined): string | undefined {
  if (!tier) return tier;
  // A failure to act by a deadline, however it is worded (逾期不拆除, 逾期仍不拆除, 逾期未拆除; 逾期不改, 逾期不改正): one tier.
  if (tier.startsWith('逾期')) return tier.replace(/^逾期[仍还]?[不未]/, '逾期不').replace(/改正$/, '改');
  shortestTiers ??= [...loadPenaltyTerms().tiers].reverse();
  return shortestTiers.find((t) => tier.includes(t)) ?? tier;
}

/** The lexicon's tiers, shortest first (it lists them longest first). */
let shortestTiers: string[] | null = null;

/**
 * Whether two figures can be the same figure changed: compatible ones, and two time limits in other units (十日 → 十个工作日 where a
 * law redefines its days, 六个月 → 一年), whose change is told by longerTime.
 */
export function pairable(a: Fact, b: Fact): boolean {
  return compatible(a, b) || (a.kind === 'duration' && b.kind === 'duration' && a.base === b.base);
}

/** Lengths in months (年, 季度, 月) and in days (周, 天, 日); a month is about 30.4 days where the two must be compared. */
const MONTHS: Record<string, number> = { 年: 12, 季度: 3, 月: 1 };

/**
 * A sum recurring over another period than the reference's, told in the reference's (每年3.6万元 seen from 每月3000元: 3000元 a
 * month), so the two compare as one amount; the fact itself where a period is missing on either side, the same, or not one of years,
 * quarters and months (每日 against 每月 depends on which days count).
 */
export function inPeriodOf(ref: Fact, f: Fact): Fact {
  const [from, to] = [f.period && MONTHS[f.period], ref.period && MONTHS[ref.period]];
  if (!from || !to || from === to) return f;
  const k = to / from;
  const range = f.range && { ...f.range, min: round6(f.range.min * k), max: round6(f.range.max * k) };
  return { ...f, value: round6(f.value * k), period: ref.period, ...(range ? { range } : {}) };
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
const DAYS: Record<string, number> = { 周: 7, 天: 1, 日: 1 };

/**
 * Which of two time limits in different units is longer: +1 if the second, −1 if the first, 0 if it cannot be told. Years, months,
 * weeks and days by their length; working days against days only where that settles it (十日 → 十个工作日 is longer).
 */
export function longerTime(a: Fact, b: Fact): number {
  const [ma, mb] = [MONTHS[a.unit], MONTHS[b.unit]];
  if (ma !== undefined && mb !== undefined) return Math.sign(b.value * mb - a.value * ma);
  const days = (f: Fact) => (MONTHS[f.unit] !== undefined ? f.value * MONTHS[f.unit]! * 30.4 : DAYS[f.unit] !== undefined ? f.value * DAYS[f.unit]! : undefined);
  const [da, db] = [days(a), days(b)];
  // Weeks and days by their length; months against days where the days fall outside what so many months can be (a month is 28 to
  // 31 days: 三个月 → 九十日 is the same limit, 一年 → 三百三十日 is shorter).
  if (da !== undefined && db !== undefined && ma === undefined && mb === undefined) return Math.sign(db - da);
  if (da !== undefined && db !== undefined) {
    const [months, days, sign] = ma !== undefined ? [a.value * ma, db, 1] : [b.value * mb!, da, -1];
    const [low, high] = [months * 30.4 - 3, months * 30.4 + 3];
    return days < low ? -sign : days > high ? sign : 0;
  }
  // Working days against days only where that settles it: as many working days or more is longer.
  if (a.unit === '工作日' && DAYS[b.unit] === 1) return b.value <= a.value ? -1 : 0;
  if (b.unit === '工作日' && DAYS[a.unit] === 1) return b.value >= a.value ? 1 : 0;
  return 0;
}

/** Same dimension: the same canonical unit, or two counts (家 and 个 both count things). */
export function compatible(a: Fact, b: Fact): boolean {
  // A validity from its start (有效期3年) and the end date printed (有效期至2026年12月31日) are one date.
  if (a.kind === 'date' && b.until !== undefined) return true;
  if (b.kind === 'date' && a.until !== undefined) return true;
  if (a.kind === 'date' || b.kind === 'date') return a.kind === b.kind;
  if (a.base !== b.base) return false; // 违法所得的倍数 and 货值金额的倍数 measure different things
  if (a.unit === b.unit) return true;
  // Two counts of things (家 and 个), never a rate (4次/年) and a count.
  return a.kind === 'count' && b.kind === 'count' && !a.unit.includes('/') && !b.unit.includes('/');
}

interface Features {
  phrase: string;
  /** The words just before and just after the figure. */
  before: string;
  after: string;
  /** Place among the passage's figures, 0 (first) to 1 (last). */
  position: number;
  item: string;
  rank: number;
  runLength: number;
  /** Whom the figure's part of its sentence is for, where a 对…的 clause opens it (对在沪深交易所首发上市的企业): '' where none does. */
  opener: string;
}

/** A 对 clause closed by 的 that opens the part of a sentence a figure stands in (after 。, ；, a line or the passage's start), before the figure. */
const OPENER = /^对([^，。；：]{2,40}?的)[^，。；：]{0,6}[，：]/;

/** Where a figure stands among its passage's figures: its place (0 first to 1 last), and its rank in its run (分别 list) of one label. */
type Standing = Pick<Features, 'position' | 'rank' | 'runLength'>;

/** Each figure's standing, counted once for the passage (a run is the figures of one label and unit, in order). */
function standings(all: Fact[]): Map<Fact, Standing> {
  const seen = new Map<string, number>();
  const at = all.map((f) => {
    const k = `${f.quantity}|${f.unit}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return [k, n] as const;
  });
  return new Map(all.map((f, i) => [f, { position: all.length > 1 ? i / (all.length - 1) : 0.5, rank: at[i]![1], runLength: seen.get(at[i]![0])! }]));
}

/** Where the part of a sentence that holds `at` begins: after the last 。, ； or line break before it. */
function partStart(text: string, at: number): number {
  let k = at;
  while (k > 0 && !'。；\n'.includes(text[k - 1]!)) k--;
  return k;
}

function features(f: Fact, text: string, standing: Standing, places: RegExp): Features {
  const key = (s: string) =>
    comparisonKeyText(s, { places, numbers: true })
      .replace(/[\s，、。；：“”（）]/g, '')
      .replace(PURSUIT, '');
  return {
    phrase: key(f.quantity),
    before: key(text.slice(Math.max(0, f.start - 12), f.start).split(/[，。；]/).pop() ?? ''),
    after: key(text.slice(f.end, f.end + 8).split(/[，。；]/)[0] ?? ''),
    item: key(f.item ?? ''),
    opener: key(OPENER.exec(text.slice(partStart(text, f.start), f.start))?.[1] ?? ''),
    ...standing,
  };
}
