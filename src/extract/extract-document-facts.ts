// Fills in the facts of every passage of a parsed document: preamble, section intros, clauses, closing, table rows.
import type { ParsedDocument } from '../model/parsed-document.js';
import type { Fact } from '../model/fact.js';
import { extractFacts as extractPassage } from './extract-facts.js';
import { applyWorkingDays, readWorkingDayDefinitions } from './read-day-definitions.js';

/**
 * Returns the document with facts extracted (the input is not modified). Where the text defines its short time limits as working
 * days (“五日”…的规定是指工作日), every such limit counts working days.
 */
export function extractDocumentFacts(doc: ParsedDocument): ParsedDocument {
  const days = readWorkingDayDefinitions(doc.clauses.map((c) => c.text));
  const extractFacts = (text: string): Fact[] => applyWorkingDays(extractPassage(text), days);
  return {
    ...doc,
    // A law's front matter is its history (dates of adoption and amendment, read into meta), not quantities it sets.
    preamble: doc.preamble && { ...doc.preamble, facts: doc.meta?.history.length ? [] : extractFacts(doc.preamble.text) },
    sections: doc.sections.map((s) => ({ ...s, facts: extractFacts(s.intro) })),
    clauses: doc.clauses.map((c) => ({ ...c, facts: extractFacts(c.text) })),
    closing: doc.closing && { ...doc.closing, facts: extractFacts(doc.closing.text) },
    attachments: doc.attachments.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, facts: extractFacts(r.text) })) })),
  };
}
