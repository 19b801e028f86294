// The word diff on one long passage: the Hangzhou draft's and final's bodies repeated k times, each as one unnumbered paragraph.
import { placePattern } from '../src/align/mask-text.js';
import { diffPassages } from '../src/diff/diff-passages.js';
import type { DiffSide } from '../src/diff/diff-side.js';
import { extractFacts } from '../src/extract/extract-facts.js';
import { loadDocument } from '../src/pipeline.js';

/** CPU seconds of the passage diff for k = 1, 2, 4, 8 copies, and how 8 copies compare with one (linear: 8×; the goal: ≤ 12×). */
export function measureLongPassage(): string[] {
  const body = (id: string) =>
    loadDocument(id)
      .parsed.clauses.map((c) => c.text.replace(/\n/g, ''))
      .join('');
  const [draft, final] = [body('hangzhou-2024-draft'), body('hangzhou-2024')];
  const places = placePattern(['杭州市']);
  const side = (text: string): DiffSide => ({ ids: ['p1'], text, facts: extractFacts(text), units: [], lead: null, title: null, spans: [], clauses: false, places: [] });
  const cpu: number[] = [];
  const out: string[] = [];
  for (const k of [1, 2, 4, 8]) {
    const [b, o] = [side(draft.repeat(k)), side(final.repeat(k))];
    const start = process.cpuUsage();
    const r = diffPassages(b, o, { places, crossJurisdiction: false });
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1e6);
    out.push(`  ${k}× (${b.text.length.toLocaleString('en')} characters): ${cpu[cpu.length - 1]!.toFixed(2)} s CPU, ${r.changes.length} changes`);
  }
  out.push(`  8× takes ${(cpu[3]! / cpu[0]!).toFixed(1)}× the time of 1× (linear: 8×; target ≤ 12×)`);
  // The same bodies with every mark and line break taken out (an extraction gone wrong): nothing to cut sentences at, figures read
  // and paired all the same.
  const bare = (t: string) => t.replace(/[\p{P}\s]/gu, '');
  const [b, o] = [side(bare(draft.repeat(8))), side(bare(final.repeat(8)))];
  const start = process.cpuUsage();
  diffPassages(b, o, { places, crossJurisdiction: false });
  const used = process.cpuUsage(start);
  out.push(`  8× without any punctuation (${b.text.length.toLocaleString('en')} characters, ${b.facts.length} figures): ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`);
  return out;
}
