// Reads the sections (一、) and clauses (（一）, 1.) of one document written as a policy, from its first heading to its end; its closing is what follows.
import type { Clause, OutlineNode, Section, SourceSpan } from '../model/parsed-document.js';
import { type OpenClause, type SpanOf, buildClause, paragraphItems, unnumberedClause } from './build-clause.js';
import type { Paragraph } from './paragraphs.js';
import { readHeading } from './read-heading.js';
import { closingOpener } from '../lexicon/load-paragraph-openers.js';
import { type LabelStyle, readClauseLabel, readSectionHeading } from './read-label.js';

/** How many items may be missing before the first one of a section (2. or 3. or 4. first): more, and the number is no item's. */
const START_GAP = 3;

/** A numbered heading between a section and its clauses that opens no unit ((一)加大财税支持 over items 1. to 4.). */
export interface SubHeading {
  label: string;
  style: LabelStyle;
  ordinal: number;
  title: string;
  section: number;
  span: SourceSpan;
  /** It holds text of its own before its items (its targets): that text and it are a clause (c2.1), the items under it. */
  clause?: boolean;
}

export interface PolicyPart {
  sections: Section[];
  clauses: Clause[];
  /** Headings of a level above the clauses that hold no text of their own, where the text numbers three levels. */
  subheadings: SubHeading[];
  /** The paragraphs after the last clause that close the document (本政策自…起施行). */
  closing: Paragraph[];
}

/** A heading line of a numbered level: its label and a short title, no sentence of its own, no lead-in to a list (…给予奖励：). */
const TITLE_ONLY = /^[^。；：:]{1,40}$/;

/** A figure in a title: digits, or a Chinese numeral with a unit or 万/亿 (首次突破10亿元, 百分之五, 三年). */
const FIGURE = /[0-9０-９]|百分之|[零〇一二两三四五六七八九十百千]+(?:万|亿|元|个|家|项|人|亩|年|日|倍|成)/;

/** A title that heads items and says nothing itself: short, no sentence, no lead-in, no figure. */
function isHeadingTitle(title: string): boolean {
  return TITLE_ONLY.test(title) && !FIGURE.test(title);
}

/**
 * Paragraphs [from, to) of a document: its sections and clauses. `numberedOnly`: the text has no 一、 headings, and its numbered
 * items from 1 on are the clauses, in no section (section 0). Where the first numbered level is only headings over items of
 * another (一、 / (一)加大财税支持 / 1.实行分档补助…), those items are the clauses — they carry the text — and the level above them
 * is subheadings: each clause is then an item, as the text numbers it.
 */
export function parsePolicyPart(paragraphs: Paragraph[], from: number, to: number, numberedOnly: boolean, spanOf: SpanOf, warn: (p: Paragraph, message: string) => void): PolicyPart {
  const first = readPart(paragraphs, from, to, numberedOnly, spanOf, warn, null);
  const heads = first.opened.filter(headsItems);
  if (first.style === null || heads.length < 2) return first.part;
  const childStyle = (readClauseLabel(heads[0]!.paragraphs[1]!.text) ?? readClauseLabel(heads[0]!.paragraphs[2]!.text))!.style;
  // The second pass's warnings are said only where that pass is kept (one pass, its warnings held until then).
  const said: Array<[Paragraph, string]> = [];
  const again = readPart(paragraphs, from, to, numberedOnly, spanOf, (p, m) => void said.push([p, m]), first.style, childStyle);
  if (again.part.clauses.length <= first.part.clauses.length) return first.part;
  for (const [p, m] of said) warn(p, m);
  return again.part;
}

/**
 * A clause of the first pass that is a heading over items: a short title line, then paragraphs opened by an item of another style
 * (right after it, or after one paragraph of its own: its targets).
 */
function headsItems(o: OpenClause): boolean {
  const [head, next, then] = o.paragraphs;
  if (!head || !next || !isHeadingTitle(head.text.slice(o.label.printed.length).trim())) return false;
  const child = readClauseLabel(next.text) ?? (then ? readClauseLabel(then.text) : null);
  return child !== null && child.style !== o.label.style;
}

/**
 * One pass over the paragraphs. `subStyle`: the level read as subheadings where a title line heads items of `clauseStyle`, which are
 * the clauses; where one of that level has text of its own it is a clause itself, and a subheading with a paragraph of its own
 * before its items is a clause holding that paragraph.
 */
function readPart(
  paragraphs: Paragraph[],
  from: number,
  to: number,
  numberedOnly: boolean,
  spanOf: SpanOf,
  warn: (p: Paragraph, message: string) => void,
  subStyle: LabelStyle | null,
  clauseStyle: LabelStyle | null = null,
): { part: PolicyPart; opened: OpenClause[]; style: LabelStyle | null } {
  const sections: Section[] = [];
  const subheadings: SubHeading[] = [];
  const opened: OpenClause[] = [];
  const clauses: Clause[] = [];
  let closingFrom = -1;
  let style: LabelStyle | null = clauseStyle;
  let restartEachSection = false;
  let restartEachSub = false;
  let open: OpenClause | null = null;
  let sectionParas: Paragraph[] = [];
  let sectionHead: ReturnType<typeof readSectionHeading> = numberedOnly ? { number: 0, printed: '', title: '', lead: null } : null;
  let sectionHeadPara: Paragraph | null = null;
  let lastOrdinal = 0;
  let clausesInSection = 0;

  let clausesInSub = 0;
  let afterSub = false;
  /** Clauses of the subheadings' level (a (一) with text of its own): numbered in their section, c3.1. */
  const upperOpen = new Set<OpenClause>();
  const upper = new Set<Clause>();
  /** Each subheading's own paragraph and label, for one that turns out to hold text before its items. */
  const subParas = new Map<SubHeading, { para: Paragraph; label: NonNullable<ReturnType<typeof readClauseLabel>> }>();
  /** The subheading each clause stands under, by its number. */
  const subOf = new Map<Clause, number>();
  const closeClause = () => {
    if (open) {
      opened.push(open);
      const c = buildClause(open, spanOf);
      if (upperOpen.has(open)) upper.add(c);
      const sub = subheadings[subheadings.length - 1];
      if (sub && sub.section === open.section) subOf.set(c, sub.ordinal);
      clauses.push(c);
    }
    open = null;
  };
  /** Each section's heading and own paragraphs (its intro), for a text that numbers only its sections. */
  const sectionOwn = new Map<number, { heading: Paragraph; paras: Paragraph[] }>();
  const closeSection = () => {
    if (sectionHead && sectionHeadPara) {
      sectionOwn.set(sectionHead.number, { heading: sectionHeadPara, paras: sectionParas });
      const intro = sectionParas.map((p) => p.text).join('\n');
      const end = sectionParas.length ? sectionParas[sectionParas.length - 1]!.end : sectionHeadPara.end;
      sections.push({
        id: `s${sectionHead.number}`,
        number: sectionHead.number,
        label: sectionHead.printed,
        title: sectionHead.title,
        lead: sectionHead.lead,
        intro,
        facts: [],
        span: spanOf(sectionHeadPara.start, end),
      });
    }
    sectionParas = [];
  };

  // The next numbered paragraph (a section heading or a clause) after a candidate closing, looked for only when one is met; the last
  // found is kept, so candidates in one stretch of text do not search it again.
  let numbered = { after: -1, at: -1 };
  const nextNumbered = (i: number): number => {
    if (i < numbered.after || i >= numbered.at) {
      let j = i + 1;
      while (j < to && !readSectionHeading(paragraphs[j]!.text) && !readClauseLabel(paragraphs[j]!.text)) j++;
      numbered = { after: i, at: j };
    }
    return numbered.at < to ? numbered.at : -1;
  };
  /** Whether the numbering goes on after paragraph i: the next numbered paragraph is the next section or the next clause. */
  const numberingGoesOn = (i: number) => {
    const j = nextNumbered(i);
    if (j < 0) return false;
    const q = paragraphs[j]!.text;
    if (readSectionHeading(q)?.number === (sectionHead?.number ?? 0) + 1) return true;
    const l = readClauseLabel(q, lastOrdinal + 1);
    // The next clause, or one a few numbers on (a jump the clause reading accepts too).
    return !!l && l.ordinal > lastOrdinal && l.ordinal <= lastOrdinal + 4 && (style === null || l.style === style);
  };

  for (let i = from; i < to; i++) {
    const p = paragraphs[i]!;
    const heading = readSectionHeading(p.text);
    if (heading && heading.number === (sectionHead?.number ?? 0) + 1) {
      closeClause();
      closeSection();
      sectionHead = heading;
      sectionHeadPara = p;
      clausesInSection = 0;
      afterSub = false;
      continue;
    }
    // The closing, once there are clauses — or, in a text whose sections number no items, once a section holds text — and where the
    // numbering does not go on after it: a paragraph of a clause that opens 以上 or 上述 (上述资金由市、区两级分担; a wrapped line cut
    // before 以上。) is no closing, or the clauses after it would vanish into one.
    const started = clauses.length + (open ? 1 : 0) > 0 || (style === null && sectionHead !== null && sectionHead.number > 0 && sectionParas.length > 0);
    if (started && closingOpener().test(p.text) && !numberingGoesOn(i)) {
      closingFrom = i;
      break;
    }
    const label = sectionHead ? readClauseLabel(p.text, lastOrdinal + 1) : null;
    if (label && subStyle && label.style === subStyle) {
      const title = p.text.slice(label.printed.length).trim();
      const next = i + 1 < to ? readClauseLabel(paragraphs[i + 1]!.text) : null;
      closeClause();
      // A title over items, or over a paragraph of its own and then items (（一）实施技改提升行动 / its targets / 1. 2. …).
      const overItems = next?.style === clauseStyle || (next === null && i + 2 < to && readClauseLabel(paragraphs[i + 2]!.text)?.style === clauseStyle);
      if (isHeadingTitle(title) && overItems) {
        subheadings.push({ label: label.printed, style: label.style, ordinal: label.ordinal, title, section: sectionHead!.number, span: spanOf(p.start, p.end) });
        subParas.set(subheadings[subheadings.length - 1]!, { para: p, label });
        clausesInSub = 0;
        afterSub = true;
      } else {
        // A (一) with text of its own, in a section that writes its items so (三、保障措施 （一）加强组织领导。…): a clause of its level.
        open = { label, section: sectionHead!.number, paragraphs: [p] };
        upperOpen.add(open);
        afterSub = false;
      }
      continue;
    }
    // Text of its own under a subheading, before any item (its targets): the subheading and that text are a clause of their own, the
    // items after it clauses under it.
    if (subStyle && afterSub && !open && !(label && label.style !== subStyle)) {
      const sub = subheadings[subheadings.length - 1]!;
      const own = subParas.get(sub)!;
      open = { label: own.label, section: sectionHead!.number, paragraphs: [own.para, p] };
      upperOpen.add(open);
      sub.clause = true;
      continue;
    }
    let accept = false;
    if (label) {
      if (style === null) {
        // The first item is 1., or a few more where the first ones were lost (2. under 一、: taken, with a warning, not left
        // in the section's intro).
        accept = label.ordinal === 1 || (clausesInSection === 0 && label.ordinal <= 1 + START_GAP);
        if (accept) style = label.style;
        if (accept && label.ordinal > 1) warn(p, `numbering starts at ${label.ordinal}`);
      } else if (label.style === style) {
        const expected = lastOrdinal + 1;
        if (label.ordinal === expected) accept = true;
        else if (label.ordinal === 1 && clausesInSection === 0 && lastOrdinal > 0) {
          accept = true;
          restartEachSection = true;
        } else if (label.ordinal === 1 && subStyle && clausesInSub === 0 && lastOrdinal > 0) {
          // Items numbered again under each subheading ((一) 1. 2. (二) 1. 2.).
          accept = true;
          restartEachSub = true;
        } else if (clausesInSection === 0 && label.ordinal > 1 && label.ordinal <= 1 + START_GAP && label.ordinal < expected) {
          // A section whose numbering starts again, its first items lost (二、 then 2.): a restart, said so.
          accept = true;
          restartEachSection = true;
          warn(p, `numbering of this section starts at ${label.ordinal}`);
        } else if (label.ordinal > expected && label.ordinal <= expected + 3) {
          accept = true;
          warn(p, `numbering jumps from ${lastOrdinal} to ${label.ordinal}`);
        } else if (label.ordinal === lastOrdinal && lastOrdinal > 0) {
          accept = true;
          warn(p, `clause number ${label.ordinal} appears twice`);
        }
      }
    }
    if (accept && label) {
      closeClause();
      open = { label, section: sectionHead!.number, paragraphs: [p] };
      lastOrdinal = label.ordinal;
      clausesInSection++;
      clausesInSub++;
      continue;
    }
    if (open) (open as OpenClause).paragraphs.push(p);
    else sectionParas.push(p);
  }
  closeClause();
  closeSection();
  // Sections numbered, items not (若干政策 often write each item as a paragraph of its own): the paragraphs are the clauses.
  if (clauses.length === 0 && sections.length > 0) {
    for (const section of sections) {
      const own = sectionOwn.get(section.number)!;
      const items = paragraphItems(own.paras);
      if (!items.length) continue;
      section.intro = '';
      section.span = spanOf(own.heading.start, own.heading.end);
      items.forEach((paras, k) => clauses.push(unnumberedClause(k + 1, section.number, paras, spanOf, `${section.label}第${k + 1}段`)));
    }
    restartEachSection = true;
  }
  if (restartEachSub) {
    for (const c of clauses) c.id = upper.has(c) ? `c${c.section}.${c.ordinal}` : `c${c.section}.${subOf.get(c) ?? 0}.${c.ordinal}`;
  } else if (restartEachSection) {
    for (const c of clauses) c.id = `c${c.section}.${c.ordinal}`;
  } else for (const c of upper) c.id = `c${c.section}.${c.ordinal}`;
  // A clause under a subheading has it on its path (二、重点任务 › （一）加大财税支持), as a law's article has its 节.
  if (subheadings.length) {
    const sectionOf = new Map(sections.map((x) => [x.number, `${x.label}${x.title}`]));
    for (const c of clauses) {
      const sub = subheadings.find((h) => h.section === c.section && h.ordinal === subOf.get(c));
      if (sub) c.path = [sectionOf.get(c.section) ?? '', `${sub.label}${sub.title}`];
    }
  }
  // A number printed twice: the second is c4-2, the third c4-3 (one pass, so a text of many clauses stays linear).
  const byId = new Map<string, Clause[]>();
  for (const c of clauses) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  for (const group of byId.values()) group.forEach((o, k) => k > 0 && (o.id = `${o.id}-${k + 1}`));
  return { part: { sections, clauses, subheadings, closing: closingFrom >= 0 ? paragraphs.slice(closingFrom, to) : [] }, opened, style: subStyle ?? style };
}

/** The outline of a text numbered 一、/（一）/1.: its sections, and the clauses in them (one level deeper under a part's title). */
export function policyOutline(sections: Section[], clauses: Clause[], depth = 1, subheadings: SubHeading[] = []): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const style = (label: string) => readHeading(label)?.style ?? 'paragraph';
  const clauseNode = (c: Clause, d: number): OutlineNode => ({ style: style(c.label), depth: d, ordinal: c.ordinal, sub: null, label: c.label, title: c.title, line: c.span.line, span: c.span, unit: c.id });
  for (const c of clauses.filter((c) => c.section === 0)) nodes.push(clauseNode(c, depth));
  for (const s of sections) {
    nodes.push({ style: style(s.label), depth, ordinal: s.number, sub: null, label: s.label, title: s.title, line: s.span.line, span: s.span, unit: s.id });
    const subs = subheadings.filter((h) => h.section === s.number);
    // A subheading that holds text of its own is its clause's node (the clause is listed below); one that holds none opens no unit.
    for (const h of subs.filter((x) => !x.clause)) nodes.push({ style: h.style, depth: depth + 1, ordinal: h.ordinal, sub: null, label: h.label, title: h.title, line: h.span.line, span: h.span, unit: null });
    // Under a subheading a clause is one level deeper; one standing before the first subheading or in a section without any is not.
    for (const c of clauses.filter((c) => c.section === s.number)) nodes.push(clauseNode(c, depth + (subs.some((h) => h.span.start < c.span.start) ? 2 : 1)));
  }
  return nodes.sort((a, b) => a.span.start - b.span.start);
}
