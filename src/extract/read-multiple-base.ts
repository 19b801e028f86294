// Reads what a multiple multiplies: 违法所得一倍以上十倍以下 is a multiple of 违法所得, and pairs only with multiples of it.
import type { Fact } from '../model/fact.js';
import { loadMultipleBases } from '../lexicon/load-multiple-bases.js';

/** The base named just before a 倍 figure (违法所得, 货值金额的, 上一年度营业收入百分之…), or undefined where none is named. */
export function readMultipleBase(text: string, f: Pick<Fact, 'start' | 'unit'>): string | undefined {
  if (f.unit !== '倍') return undefined;
  const before = text.slice(Math.max(0, f.start - 24), f.start).replace(/(?:的|之|总额)$/, '');
  return loadMultipleBases().find((b) => before.endsWith(b));
}
