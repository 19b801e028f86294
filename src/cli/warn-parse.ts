// Lines on stderr for what a parse could not read cleanly (a weak outline, numbering it could not follow), so no command answers as if it had read it all.
import type { LoadedDocument } from '../pipeline.js';
import { outlineWarnings, parseWarnings } from '../parse/outline-warnings.js';

/** At most this many numbering warnings a document on stderr; `policydiff parse` lists them all. */
const MAX_PLACES = 3;

export function warnParse(...docs: Array<Pick<LoadedDocument, 'source' | 'parsed'>>): void {
  for (const d of docs) {
    const weak = outlineWarnings(d.parsed);
    if (weak.length) process.stderr.write(`policydiff: warning: ${d.source.file}:${weak[0]!.line}: ${weak.map((w) => w.message).join('; ')}\n`);
    const places = parseWarnings(d.parsed).slice(weak.length);
    for (const w of places.slice(0, MAX_PLACES)) process.stderr.write(`policydiff: warning: ${d.source.file}:${w.line}: ${w.message}\n`);
    if (places.length > MAX_PLACES) process.stderr.write(`policydiff: warning: ${d.source.file}: ${places.length - MAX_PLACES} more (policydiff parse ${d.source.file} lists them)\n`);
  }
}
