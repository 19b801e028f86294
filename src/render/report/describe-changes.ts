// Plain wording shared by every report format: the summary lines, a figure's change, a change's note, variants — in English or Chinese.
import type { Change, DocumentDiff, HeadingChange, NumberChange, PairDiff, SystematicChange, Variant } from '../../model/clause-diff.js';
import { type Lang, loadReportWords } from '../../lexicon/load-report-words.js';
import { formatValue } from '../terminal-output.js';
import { asEndDate, lowerBound } from '../../model/fact.js';
import { isDoubtful } from '../../model/review-policy.js';

export type { Lang };

/** Warnings the summary prints in full; the rest are counted (the JSON keeps every one). */
const MAX_WARNINGS = 6;

/** The summary a reader sees first: documents, counts by status, kinds of change, figures, systematic changes, variants. */
export function summaryLines(diff: DocumentDiff, lang: Lang = 'en'): string[] {
  const w = loadReportWords(lang);
  const s = diff.summary;
  const st = s.byStatus;
  const [baseHead, otherHead] = columnHeads(diff, lang);
  const out = [
    `${diff.base} ↔ ${diff.other}`,
    lang === 'zh' ? `  ${baseHead}：${diff.titles.base}` : `  base:  ${diff.titles.base}`,
    lang === 'zh' ? `  ${otherHead}：${diff.titles.other}` : `  other: ${diff.titles.other}`,
    ...diff.warnings.slice(0, MAX_WARNINGS).map((x) => w('summary.warning', { doc: x.document, line: x.line, x: x.message })),
    ...(diff.warnings.length > MAX_WARNINGS ? [w('summary.warnings-more', { n: diff.warnings.length - MAX_WARNINGS })] : []),
    w('summary.clauses', {
      b: s.clauses.base,
      o: s.clauses.other,
      n: s.pairs,
      modified: st.modified ?? 0,
      moved: st.moved ?? 0,
      variant: st['variant-only'] ?? 0,
      identical: st.identical ?? 0,
      baseOnly: st['base-only'] ?? 0,
      otherOnly: st['other-only'] ?? 0,
    }),
  ];
  if (s.renumbered || s.renumberedHeadings) {
    const headings = s.renumberedHeadings ? w('summary.renumbered-headings', { n: s.renumberedHeadings }) : '';
    out.push(w('summary.renumbered', { n: s.renumbered ?? 0, headings }));
  }
  if (s.joined) out.push(w('summary.joined', { merged: s.joined.merged, split: s.joined.split }));
  const headings = diff.headings ?? [];
  const kinds = [...Object.entries(s.byKind).sort((a, b) => b[1] - a[1]), ...(headings.length ? [['heading', headings.length] as const] : [])]
    .map(([k, n]) => w(`kind.${k}`, { n }))
    .join(lang === 'zh' ? '，' : ', ');
  // Clauses on one side only are differences too: "none" would say the texts agree.
  const only = (st['base-only'] ?? 0) + (st['other-only'] ?? 0);
  out.push(w('summary.changes', { x: kinds || (only ? w('summary.changes-one-side', { n: only }) : w('summary.changes-none')) }));
  // A 节 or 编 heading renamed, added or dropped is no pair of its own: each is said here.
  for (const h of headings) out.push(`  ${headingNote(h, lang)}`);
  const f = s.figures;
  out.push(
    w('summary.figures', { changed: f.changed, added: f.added, dropped: f.dropped, unchanged: f.unchanged }) +
      (f.changed + f.added + f.dropped ? w('summary.effects', { loosens: s.effects.loosens, tightens: s.effects.tightens, neutral: s.effects.neutral }) + doubtfulVerdicts(diff, lang) : ''),
  );
  if (s.money.length) {
    // Named for what it counts: money figures changed, added and dropped, each as many as there are.
    const by = (c: string) => s.money.filter((m) => (c === 'added' ? m.before === null : c === 'dropped' ? m.after === null : m.before !== null && m.after !== null)).length;
    out.push(w('summary.money', { changed: by('changed'), added: by('added'), dropped: by('dropped') }));
  }
  // An attribution pattern is reported once; a repeated edit is named here and listed in each pair it touches.
  for (const sys of s.systematic) out.push(w(sys.pattern === 'edit' ? 'summary.repeated' : 'summary.systematic', { x: describeSystematic(sys, lang) }));
  if (s.variants.length) out.push(w('summary.variants', { x: describeVariants(s.variants, 8, lang) }));
  return out;
}

/** A systematic change in words: the model's English description, or in Chinese from what it is. */
export function describeSystematic(sys: SystematicChange, lang: Lang): string {
  if (lang === 'en' || !sys.pattern) return sys.description;
  const w = loadReportWords(lang);
  const all = sys.of !== undefined && sys.count === sys.of;
  const clauses = all ? w('systematic.every') : w('systematic.some', { n: sys.count, of: sys.of ?? sys.count });
  if (sys.pattern === 'edit') {
    const edit = sys.before === null ? `增加「${sys.after}」` : sys.after === null ? `删去「${sys.before}」` : `「${sys.before}」改为「${sys.after}」`;
    return w('systematic.edit', { x: edit, n: sys.count });
  }
  return w(`systematic.${sys.pattern}`, { clauses, doc: sys.document ?? '' });
}

/**
 * The two documents' column heads: 原文 / 修改后 for two versions of one document; between jurisdictions, each one's name (杭州市 /
 * 建德市), or 上级文件 / 本级文件 where a name is not known.
 */
export function columnHeads(diff: DocumentDiff, lang: Lang = 'en'): [string, string] {
  const w = loadReportWords(lang);
  const [b, o] = [diff.documents?.base.jurisdiction ?? null, diff.documents?.other.jurisdiction ?? null];
  if (lang === 'zh' && b !== o) return b && o ? [b, o] : [w('head.parent'), w('head.child')];
  return [w('head.base'), w('head.other')];
}

/** How a figure changed: +50万元 (+33.3%), −20 pp, added, dropped, unit differs. */
export function describeDelta(printed: Pick<NumberChange, 'change' | 'delta' | 'relative' | 'deltaBounds' | 'longer' | 'before' | 'after'>, lang: Lang = 'en'): string {
  const w = loadReportWords(lang);
  // A validity against an end date was compared as the date it runs to (有效期3年 → 有效期至2026年12月31日).
  const dates = !!printed.before && !!printed.after && (printed.before.kind === 'date' || printed.after.kind === 'date');
  const n = dates ? { ...printed, before: asEndDate(printed.before!), after: asEndDate(printed.after!) } : printed;
  if (n.change === 'added' || n.change === 'dropped') return w(`delta.${n.change}`);
  // Which units, where they are printed alike (十日 read as days in one law and as working days in its revision).
  // A fine whose form changed: a multiple of another sum become an amount (所需费用3倍 → 5万元以上20万元以下), or the other way.
  if (n.delta === null && n.before && n.after && !!n.before.base !== !!n.after.base) return w(n.after.base ? 'delta.to-multiple' : 'delta.to-amount');
  // A time limit in other units, compared by its length: shorter (月 → 天).
  if (n.delta === null && n.longer && n.before && n.after) return `${w(`delta.${n.longer}`)} (${n.before.unit} → ${n.after.unit})`;
  if (n.delta === null) return n.before && n.after && n.before.unit !== n.after.unit ? `${w('delta.unit')} (${n.before.unit || '—'} → ${n.after.unit || '—'})` : w('delta.unit');
  const unit = n.before!.unit;
  // Sums of two periods are compared in the base's: +1000元/月 (每月3000元 → 每年4.8万元).
  const per = n.before!.period && n.after!.period && n.before!.period !== n.after!.period ? `/${n.before!.period}` : '';
  // A range whose bounds move differently: each bound (min same, max +400万元 (+400%)).
  if (n.deltaBounds) {
    const lo = lowerBound(n.before!);
    const bound = (d: number, from: number) => (d === 0 ? w('delta.same') : moved(d, from ? d / from : null, unit, lang, per));
    const [gap, sep] = lang === 'zh' ? ['', '，'] : [' ', ', '];
    return `${w('delta.min')}${gap}${bound(n.deltaBounds.min, lo)}${sep}${w('delta.max')}${gap}${bound(n.deltaBounds.max, n.before!.value)}`;
  }
  if (n.delta === 0) return n.before?.comparator !== n.after?.comparator ? w('delta.wording') : w('delta.same');
  // A date moves by days (本措施自2025年1月1日起施行 → 3月1日: 59 days later), a month without its day by months.
  if (unit === '日期') return dateMove(n.before!.value, n.after!.value, lang);
  // A ratio a:b (value b/a) moves the share of its first part: 1:1 → 6:4 is 50% → 60%, not −0.33.
  if (unit === '比') return w('delta.ratio', { a: firstShare(n.before!.value), b: firstShare(n.after!.value) });
  return moved(n.delta, n.relative, unit, lang, per);
}

/** The first part's share of a ratio a:b stored as b/a, in percent as printed in the reports (1:1 → 50%, 6:4 → 60%). */
function firstShare(v: number): string {
  return `${Number((100 / (1 + v)).toFixed(1))}%`;
}

/** How far one date (YYYYMMDD, or YYYYMM00 without its day) moved from another: +59 days, −2 months (推后59天, 提前2个月). */
function dateMove(from: number, to: number, lang: Lang): string {
  const w = loadReportWords(lang);
  const parts = (v: number) => [Math.floor(v / 10000), Math.floor((v % 10000) / 100), v % 100] as const;
  const [[y1, m1, d1], [y2, m2, d2]] = [parts(from), parts(to)];
  if (!d1 || !d2) {
    const months = (y2 - y1) * 12 + (m2 - m1);
    // 2025年1月 → 2025年1月15日: the same month, its day named or dropped.
    if (months === 0) return w('delta.same-month');
    return w(months > 0 ? 'delta.later-months' : 'delta.earlier-months', { n: Math.abs(months) });
  }
  const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
  return w(days > 0 ? 'delta.later-days' : 'delta.earlier-days', { n: Math.abs(days) });
}

/** A move by d in this unit, with its share of the old figure: +40万元 (+400%), −5 pp. */
function moved(d: number, relative: number | null, unit: string, lang: Lang, per = ''): string {
  const sign = d > 0 ? '+' : '−';
  if (unit === '%') return `${sign}${Math.abs(d)} ${lang === 'zh' ? '个百分点' : 'pp'}`;
  const rel = relative === null ? '' : ` (${sign}${Math.abs(Math.round(relative * 1000) / 10)}%)`;
  return `${sign}${formatValue(Math.abs(d), unit)}${per}${rel}`;
}


/** loosens, tightens, neutral, scale (an absolute total across jurisdictions: shown, not judged), or a weak pairing (not judged). */
export function effectLabel(n: NumberChange, lang: Lang = 'en', doubtful = false): string {
  const w = loadReportWords(lang);
  if (n.weak) return w('effect.weak', { c: n.confidence.toFixed(2) });
  if (n.scaleDependent) return w('effect.scale');
  // A verdict in a link to check holds only if the link does: loosens? (放宽？).
  return doubtful && n.effect !== 'neutral' ? w('effect.doubtful', { e: w(`effect.${n.effect}`) }) : w(`effect.${n.effect}`);
}

/** Whether a pair's link is one to check (review-policy.ts) that no person decided: its verdicts hold only if the link does. */
export function inDoubt(p: Pick<PairDiff, 'link'>): boolean {
  return !!p.link && p.link.status !== 'confirmed' && p.link.status !== 'manual' && isDoubtful(p.link);
}

/** The items of a change as one text: a 、-list's members with 、; phrases with their figures (each a clause of its own) with ；. */
export function joinItems(c: Pick<Change, 'items' | 'figures'>): string {
  return (c.items ?? []).join(c.figures ? '；' : '、');
}

/** The figures a pair lists on their own: those changed, added or dropped, but not the ones that went with an item (listed with it). */
export function listedFigures(p: Pick<PairDiff, 'numbers'>): NumberChange[] {
  return p.numbers.filter((n) => n.change !== 'unchanged' && !n.withItem);
}

/** The figures of an item added or dropped with them, each with its effect: 20家 loosens · 50家 loosens (empty for other changes). */
export function itemFigures(c: Change, p: Pick<PairDiff, 'numbers' | 'link'>, lang: Lang = 'en'): string {
  const figures = (c.figures ?? []).map((i) => p.numbers[i]).filter((n): n is NumberChange => !!n);
  if (!figures.length) return '';
  const one = (n: NumberChange) => `${(n.before ?? n.after)!.text}${lang === 'zh' ? '，' : ' '}${effectLabel(n, lang, inDoubt(p))}`;
  return lang === 'zh' ? `（${figures.map(one).join('；')}）` : ` (${figures.map(one).join(' · ')})`;
}

/** How many of the verdicts stand in links to check: " (3 of them in links to check)", or nothing. */
function doubtfulVerdicts(diff: DocumentDiff, lang: Lang): string {
  const n = diff.pairs.filter(inDoubt).flatMap((p) => p.numbers).filter((x) => !x.weak && !x.scaleDependent && (x.effect === 'loosens' || x.effect === 'tightens')).length;
  return n ? loadReportWords(lang)('summary.effects-doubtful', { n }) : '';
}

/** One line per figure that changed: its place where the pair's labels do not say it, quantity, before → after, Δ, effect. */
export function figureNotes(p: PairDiff, lang: Lang = 'en'): string[] {
  return listedFigures(p)
    .map((n) => {
      const place = placeLabel(n, p);
      return `${place ? `${place}：` : ''}${n.quantity}：${n.before?.text ?? '—'} → ${n.after?.text ?? '—'}（${describeDelta(n, lang)}，${effectLabel(n, lang, inDoubt(p))}）`;
    });
}

type Placed = Pick<Change, 'where' | 'whereOther' | 'at'>;

/** An article's own number at the head of a place (第四十一条, 第十二条之一): what renumbering changes. */
const ARTICLE_HEAD = /^第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?/;

/**
 * Where a change or figure is, when the pair's labels do not already say it: a 款 or 项 of an article (第四十一条第二款), or which
 * clause of a merge or split; with the other's place after an arrow where it is not the same one renumbered. Null otherwise.
 */
export function placeLabel(x: Placed, p: Pick<PairDiff, 'base' | 'other'>): string | null {
  if (!x.where || !x.at) return null;
  const several = p.base.length > 1 || p.other.length > 1;
  const tail = (s: string) => s.replace(ARTICLE_HEAD, '');
  // The other's place is said where it is not the same 款 renumbered: another 款 or 项, or another article of a split or merge.
  const otherSays = !!x.whereOther && (several || tail(x.whereOther) !== tail(x.where));
  if (x.at.paragraph === undefined && x.at.item === undefined && !several && !otherSays) return null;
  return `${x.where}${otherSays ? ` → ${x.whereOther}` : ''}`;
}

/** A whole 款 or 项 added or dropped, as drafters say it (第二条增加一款，作为第一款; 删去第十条第（三）项); null for other changes. */
export function wholeNote(c: Change, lang: Lang = 'en'): string | null {
  if (!c.whole || !c.where) return null;
  const w = loadReportWords(lang);
  if (c.whole === 'article') {
    if (c.kind !== 'text-added' && c.kind !== 'text-dropped') return null;
    // A law's article (增加一条，作为第十条), or a plan's numbered clause (增加（五）).
    const unit = /^第[零〇一二三四五六七八九十百千]+条/.test(c.where) ? 'article' : 'clause';
    return w(`note.whole-${c.kind === 'text-added' ? 'added' : 'dropped'}-${unit}`, { where: c.where });
  }
  const m = /^(.*?)(第[^第]+[款项目])$/.exec(c.where);
  const note = c.kind === 'text-added' && m ? w(`note.whole-added-${c.whole}`, { at: m[1]!, as: m[2]! }) : c.kind === 'text-dropped' ? w(`note.whole-dropped-${c.whole}`, { where: c.where }) : null;
  return note && c.elsewhere ? `${note}${elsewhereNote(c, lang)}` : note;
}

/** Where a whole 款 or 项 went or came from: — moved to 第十三条第三款, same text (（移至第十三条第三款，文字未改）); words now in another article: — now in 第四十一条. */
export function elsewhereNote(c: Change, lang: Lang = 'en'): string {
  if (!c.elsewhere) return '';
  const w = loadReportWords(lang);
  if (c.elsewhere.within) return w('note.moved-within', { where: c.elsewhere.where });
  const dir = c.kind === 'text-dropped' ? 'to' : 'from';
  return w(`note.moved-${dir}-${c.elsewhere.same ? 'same' : 'reworded'}`, { where: c.elsewhere.where });
}

/** A non-textual change in words (items, attribution, moves, titles, a whole 款 or 项); null for text edits the redline already shows. */
export function changeNote(c: Change, lang: Lang = 'en'): string | null {
  const w = loadReportWords(lang);
  const whole = wholeNote(c, lang);
  if (whole) return whole;
  // Words dropped that another article now says (a catch-all 构成犯罪的，依法追究刑事责任): where they went.
  if (c.elsewhere && c.kind === 'text-dropped') return `${c.before ?? ''}${elsewhereNote(c, lang)}`;
  const items = joinItems(c);
  const fromTo = `${c.before ?? '∅'} → ${c.after ?? '∅'}`;
  switch (c.kind) {
    case 'items-added':
    case 'items-dropped':
    case 'items-renamed':
      return w(`note.${c.kind}`, { x: items });
    case 'responsible-units':
      return w('note.units', { x: items || fromTo });
    case 'lead':
      return w('note.lead', { x: fromTo });
    case 'moved':
      return w('note.moved', { x: `${c.before} ⇒ ${c.after}` });
    case 'title':
      return w('note.title', { x: fromTo });
    case 'paragraphs':
      // Split: the base 款 is now two, the second at whereOther; joined: the base 款 and the next are now one.
      return w(c.before?.includes('\n') ? 'note.paragraphs-joined' : 'note.paragraphs-split', { where: c.where ?? '', other: c.whereOther ?? '' });
    default:
      return null;
  }
}

/** Every note of a pair: figures first, then items, attribution and moves (systematic changes are in the summary). */
export function pairNotes(p: PairDiff, lang: Lang = 'en', heads: [string, string] = ['base', 'other']): string[] {
  const w = loadReportWords(lang);
  const notes = figureNotes(p, lang);
  const changeNotes: Array<{ note: string; figures: string; key: string | null }> = [];
  for (const c of p.changes) {
    if (c.systematic) continue;
    const note = changeNote(c, lang);
    if (note) changeNotes.push({ note, figures: itemFigures(c, p, lang), key: repeatKey(c) });
  }
  // The same change twice running, as shown with unchanged words in it (a phrase the item repeats), is one note, counted before its figures.
  for (let k = 0; k < changeNotes.length; ) {
    const { note, figures, key } = changeNotes[k]!;
    let n = 1;
    while (key !== null && changeNotes[k + n]?.key === key) n++;
    notes.push(`${note}${n > 1 ? ` ×${n}` : ''}${figures}`);
    k += n;
  }
  // Who is responsible, with every pair: a 责任单位 line gained by every clause is reported once in the summary, and named here.
  const unitsChanged = p.changes.some((c) => c.kind === 'responsible-units' && !c.systematic);
  if (p.units?.other.length && !unitsChanged) notes.push(w('note.units', { x: p.units.other.join('、') }));
  const check = p.link ? checkLinkNote(p.link, lang) : null;
  if (check) notes.unshift(check);
  if (p.status === 'base-only') notes.push(w('note.base-only', { base: heads[0], other: heads[1] }));
  if (p.status === 'other-only') notes.push(w('note.other-only', { base: heads[0], other: heads[1] }));
  return notes;
}

/**
 * What makes two changes one repeated change: the same kind, place and words as shown, and those words hold some unchanged text
 * (所有者权益 in {+净资产（+}所有者权益{+）+}), so a phrase an item repeats is told from two bare edits that only look alike
 * ([-不超过-]{+最高+} before three different sums); null for a bare edit, which is never folded.
 */
export function repeatKey(c: Change): string | null {
  const words = c.chars ?? c.words;
  if (!words?.some((s) => s.op === 'equal' && s.text.trim())) return null;
  return JSON.stringify([c.kind, c.where ?? null, c.whereOther ?? null, c.before, c.after, words]);
}

/** Why a person should check the pair's link: the aligner was unsure of it, another clause reads closer, it joins several clauses unreviewed, or it rests on little shared wording (moved, or linked by its place); null otherwise. */
export function checkLinkNote(link: NonNullable<PairDiff['link']>, lang: Lang = 'en'): string | null {
  const w = loadReportWords(lang);
  if (link.needsReview === 'low-confidence') return w('note.check-low-confidence', { x: link.score.toFixed(2) });
  if (link.contested) return w('note.check-contested');
  if (link.needsReview === 'thin-move') return w('note.check-thin-move');
  if (link.needsReview === 'by-place') return w('note.check-by-place');
  if (link.needsReview === 'split' || link.needsReview === 'merge') return w('note.check-joined');
  return null;
}

/**
 * Variants in short: in English `before/after ×n` each; in Chinese one readable line by kind (繁简 3处；用词：支援→支持 2处；标点 9处),
 * the forms shown only where they are words.
 */
export function describeVariants(variants: Variant[], max: number, lang: Lang = 'en'): string {
  const w = loadReportWords(lang);
  if (lang === 'zh') {
    const kinds = new Map<Variant['kind'], Variant[]>();
    for (const v of variants) kinds.set(v.kind, [...(kinds.get(v.kind) ?? []), v]);
    const parts = [...kinds].map(([kind, vs]) => {
      const total = vs.reduce((n, v) => n + v.count, 0);
      const named = kind === 'vocabulary' || kind === 'jurisdiction' || kind === 'cross-reference' || kind === 'self-reference';
      const forms = named ? `：${vs.slice(0, max).map((v) => `${v.before || '∅'}→${v.after || '∅'}`).join('、')}${vs.length > max ? '等' : ''}` : '';
      return `${w(`variant.${kind}`)}${forms} ${total}处`;
    });
    return parts.join('；');
  }
  // Items renumbered are one part: item numbers ×5 (三/二 四/三 …).
  const numbering = variants.filter((v) => v.kind === 'numbering');
  const shown = numbering.length ? [numbering[0]!, ...variants.filter((v) => v.kind !== 'numbering')] : variants;
  const parts = shown.slice(0, max).map((v) => {
    if (v.kind === 'script') return `script ×${v.count} (${v.before}/${v.after})`;
    if (v.kind === 'numbering') {
      const forms = numbering.slice(0, 3).map((x) => `${x.before}/${x.after}`).join(' ');
      return `${w('variant.numbering')} ×${numbering.reduce((n, x) => n + x.count, 0)} (${forms}${numbering.length > 3 ? ' …' : ''})`;
    }
    return `${v.before || '∅'}/${v.after || '∅'} ×${v.count}`;
  });
  const rest = shown.length - max;
  return parts.join(' · ') + (rest > 0 ? ` · ${w('variant.more', { n: rest })}` : '');
}

/** A pair's status in words: modified, 修改 … */
/**
 * How a pair is named in a table that prints its texts beside: an article of a law by its number alone (第二条 ↔ 第二条 — its first
 * sentence, which describeUnit adds for lists, is the text beside it), a clause with a title of its own as everywhere else; — for a
 * side that has none.
 */
export function tableLabels(p: Pick<PairDiff, 'labels' | 'numbering'>): { base: string; other: string } {
  const article = /^(?:第[零〇一二两三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?[+＋]?)+$/;
  const n = p.numbering;
  const byNumber = !!n && [n.base, n.other].every((x) => !x || article.test(x)) && !!(n.base || n.other);
  const [base, other] = byNumber ? [n!.base || p.labels.base, n!.other || p.labels.other] : [p.labels.base, p.labels.other];
  // A side without the pair's clause reads —.
  return { base: base || '—', other: other || '—' };
}

export function statusLabel(status: PairDiff['status'], lang: Lang = 'en'): string {
  return loadReportWords(lang)(`status.${status}`);
}

/** A heading that is no unit, renamed, added or dropped: 第二章第二节 renamed: 检查 → 监督检查 (将第二章第二节的节名修改为“监督检查”). */
export function headingNote(h: HeadingChange, lang: Lang = 'en'): string {
  const w = loadReportWords(lang);
  if (h.change === 'renamed') return w('heading.renamed', { where: h.base!.where, before: h.base!.title, after: h.other!.title, whereOther: h.other!.where });
  if (h.change === 'added') return w('heading.added', { where: h.other!.where, title: h.other!.title });
  return w('heading.dropped', { where: h.base!.where, title: h.base!.title });
}
