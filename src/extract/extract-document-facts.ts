// Fills in the facts of every passage of a parsed document: preamble, section intros, clauses, closing, table rows.
import type { ParsedDocument } from '../model/parsed-document.js';
import { extractFacts } from './extract-facts.js';

/** Returns the document with facts extracted (the input is not modified). */
export function extractDocumentFacts(doc: ParsedDocument): ParsedDocument {
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
