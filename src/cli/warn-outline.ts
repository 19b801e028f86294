// One line on stderr for each document whose outline is weak (text in no unit, nothing numbered), so no command answers as if it had read it all.
import type { LoadedDocument } from '../pipeline.js';
import { outlineWarnings } from '../parse/outline-warnings.js';

export function warnOutline(...docs: Array<Pick<LoadedDocument, 'source' | 'parsed'>>): void {
  for (const d of docs) {
    const ws = outlineWarnings(d.parsed);
    if (ws.length) process.stderr.write(`policydiff: warning: ${d.source.file}:${ws[0]!.line}: ${ws.map((w) => w.message).join('; ')}\n`);
  }
}
