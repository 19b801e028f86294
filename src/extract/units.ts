// The unit after a number (units.tsv in src/lexicon/), with its canonical unit, scale and kind; and the multipliers 万, 亿 before it.
import { type UnitInfo, loadUnits } from '../lexicon/load-units.js';

export type { UnitInfo };

/** Multipliers written between the number and the unit: 100万千瓦, 2万亩, 1.5亿千瓦时; longest first. */
export const MULTIPLIERS: ReadonlyArray<[string, number]> = loadUnits().multipliers;

/** The unit starting at `pos`, or null (the longest that fits: 千瓦时 over 千瓦, 万元 over 元). */
export function unitAt(text: string, pos: number): { text: string; info: UnitInfo } | null {
  for (const [word, info] of loadUnits().units) {
    if (text.startsWith(word, pos)) return { text: word, info };
  }
  return null;
}
