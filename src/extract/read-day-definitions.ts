// Reads a law's own definition of its time limits — “三日”、“五日”的规定是指工作日; 十日以内期限的规定是指工作日; 本法规定的期限以工作日计算 — as which 日 count working days.
import type { Fact } from '../model/fact.js';
import { parseChineseNumeral } from '../parse/parse-chinese-numeral.js';

const NUMERAL = '[零〇一二两三四五六七八九十百\\d]{1,6}';
/** The quoted limits of a definition sentence and what they mean: 工作日. */
const QUOTED = new RegExp(`((?:[“"]${NUMERAL}日[”"][、，和及]?){1,12})[^。；]{0,16}?(?:是指|指|为)工作日`);
/** 十日以内期限的规定是指工作日: every limit up to that many days. */
const UP_TO = new RegExp(`(${NUMERAL})日以内(?:的)?期限[^。；]{0,8}?(?:是指|指|为)工作日`);
/** 本法规定的（…）期限以工作日计算: every limit of the text written in 日. */
const EVERY = /本(?:法|条例|规定|办法|细则)[^。；]{0,40}?(?:期限|期间)[^。；]{0,12}?(?:以|按|按照)工作日计算/;

/** Which day counts a text defines as working days: a test of a limit's number of 日 (null when the text defines none). */
export type WorkingDays = ((days: number) => boolean) | null;

const numberOf = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s));

/** The day counts the texts (a law's articles) define as working days. */
export function readWorkingDayDefinitions(texts: string[]): WorkingDays {
  const days = new Set<number>();
  let upTo = 0;
  let every = false;
  for (const t of texts) {
    const quoted = QUOTED.exec(t);
    if (quoted) {
      for (const q of quoted[1]!.matchAll(/[“"]([^”"]+)日[”"]/g)) {
        const v = numberOf(q[1]!);
        if (v) days.add(v);
      }
    }
    const limit = UP_TO.exec(t);
    if (limit) upTo = Math.max(upTo, numberOf(limit[1]!) ?? 0);
    if (EVERY.test(t)) every = true;
  }
  if (every) return () => true;
  if (!days.size && !upTo) return null;
  return (v) => days.has(v) || v <= upTo;
}

/** A limit written in 日 that the text defines as working days: its unit is 工作日. */
export function applyWorkingDays(facts: Fact[], working: WorkingDays): Fact[] {
  if (!working) return facts;
  return facts.map((f) => (f.unit === '天' && f.kind === 'duration' && working(f.value) && /日/.test(f.text) ? { ...f, unit: '工作日' } : f));
}
