// Reads a fine's place in a law: a figure that sets a 罚款 (or 罚金), whom it applies to (单位, 直接负责的主管人员…) and its tier (情节严重的 …).
import { REACH, sentenceStart } from '../text/sentence-bounds.js';
import type { Fact } from '../model/fact.js';
import { loadPenaltyTerms } from '../lexicon/load-penalty-terms.js';

/** A fine: the figure is followed, within a few characters, by 罚款 or 罚金 (五万元以下的罚款, 违法所得一倍以上十倍以下的罚款). */
const FINE_AFTER = /^的?(?:标准)?(?:处以|处)?(?:罚款|罚金)/;

/** Whether a figure sets a fine: it is followed by 罚款 or 罚金 (…500元以下的标准处以罚款 too). */
export function isFine(text: string, f: Pick<Fact, 'end'>): boolean {
  return FINE_AFTER.test(text.slice(f.end, f.end + 8));
}

/**
 * Subject and tier of a fine, read back from the figure to the start of its sentence part (after the last ；or 。): the last party
 * named there is whom it applies to ("对单位…，对其直接负责的主管人员…处…"), a tier word there sets its tier. Null for a figure that is no fine.
 */
export function readPenalty(
  text: string,
  f: Pick<Fact, 'start' | 'end'>,
  earlier: ReadonlyArray<{ start: number; subject: string }> = [],
): { subject?: string; tier?: string; named?: boolean } | null {
  if (!isFine(text, f)) return null;
  // The sentence part before it, within a bounded reach (a text without punctuation is not read back to its start).
  const partStart = sentenceStart(text, f.start);
  const part = text.slice(partStart, f.start);
  const { parties, tiers } = loadPenaltyTerms();
  // Whom it is for: the party named last with 对 (对单位…，对其直接负责的主管人员…处), else the party named last (the one ending last);
  // of names ending together (…和其他直接责任人员 / 其他直接责任人员), the longer. Others harmed or drawn in (导致其他单位或者个人未缴
  // 税款的) are not whom the fine is for.
  const named = addressed(part, parties);
  let subject = named === undefined ? lastNamed(part, parties, othersIn(part)) : named || undefined;
  // Named as the sentence's actor, not addressed with 对 (对直接负责的主管人员…处: that fine's party alone).
  const own = named === undefined && !!subject;
  // A part after a ； that names no one (…并处违法所得一倍以上五倍以下的罚款；没有违法所得的，可以处五万元以下的罚款) fines the party
  // an earlier fine of the sentence named in its own part; a party named elsewhere before (转让给境外组织或者个人的) may be no party.
  if (named === undefined && !subject && partStart > 0 && text[partStart - 1] === '；') {
    const from = wholeSentenceStart(text, partStart - 1);
    for (let k = earlier.length - 1; k >= 0 && earlier[k]!.start >= from && !subject; k--) if (earlier[k]!.start < partStart) subject = earlier[k]!.subject;
    // Else the party the sentence opens with, as its actor (公共场所经营者违反本条例规定…，由…责令限期改正；逾期不改正的，处…).
    if (from === 0 || /[。\n]/.test(text[from - 1]!)) subject ??= openingParty(text.slice(from, partStart), parties);
  }
  // A party the lexicon does not name, as the actor the sentence opens with (认证机构有下列情形之一的，…处…; 机动车驾驶人违反本条例规定…).
  if (named === undefined && !subject) {
    const from = wholeSentenceStart(text, f.start);
    if (from === 0 || /[。\n]/.test(text[from - 1]!)) subject = openingActor().exec(text.slice(from, f.start))?.[1];
  }
  // The tier named last before the figure (逾期不改正的，…；拒不停止销售的，处…: the later condition), the longer of two ending together.
  const tier = laterTier(lastNamed(part, tiers), part);
  return { ...(subject ? { subject } : {}), ...(tier ? { tier } : {}), ...(own ? { named: true } : {}) };
}

/**
 * The party a sentence opens with, as the actor of its first clause (机动车驾驶人违反…, 公共场所经营者或者管理者…): a party of the lexicon
 * within the first few characters, not one a condition names later (将…转让给境外组织或者个人的) or one a 对 addresses.
 */
function openingParty(sentence: string, parties: string[]): string | undefined {
  const first = sentence.slice(0, Math.max(0, sentence.search(/[，：；]/)) || sentence.length);
  if (/^(?:对|有下列|违反)/.test(first)) return undefined;
  let found: string | undefined;
  let at = OPENING_REACH + 1;
  for (const n of parties) {
    const k = first.indexOf(n);
    if (k >= 0 && k <= OPENING_REACH && (k < at || (k === at && n.length > found!.length))) [found, at] = [n, k];
  }
  // The party's name ends there (个人独资企业, 单位内部保卫机构 are other parties, not 个人 or 单位).
  if (!found || LONGER_NAME.test(first.slice(at + found.length))) return undefined;
  const rest = first.slice(at + found.length);
  // A person of the party acts (生产经营单位的主要负责人未履行…, …单位分管安全生产工作的负责人), or two parties do (单位违反…，或者个人违反…).
  const later = sentence.slice(at + found.length);
  const another = parties.some((n) => n !== found && !found!.includes(n) && (rest.includes(n) || later.includes(`，或者${n}`)));
  if (/负责人|人员|员工|职工/.test(rest) || another) return undefined;
  return found;
}

/**
 * An actor a sentence opens with, named by what kind of party it is (认证机构, 物业服务企业, 机动车驾驶人, 承运人), right before what it did
 * (违反…, 未…, 有下列情形之一的, 擅自…). Never one the sentence opens with a condition or an authority for (由…, 对…, 违反…).
 */
function openingActor(): RegExp {
  return (actorPatterns ??= actorRegexps()).opening;
}

/** A party's name that goes on into a longer one of another kind (个人|独资企业, 单位|内部保卫机构). */
const LONGER_NAME = /^[\u4e00-\u9fff]{0,6}?(?:机构|企业|公司|组织)/;

/** How far into a sentence its actor may stand (公共场所经营者: four characters of what kind before the party). */
const OPENING_REACH = 6;

/** A failure to act by a deadline set (逾期不拆除的, 逾期仍不缴纳的, 逾期未完成治理任务的): a tier of any verb, as 逾期不改正 is. */
const OVERDUE = /逾期[仍还]?[不未][^的，；。：、]{1,8}(?=的)/g;

/** Of the lexicon's tier named last and the last failure to act by a deadline, the one ending later (the longer of two ending together). */
function laterTier(named: string | undefined, part: string): string | undefined {
  const overdue = [...part.matchAll(OVERDUE)].at(-1);
  if (!overdue) return named;
  if (!named) return overdue[0];
  const [a, b] = [part.lastIndexOf(named) + named.length, overdue.index + overdue[0].length];
  return b > a || (b === a && overdue[0].length > named.length) ? overdue[0] : named;
}

/** Where the sentence holding `at` starts, its ；-parts together: after its 。 or line break, within the reach. */
function wholeSentenceStart(text: string, at: number): number {
  const near = Math.max(0, at - REACH);
  const window = text.slice(near, at);
  return near + Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n')) + 1;
}

/**
 * Whom the 对 nearest before the figure names, where nothing but the fine stands between (对单位可以并处…; 对其直接负责的主管人员和其他
 * 直接责任人员处…; 对法定代表人、主要负责人…处: the party named last in it): a party of the lexicon, '' for one it does not know (对有关
 * 责任者处, 对企业处), undefined where no 对 leads to the figure.
 */
function addressed(part: string, parties: string[]): string | undefined {
  const at = part.lastIndexOf('对');
  if (at < 0) return undefined;
  const tail = part.slice(at + 1);
  // The 对 leads to the figure: what follows it is a name, then at most the verb of the fine (可以并处, 处以).
  const m = /^(?:其|该)?([^，。；：]{1,40}?)(?:可以|应当|并|还可以)*(?:并处|处以|处|罚款)?$/.exec(tail);
  if (!m) return undefined;
  // A name the lexicon does not list, named by what kind of party it is (对驾驶人处…, 对认证机构处…), is that party.
  return lastNamed(m[1]!, parties) ?? (actorName().test(m[1]!) ? m[1]! : '');
}

/** A party's name by its kind, whole (驾驶人, 认证机构, 物业服务企业): the kinds the opening actor is read by. */
function actorName(): RegExp {
  return (actorPatterns ??= actorRegexps()).name;
}

let actorPatterns: { opening: RegExp; name: RegExp } | null = null;

/** The two patterns of a party named by its kind (penalty-terms.tsv party-kind), built once. */
function actorRegexps(): { opening: RegExp; name: RegExp } {
  const kinds = [...loadPenaltyTerms().partyKinds].sort((a, b) => b.length - a.length).join('|');
  return {
    opening: new RegExp(`^(?![由对违有在])([\\u4e00-\\u9fff]{1,12}?(?:${kinds}))(?=违反|未|有下列|有本|不|擅自|拒|伪造|使用|从事|利用)`),
    name: new RegExp(`^[\\u4e00-\\u9fff]{0,12}(?:${kinds})$`),
  };
}

/**
 * Other parties a condition names, not the one fined: 其他单位或者个人, 他人 (and the parties joined to them by 或者, 和, 、).
 * 其他直接责任人员 is a party of its own (the lexicon names it whole), not an other.
 */
const OTHERS = /他人|其他(?!直接责任人员)[^的，；。、\s]{0,6}?(?:单位|个人|组织|人员)(?:(?:或者|和|、|及|以及)(?:其他)?[^的，；。、\s]{0,4}?(?:单位|个人|组织|人员))*/gu;

function othersIn(text: string): Array<[number, number]> {
  return [...text.matchAll(OTHERS)].map((m) => [m.index, m.index + m[0].length]);
}

/** Of `names` (longest first), the one whose last mention in `text` (outside the `skip` stretches) ends last; the longer of two ending together. */
function lastNamed(text: string, names: string[], skip: Array<[number, number]> = []): string | undefined {
  let found: string | undefined;
  let end = -1;
  for (const n of names) {
    let k = text.lastIndexOf(n);
    while (k >= 0 && skip.some(([a, b]) => k >= a && k + n.length <= b)) k = text.lastIndexOf(n, k - 1);
    if (k >= 0 && k + n.length > end) {
      end = k + n.length;
      found = n;
    }
  }
  return found;
}

/** Whom a fine applies to and its tier, to put before what it measures: 对单位，情节严重的：… ('' for other figures). */
export function describeParty(f: Pick<Fact, 'subject' | 'tier'>): string {
  const parts = [f.subject && `对${f.subject}`, f.tier && `${f.tier}的`].filter(Boolean);
  return parts.length ? `${parts.join('，')}：` : '';
}
