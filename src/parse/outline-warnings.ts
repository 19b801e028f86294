// The warnings of a parse that every command must pass on: the outline is weak (text in no unit, nothing numbered) first, then each place the numbering could not be followed.
import type { ParsedDocument, ParseWarning } from '../model/parsed-document.js';

export function outlineWarnings(doc: Pick<ParsedDocument, 'warnings'>): ParseWarning[] {
  return doc.warnings.filter((w) => w.kind === 'outline');
}

/**
 * Every warning of the parse, those of a weak outline first, then by line: a numbering that jumps, repeats or continues nothing
 * means text may sit in the wrong unit (第十六条 run into 第十五条), so a comparison built on it says so too.
 */
export function parseWarnings(doc: Pick<ParsedDocument, 'warnings'>): ParseWarning[] {
  return [...outlineWarnings(doc), ...doc.warnings.filter((w) => w.kind !== 'outline').sort((a, b) => a.line - b.line)];
}
