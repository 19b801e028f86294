// Reads a gold alignment and turns it into sure and possible (base|other) pairs in PolicyDiff ids.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../store/project-paths.js';
import { type GoldAlignment as Gold, GoldAlignment, goldRefToId } from '../model/gold.js';

export interface GoldPairs {
  gold: Gold;
  /** Sure pairs. */
  S: Set<string>;
  /** Sure and possible pairs. */
  P: Set<string>;
}

/** Loads alignments/gold/<file>; `sourceIsBase` says whether the gold's source is PolicyDiff's base side. Preamble and closing are not scored. */
export function loadGoldPairs(file: string, sourceIsBase: boolean): GoldPairs {
  const gold = GoldAlignment.parse(JSON.parse(fs.readFileSync(path.join(projectRoot(), 'alignments', 'gold', file), 'utf8')));
  const S = new Set<string>();
  const P = new Set<string>();
  for (const l of gold.links) {
    const s = goldRefToId(l.source);
    const t = goldRefToId(l.target);
    if (s === 'preamble' || s === 'closing') continue;
    const pair = sourceIsBase ? `${s}|${t}` : `${t}|${s}`;
    P.add(pair);
    if (l.sure) S.add(pair);
  }
  return { gold, S, P };
}

/** The bundled gold files and which of their sides is PolicyDiff's base. */
export const GOLD_PAIRS: Array<{ file: string; base: string; other: string; sourceIsBase: boolean }> = [
  { file: 'hz-draft-final.align.json', base: 'hangzhou-2024-draft', other: 'hangzhou-2024', sourceIsBase: true },
  { file: 'jiande-hangzhou.align.json', base: 'hangzhou-2024', other: 'jiande-2024', sourceIsBase: false },
];
