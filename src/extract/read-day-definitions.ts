// Reads a law's own definition of its time limits: “三日”、“五日”、“七日”、“十日”的规定是指工作日 — those limits count working days.
import type { Fact } from '../model/fact.js';
import { parseChineseNumeral } from '../parse/parse-chinese-numeral.js';

/** The quoted limits of a definition sentence and what they mean: 工作日. */
const DEFINITION = /((?:[“"][零〇一二两三四五六七八九十百\d]{1,6}日[”"][、，和及]?){1,12})[^。；]{0,16}?(?:是指|指|为)工作日/;

/** The day counts a text defines as working days (empty when it defines none). */
export function readWorkingDayDefinitions(texts: string[]): Set<number> {
  const days = new Set<number>();
  for (const t of texts) {
    const m = DEFINITION.exec(t);
    if (!m) continue;
    for (const q of m[1]!.matchAll(/[“"]([^”"]+)日[”"]/g)) {
      const v = /^\d+$/.test(q[1]!) ? Number(q[1]) : parseChineseNumeral(q[1]!);
      if (v) days.add(v);
    }
  }
  return days;
}

/** A limit written in 日 that the text defines as working days: its unit is 工作日. */
export function applyWorkingDays(facts: Fact[], days: ReadonlySet<number>): Fact[] {
  if (!days.size) return facts;
  return facts.map((f) => (f.unit === '天' && f.kind === 'duration' && days.has(f.value) && /日/.test(f.text) ? { ...f, unit: '工作日' } : f));
}
