// One side of a compared pair: the text of its clauses (or intro, preamble, closing) joined, with facts and units.
import type { Fact } from '../model/fact.js';
import type { NormalizedDocument } from '../model/normalized-document.js';
import type { ParsedDocument, SourceSpan } from '../model/parsed-document.js';
import { type PlaceRange, clausePlaces } from './clause-places.js';

export interface DiffSide {
  ids: string[];
  /** The passages' texts joined by line breaks. */
  text: string;
  /** Facts with offsets into `text`; years are left out (a bare year labels the period, it is not a policy figure). */
  facts: Fact[];
  /** Responsible units (责任单位) of the clauses, in order, without repeats. */
  units: string[];
  /** Lead department of a section intro (由…牵头实施), null elsewhere. */
  lead: string | null;
  /** Title of a single clause or section: compared as a title, not as body text. */
  title: string | null;
  spans: SourceSpan[];
  /** Whether these passages are clauses (their text opens with the title sentence). */
  clauses: boolean;
  /** Where each stretch of `text` is: its clause, and an article's 款, 项 and 目 (第四十一条第二款). */
  places: PlaceRange[];
  /** Its clauses are articles (第X条, read with their 款): they have no title sentence of their own. */
  articles?: boolean;
}

/** Whether a fact is compared as a policy figure: a bare year labels the period, it is not one. */
export const isComparedFact = (f: Fact): boolean => f.kind !== 'year';

/** Collects the passages `ids` of a parsed document into one side. */
export function collectSide(doc: ParsedDocument, ids: string[]): DiffSide {
  const texts: string[] = [];
  const facts: Fact[] = [];
  const units: string[] = [];
  const spans: SourceSpan[] = [];
  let lead: string | null = null;
  let offset = 0;
  let clauses = true;
  const places: PlaceRange[] = [];
  const add = (text: string, passageFacts: Fact[], span: SourceSpan): number => {
    if (texts.length) offset += 1;
    const at = offset;
    for (const f of passageFacts) if (isComparedFact(f)) facts.push({ ...f, start: f.start + offset, end: f.end + offset });
    texts.push(text);
    spans.push(span);
    offset += text.length;
    return at;
  };
  for (const id of ids) {
    const clause = doc.clauses.find((c) => c.id === id);
    if (clause) {
      places.push(...clausePlaces(clause, add(clause.text, clause.facts, clause.span)));
      for (const u of clause.units) if (!units.includes(u)) units.push(u);
      continue;
    }
    clauses = false;
    const section = doc.sections.find((s) => s.id === id);
    if (section) {
      add(section.intro, section.facts, section.span);
      lead = section.lead;
      continue;
    }
    const passage = id === 'preamble' ? doc.preamble : id === 'closing' ? doc.closing : null;
    if (passage) add(passage.text, passage.facts, passage.span);
  }
  const only = ids.length === 1 ? ids[0] : undefined;
  // Headings merged (第三章 矿产资源的勘查 + 第四章 矿产资源的开采 → 第三章 矿产资源勘查、开采): their titles together are the title.
  const headings = ids.length > 1 && ids.every((id) => doc.sections.some((s) => s.id === id)) ? ids.map((id) => doc.sections.find((s) => s.id === id)!.title) : null;
  const title = headings ? headings.join('；') : ((doc.clauses.find((c) => c.id === only) ?? doc.sections.find((s) => s.id === only))?.title ?? null);
  const articles = clauses && ids.length > 0 && ids.every((id) => !!doc.clauses.find((c) => c.id === id)?.paragraphs);
  return { ids, text: texts.join('\n'), facts, units, lead, title, spans, clauses, places, articles };
}

/** Characters the script conversion changed inside the side's spans, as traditional → simplified pairs. */
export function scriptConversions(doc: NormalizedDocument, spans: SourceSpan[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const span of spans) {
    for (let i = span.start; i < span.end && i < doc.text.length; i++) {
      const shown = doc.text[i]!;
      const raw = doc.raw[doc.offsets[i]!]!;
      if (raw !== shown && /\p{Script=Han}/u.test(raw) && /\p{Script=Han}/u.test(shown)) {
        const k = `${raw}→${shown}`;
        out.set(k, (out.get(k) ?? 0) + 1);
      }
    }
  }
  return out;
}
