// Whether a changed figure loosens or tightens the policy: the figure's role decides which direction is which.
import type { Effect, FigureRole } from '../model/clause-diff.js';
import { type Fact, lowerBound } from '../model/fact.js';
import { isFine } from '../extract/read-penalty.js';
import { compatible, longerTime } from './pair-numbers.js';
import { type Cue, cueWords, loadFigureRoles } from '../lexicon/load-figure-roles.js';
import { escapeRegExp } from '../normalize/reverse-vocabulary.js';
import { ITEM_LINE, itemLineStart, sentenceEnd, sentenceStart as sentenceStartAt } from '../text/sentence-bounds.js';

/** Money set aside in so many words: 安排…资金, 财政…安排 (the single words are role-cues.tsv's budget cues). */
const BUDGET_PHRASE = /安排.{0,6}资金|财政.{0,4}安排|资金\s*(?:总额)?\s*(?:约|共|合计|为|达)?\s*$/;
const CONDITION_AFTER = /^(?:（含）)?(?:以上|以下|及以上|及以下)?(?:的|且|或|、[^，。；\d零〇一二两三四五六七八九十百千万亿]{1,16}?的)/;
/**
 * What the figure's clause says after it before a 的 that closes a condition opened by 对 (对招用16—24岁登记失业青年并签订劳动合同的企业):
 * no grant on the way (对…给予50万元的补助 grants it).
 */
const NAMED_THEN_CLOSED = /^[^，。；（(对\d]{1,20}?的/;
/** A condition a grant is paid on (连续2年保持在库的方予兑现, …后方可申请). */
const PAID_ON = /^[^，。；]{0,12}?(?:的方予|的方可|后方可|的，方予|方能)/;
const CONDITION_BEFORE = /(?:对|凡|达到?|超过|年满|未满|年.{0,8}额)[^，。；]{0,40}$/;
/** A figure printed with its condition word (年满60周岁, 超过100万元 — not 不超过, which caps a grant or a charge). */
const CONDITION_WORD = /^(?:年满|未满|满|超过|达到)/;
let built: Record<'requirement' | 'ban' | 'suspension' | 'keep' | 'pay' | 'boundedSubject' | 'authority' | 'person' | 'cutBefore' | 'cutAfter' | 'perBefore' | 'personAct' | 'authorityAct', RegExp> | null = null;
/** The patterns around the cue words of role-cues.tsv (ban, suspension, requirement, keep, pay, subject, cut, per; who acts), built once. */
function patterns() {
  if (built) return built;
  const req = cueWords('requirement');
  // At a clause's start only a word that is not also a target's (具有…以上, not 达到…), and not a bare 有.
  const reqAlone = cueWords('requirement', (w) => w.length > 1 && !cueWords('target').split('|').includes(w));
  built = {
    // What one must have or be (应当有二人以上二百人以下为发起人, 具备…以上): a requirement to meet.
    requirement: new RegExp(`(?:应当|必须|须)(?:${req})[^，。；]{0,10}$|^(?:${reqAlone})[^，。；]{0,10}$`),
    // A ban or detention of so long: 五年内不得从事, 一年以上三年以下禁止组织, 十五日以下行政拘留.
    ban: new RegExp(`^(?:（含）)?(?:以上|以下|以内)?内?的?(?:行政)?(?:${cueWords('ban')})`),
    // A suspension or ban of so long, named before it: 暂停其任职资格一至三年.
    suspension: new RegExp(`(?:${cueWords('suspension')})[^，。；]{0,12}$`),
    // How long a record must be kept (应当至少保存五年).
    keep: new RegExp(`(?:${cueWords('keep')})[^，。；]{0,6}$`),
    // So many months or years of pay or income (40个月的基本工资).
    pay: new RegExp(`^的?(?:基本)?(?:${cueWords('pay')})`),
    // A bounded figure that qualifies a subject (三百人以上的有限责任公司).
    boundedSubject: new RegExp(`^(?:（含）)?(?:及?以上|及?以下|以内|不满|不足)?的[^，。；]{0,12}?(?:${cueWords('subject')})`),
    // Every authority or person named (matched throughout, for who is named last before a time limit).
    authority: new RegExp(cueWords('authority'), 'g'),
    person: new RegExp(cueWords('person'), 'g'),
    // The size of a cut: a cut word just before the figure (降低20%), or just after it (按50%减征).
    cutBefore: new RegExp(`(?:${cueWords('cut')})$`),
    cutAfter: new RegExp(`^(?:${cueWords('cut')})`),
    // What a figure is counted per, named in its clause before it (单个项目补助总额不超过500万元).
    perBefore: new RegExp(`(?:${cueWords('per')})[^，。；：]{0,12}$`),
    // What is done within a time limit, the verb right after it (在1年内缴清, 二十日内作出决定), or after the body it is done before
    // (十五日前，向区主管部门提出申请).
    personAct: new RegExp(`^(?:向[^，。；]{1,16}?)?(?:${cueWords('person-act')})`),
    authorityAct: new RegExp(`^(?:${cueWords('authority-act')})`),
  };
  return built;
}

/** A condition that closes right after its figure (违法所得五万元以上的，处…; 营业额超过4亿元人民币的，应当申报). */
const CONDITION_CLOSES = /^(?:人民币|美元)?(?:（含）)?(?:及?以上|及?以下|以内|不满|不足)?的[，,]/;
/** A lead that lists conditions: 有下列情形之一的，… / 达到下列标准之一的，…： — the part after 的， is what follows from them. */
const LIST_OF_CONDITIONS = /下列[^，。；：]{0,12}的[，,]([^：:]*)[：:]\s*$/;

/**
 * The role of a figure in its clause (figure-roles.tsv), read from the words around it (role-cues.tsv): a fine is a penalty; a
 * condition on who qualifies a threshold, and one beyond which a duty, ban or sanction applies a trigger; a time limit is the
 * authority's or a person's by who must act; then budget, fee, benefit and target by their cue words. No cue: unknown, which is
 * never judged.
 */
export function figureRole(f: Fact, text: string): FigureRole {
  // A member of a list of figures with their labels (初级工1000元、中级工1500元、高级工2000元的标准给予培训补贴) plays the role of the
  // list, which its last member's words say.
  const runsOn = listRest(f, text);
  if (runsOn) return figureRole({ ...f, start: f.end + runsOn, end: f.end + runsOn }, text);
  if (isFine(text, f)) return 'penalty';
  const { cues } = loadFigureRoles();
  const cue = (c: Cue, s: string) => cues.get(c)!.test(s);
  const sentenceStart = sentenceStartAt(text, f.start);
  const sentenceBefore = text.slice(sentenceStart, f.start);
  const before = sentenceBefore.slice(-24);
  const clauseBefore = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('：')) + 1);
  const after = text.slice(f.end, f.end + 12);
  const afterPart = (after.split(/[，。；、]/)[0] ?? '').replace(/\s+/g, '');
  // The figure is what is granted (50万元的补助, 20%给予补助), not a condition on who gets it (…以上的企业给予奖励).
  const lead = afterPart.replace(/^(?:（含）)?(?:及?以上|及?以下)?的?/, '');
  const k = lead.search(cues.get('benefit')!);
  const granted = k >= 0 && k <= 12 && !/企业|单位|项目|者|人|机构|家庭|费率|收费/.test(lead.slice(0, k));
  const rest = text.slice(f.end, sentenceEnd(text, f.end));
  // 职工人数三百人以上的有限责任公司，…应当有公司职工代表: a bounded condition on a subject whose sentence sets a duty.
  const bound = f.comparator !== 'eq' && f.comparator !== 'approx' && patterns().boundedSubject.test(after) && !granted && cue('duty', rest) && !cue('benefit', rest);
  const clauseAfter = text.slice(f.end, f.end + 24);
  const closed = NAMED_THEN_CLOSED.exec(clauseAfter)?.[0] ?? '';
  // 对 opening the figure's clause (对招用…, …，对年销售额…), not 对 of a name or an object (国务院对外贸易主管部门, 申请人对…不服).
  // Nothing granted between the 对 and the figure (对符合条件的企业给予设备投资额10%、最高500万元的补助 grants).
  const opener = /(?:^|[，；：])对([^，。；]*)$/.exec(sentenceBefore);
  const named = !!closed && !!opener && !cue('benefit', opener[1]!) && !cue('benefit', closed) && !cue('fee', closed);
  const opened = CONDITION_BEFORE.test(sentenceBefore) || CONDITION_WORD.test(f.text);
  const condition = ((CONDITION_AFTER.test(after) && opened) || named) && !granted ? true : CONDITION_CLOSES.test(after) || PAID_ON.test(clauseAfter) || bound;
  if (condition) return conditionRole(rest, cue);
  // What one must have or be (应当有二人以上二百人以下为发起人, 应当具备…以上): a requirement to meet.
  if (patterns().requirement.test(clauseBefore)) return 'threshold';
  // An item of a list of conditions (达到下列标准之一的，经营者应当事先申报：（一）…超过100亿元…): what the lead binds one to decides.
  const listed = listLead(text, f.start);
  if (listed !== null) return conditionRole(listed, cue);
  // How long a ban or a suspension lasts (五年内不得从事…; 暂停其任职资格一至三年) is a sanction's measure.
  if (f.kind === 'duration' && (patterns().ban.test(after) || patterns().suspension.test(clauseBefore))) return 'penalty';
  if (f.kind === 'duration' && patterns().keep.test(clauseBefore)) return 'threshold';
  if (f.kind === 'duration') {
    // The first years of a benefit (前3年按其实际租金的50%给予补贴, 前三年免征): how long it lasts.
    if (/前$/.test(clauseBefore) && cue('benefit', text.slice(f.end, f.end + /^[^，。；]*/.exec(text.slice(f.end, f.end + 40))![0].length))) return 'benefit';
    const who = timeRole(sentenceBefore.slice(-80));
    // How long a benefit is paid (继续发放6个月, 最多可连续支持3年): its verb right before, where no one is given the time to act.
    if (who !== 'unknown') return who;
    // A limit to act within (三十日内) that names no one: the verb right after it says who acts (在1年内缴清, 二十日内作出决定), not a
    // word inside what follows (三十日内对申报材料进行审核).
    const within = /内$/.test(f.text);
    const done = after.replace(/^[，,\s]+/, '').replace(/^依法/, '');
    // So long before (在举办活动的十五日前，向区主管部门提出申请): a lead time the one who acts must give.
    if ((within || /前$/.test(f.text)) && patterns().personAct.test(done)) return 'time-person';
    if (within && patterns().authorityAct.test(done)) return 'time-authority';
    // How long a benefit lasts (享受不超过3年的租金减免, 首2小时免费): the benefit named right after it (连续3年保持在规的再给予… is a
    // condition on it).
    if (granted && k <= 4 && !within && !CONDITION_WORD.test(f.text) && !/(?:连续|累计|工作)$/.test(clauseBefore)) return 'benefit';
    // Not a time limit to act within (自收到资助经费之日起7日内，通知…): that one is the actor's, though no actor is named.
    if (cue('benefit', clauseBefore.slice(-8)) && !/^(?:以上|以下|以内|内)?的|^内/.test(after) && !within) return 'benefit';
    // So many months of pay (加本人40个月的基本工资) in a sentence that grants something.
    return patterns().pay.test(after) && cue('benefit', sentenceBefore) ? 'benefit' : who;
  }
  // A benefit as a multiple of a base (一次性抚恤金标准是…人均可支配收入的20倍).
  if (f.kind === 'multiple' && cue('benefit', sentenceBefore)) return 'benefit';
  if (f.kind === 'money' && (cue('budget', clauseBefore) || BUDGET_PHRASE.test(clauseBefore))) return 'budget';
  const near = `${clauseBefore}${afterPart}`;
  if (!granted && cue('fee', near) && !cue('benefit', near)) return 'fee';
  if ((f.kind === 'money' || f.kind === 'ratio' || f.comparator === 'max') && cue('benefit', near)) return 'benefit';
  // A cap that follows the grant it limits (…给予补助，最高不超过100万元).
  if ((f.kind === 'money' || f.kind === 'ratio') && f.comparator === 'max' && cue('benefit', sentenceBefore.slice(-40))) return 'benefit';
  if (cue('target', sentenceBefore.slice(-40) + f.text) || cue('target', afterPart)) return 'target';
  // A floor or an approximate figure a policy sets, where nothing makes it a condition, is a goal (10家以上, 800个左右).
  if (f.comparator === 'min' || f.comparator === 'approx') return 'target';
  return 'unknown';
}

/** Digits and numerals a figure is printed with. */
const NUMBER_CHARS = '\\d零〇一二两三四五六七八九十百千万亿点.';
/** The unit a figure's text ends in (1000元 → 元). */
const UNIT_TAIL = new RegExp(`[^${NUMBER_CHARS}]+$`);
/** For each unit, the members of a list that follow a figure of it (、中级工1500元…), built once. */
const listMembers = new Map<string, RegExp>();

/** How far the list a figure opens runs on after it (、中级工1500元、高级工2000元), each member a label and a figure of its unit; 0 for none. */
function listRest(f: Fact, text: string): number {
  if (text[f.end] !== '、') return 0;
  const unit = UNIT_TAIL.exec(f.text)?.[0];
  if (!unit || unit.length > 4) return 0;
  let members = listMembers.get(unit);
  if (!members) listMembers.set(unit, (members = new RegExp(`^(?:、[\\u4e00-\\u9fff]{0,8}?[${NUMBER_CHARS}]+${escapeRegExp(unit)})+`)));
  return members.exec(text.slice(f.end, f.end + 120))?.[0].length ?? 0;
}

/**
 * A condition's role by what follows it: qualifying for a benefit is a threshold; a sanction makes it the line between two tiers of a
 * penalty (违法所得二十万元以上的，处…; 不足二十万元的，处…), which is not judged; a duty or ban makes it a trigger.
 */
function conditionRole(consequence: string, cue: (c: Cue, s: string) => boolean): FigureRole {
  // What follows first decides (给予补助，骗取补助的责令退回 grants; 给予警告，并处…罚款 sanctions): its first part, then the rest.
  const first = consequence.replace(/^(?:（含）)?(?:及?以上|及?以下|以内|不满|不足)?的?[，,]?/, '').split(/[，,；]/)[0] ?? '';
  for (const part of [first, consequence]) {
    if (cue('sanction', part)) return 'tier';
    if (cue('benefit', part)) return 'threshold';
    if (cue('duty', part)) return 'trigger';
  }
  return 'threshold';
}

/**
 * Where the figure is in an item (（一）…) of a list of conditions, what the lead paragraph says follows from them: the text after its
 * 下列…之一的， (经营者应当事先向…申报，未申报的不得实施集中); null elsewhere.
 */
function listLead(text: string, at: number): string | null {
  const lineStart = itemLineStart(text, at);
  if (lineStart === null) return null;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!ITEM_LINE.test(line)) return LIST_OF_CONDITIONS.exec(line)?.[1] ?? null;
    end = start - 1;
  }
  return null;
}

/** Whose time a limit is: the authority's (机关、部门 … 应当在…内作出) or a person's (当事人 … 应当在…内缴纳), by who is named last before it. */
function timeRole(sentenceBefore: string): FigureRole {
  // Who must act is the subject of the duty (交通主管部门应当自收到申请人的申请之日起…): named before its 应当, where there is one.
  const duty = sentenceBefore.lastIndexOf('应当');
  if (duty > 0) {
    const subject = timeRole(sentenceBefore.slice(0, duty).replace(/应当/g, ''));
    if (subject !== 'unknown') return subject;
  }
  // The word named last wins; of two ending together the longer (被申请人, a body under review, over 申请人).
  let best: { end: number; length: number; role: FigureRole } | null = null;
  for (const [c, role] of [['authority', 'time-authority'], ['person', 'time-person']] as const) {
    for (const m of sentenceBefore.matchAll(patterns()[c])) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { end, length: m[0].length, role };
    }
  }
  return best?.role ?? 'unknown';
}


/**
 * The rule (README, "Loosens or tightens"; figure-roles.tsv): a higher benefit, budget, trigger or a person's time loosens; a higher
 * fee, penalty, threshold or target tightens; a ceiling (a target 控制在…以内, a condition …以下的) reads the other way; the
 * authority's time, tiers and unknown roles are not judged. A figure added counts as a rise from nothing, a figure dropped as a fall
 * to nothing — except a share of a standard charge (按收费标准的70%执行), a rise or fall from the whole of it (100%), and a person's
 * time limit, a duty's trigger, a condition to qualify or a ceiling target (控制在…以内), which bind where nothing did when added
 * (and free when dropped). Same value → neutral.
 */
export function judgeEffect(role: FigureRole, before: Fact | null, after: Fact | null, opts: { share?: boolean; cut?: boolean } = {}): Effect {
  const higher = loadFigureRoles().higher.get(role) ?? 'neutral';
  if (higher === 'neutral') return 'neutral';
  const ref = after ?? before!;
  let direction: number;
  if (before && after) {
    if (!compatible(before, after)) {
      // Time limits in other units (十日 → 十个工作日, 六个月 → 一年): by which is longer, where that can be told.
      if (before.kind !== 'duration' || after.kind !== 'duration') return 'neutral';
      direction = longerTime(before, after);
    } else {
      // A range moves by its upper bound, or by its lower one where the upper stays.
      direction = Math.sign(after.value - before.value) || (before.range || after.range ? Math.sign(lowerBound(after) - lowerBound(before)) : 0);
    }
  } else if (opts.share && (after ?? before)!.unit === '%') {
    direction = after ? Math.sign(after.value - 100) : Math.sign(100 - before!.value);
  } else if (role === 'target' && ref.comparator === 'max') {
    // A ceiling target set where there was none (收入倍差控制在1.53以内) is a commitment like any other: it binds when added.
    return after ? 'tightens' : 'loosens';
  } else if (role === 'time-person' || role === 'trigger' || role === 'threshold') {
    // A time limit set where there was none, a duty beyond a line, a condition to qualify: it binds where nothing did, whichever
    // way its figure reads (dropped, it frees).
    return after ? 'tightens' : 'loosens';
  } else direction = after ? 1 : -1;
  if (direction === 0) return 'neutral';
  let loosensWhenHigher = higher === 'loosens';
  // A ceiling reads the other way: a target 控制在…以内, a condition 300万美元以下的企业, a duty on those 不足…的.
  if ((role === 'target' || role === 'threshold' || role === 'trigger') && ref.comparator === 'max') loosensWhenHigher = !loosensWhenHigher;
  // A band a condition sets (招用16—24岁…的企业): its upper bound moved is a ceiling moved, its lower one a floor.
  else if ((role === 'threshold' || role === 'trigger') && before?.range && after?.range && before.value !== after.value) loosensWhenHigher = !loosensWhenHigher;
  // A bigger cut of a charge (收费标准降低20% → 30%, 下浮20个基点 → 30个) lowers the charge: the other way.
  if (opts.cut && (role === 'fee' || role === 'penalty')) loosensWhenHigher = !loosensWhenHigher;
  return (direction > 0) === loosensWhenHigher ? 'loosens' : 'tightens';
}

/** The size of a cut, not a level: 收费标准降低20%, 利率下浮不少于20个基点 (a cut word just before it), 按50%减征 (just after). */
export function isCut(f: Fact, text: string): boolean {
  const { cutBefore, cutAfter } = patterns();
  return cutBefore.test(text.slice(Math.max(0, f.start - 4), f.start)) || cutAfter.test(text.slice(f.end, f.end + 4));
}

/** A figure counted per project, firm, person or mu (单个项目补助总额不超过500万元, 每家, 亩均税收): named so in its clause before it. */
export function isPerUnit(f: Fact, text: string): boolean {
  return patterns().perBefore.test(text.slice(Math.max(0, f.start - 16), f.start));
}

/** A share of a standard or of a charge, written 标准的70% / 费用的50%: where added, it cuts (or raises) the whole. */
export function isShareOfStandard(f: Fact, text: string): boolean {
  return f.unit === '%' && /(?:标准|费用|价格|收费)的$/.test(text.slice(Math.max(0, f.start - 6), f.start));
}
