// Reading a hard-wrapped text (normalize): one long paragraph wrapped every 30 characters, inside an open bracket, at k times a base length.
import { normalizeDocument } from '../src/normalize/normalize-document.js';

/** A text of `lines` wrapped lines: one paragraph that opens a bracket and never closes it, as a broken extraction can give. */
function wrapped(lines: number): string {
  const line = '依照本条例规定对企业给予补助资金并按照有关规定执行的有关部门';
  return `（${Array.from({ length: lines }, (_, k) => `${line}${k % 10}`).join('\n')}\n`;
}

/** CPU seconds of normalizing 5,000, 10,000 and 20,000 wrapped lines, and how the longest compares with the shortest (linear: 4×). */
export function measureWrappedText(): string[] {
  const out: string[] = [];
  const cpu: number[] = [];
  normalizeDocument('warm-up', wrapped(2_000));
  for (const lines of [5_000, 10_000, 20_000]) {
    const text = wrapped(lines);
    const start = process.cpuUsage();
    const n = normalizeDocument('wrapped', text);
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1e6);
    out.push(`  ${lines.toLocaleString('en')} lines (${text.length.toLocaleString('en')} characters, joined into ${n.text.split('\n').length} line${n.text.split('\n').length > 1 ? 's' : ''}): ${cpu[cpu.length - 1]!.toFixed(2)} s CPU`);
  }
  out.push(`  20,000 lines take ${(cpu[2]! / cpu[0]!).toFixed(1)}× the time of 5,000 (linear: 4×; a join that re-reads its paragraph for every line is 16×)`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const l of measureWrappedText()) console.log(l);
