// The warnings of a parse that every command must pass on: the outline is weak (text in no unit, nothing numbered), so a comparison may be coarse.
import type { ParsedDocument, ParseWarning } from '../model/parsed-document.js';

export function outlineWarnings(doc: Pick<ParsedDocument, 'warnings'>): ParseWarning[] {
  return doc.warnings.filter((w) => w.kind === 'outline');
}
