// Loads the units read after a number and the multipliers before them (units.tsv), longest first so 千瓦时 wins over 千瓦 and 万元 over 元.
import { lexiconRows, readLexiconText } from './read-lexicon.js';

export interface UnitInfo {
  /** Canonical unit the value is expressed in. */
  unit: string;
  /** Multiply the printed number by this to get the canonical value. */
  scale: number;
  kind: string;
}

export interface Units {
  /** Unit words with what they mean, longest first. */
  units: Array<[string, UnitInfo]>;
  /** 万亿, 亿, 万 written between the number and the unit, with their factor, longest first. */
  multipliers: Array<[string, number]>;
}

let cache: Units | null = null;

export function loadUnits(): Units {
  if (cache) return cache;
  const units: Units['units'] = [];
  const multipliers: Units['multipliers'] = [];
  for (const row of lexiconRows(readLexiconText('units.tsv'))) {
    const [word, unit, scaleText, kind] = row;
    const scale = Number(scaleText);
    if (!word || !unit || !kind || !Number.isFinite(scale) || scale <= 0) throw new Error(`units.tsv: malformed line: ${row.join('\t')}`);
    if (kind === 'multiplier') multipliers.push([word, scale]);
    else units.push([word, { unit, scale, kind }]);
  }
  const longestFirst = <T>(xs: Array<[string, T]>) => xs.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  cache = { units: longestFirst(units), multipliers: longestFirst(multipliers) };
  return cache;
}
