// The unit after a number (units.tsv in src/lexicon/), with its canonical unit, scale and kind; and the multipliers 万, 亿 before it.
import { type UnitInfo, loadUnits } from '../lexicon/load-units.js';

export type { UnitInfo };

/** Multipliers written between the number and the unit: 100万千瓦, 2万亩, 1.5亿千瓦时; longest first. */
export const MULTIPLIERS: ReadonlyArray<[string, number]> = loadUnits().multipliers;

/**
 * The unit starting at `pos`, or null (the longest that fits: 千瓦时 over 千瓦, 万元 over 元). Money per a unit of something else is one
 * unit, a rate: 0.3元/千瓦时, 2万元/亩 (元/亩, scale 10000), 500元／人 — kept apart from sums, which it never pairs with; so is any
 * other quantity per a unit (35微克/立方米, 3次/年).
 */
export function unitAt(text: string, pos: number): { text: string; info: UnitInfo } | null {
  const found = plainUnitAt(text, pos);
  if (!found || found.info.kind === 'ratio' || !/[/／]/.test(text[pos + found.text.length] ?? '')) return found;
  const per = plainUnitAt(text, pos + found.text.length + 1);
  if (!per || per.info.kind === 'money' || per.info.kind === 'ratio') return found;
  return {
    text: `${found.text}${text[pos + found.text.length]}${per.text}`,
    info: { unit: `${found.info.unit}/${per.info.unit}`, scale: found.info.scale / per.info.scale, kind: found.info.kind },
  };
}

function plainUnitAt(text: string, pos: number): { text: string; info: UnitInfo } | null {
  for (const [word, info] of loadUnits().units) {
    if (text.startsWith(word, pos)) return { text: word, info };
  }
  return null;
}
