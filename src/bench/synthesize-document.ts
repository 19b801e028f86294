// Synthetic county documents for the benchmark: a parsed document perturbed (reorder, drop, split, merge, reword, figures), seeded.
import { chineseNumeral } from '../text/format-chinese-numeral.js';
import type { ParsedDocument } from '../model/parsed-document.js';

/** A seeded generator in [0, 1) (mulberry32), so a benchmark corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Perturbation {
  drop: number;
  split: number;
  merge: number;
  move: number;
  reword: number;
  figure: number;
}

export const DEFAULT_PERTURBATION: Perturbation = { drop: 0.06, split: 0.03, merge: 0.03, move: 0.03, reword: 0.3, figure: 0.2 };

export interface SyntheticDocument {
  text: string;
  jurisdiction: string;
  /** Clause or section id in the synthetic document → the source units it came from. */
  origin: Map<string, string[]>;
}

interface Piece {
  section: number;
  title: string;
  body: string;
  units: string[];
  origin: string[];
}

const REWORDINGS: Array<[string, string]> = [
  ['支持', '鼓励'], ['加快', '加速'], ['推动', '推进'], ['给予', '予以'], ['积极', '大力'], ['完善', '健全'],
  ['提升', '提高'], ['重点', '着力'], ['全面', '全力'], ['企业', '市场主体'], ['奖励', '奖补'], ['建设', '打造'],
];
const FACTORS = [0.5, 0.8, 1.2, 1.5, 2];

/** Perturbs a source document into a new county's policy text, recording where each synthetic unit came from. */
export function synthesizeDocument(source: ParsedDocument, sourceJurisdiction: string, county: string, random: () => number, p = DEFAULT_PERTURBATION): SyntheticDocument {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const localize = (t: string) => (sourceJurisdiction ? t.split(sourceJurisdiction).join(county) : t);
  let pieces: Piece[] = [];
  for (const c of source.clauses) {
    if (random() < p.drop) continue;
    const piece: Piece = { section: c.section, title: c.title, body: c.body, units: c.units, origin: [c.id] };
    const sentences = c.body.split(/(?<=。)/).filter((s) => s.trim());
    if (random() < p.split && sentences.length >= 2) {
      const cut = 1 + Math.floor(random() * (sentences.length - 1));
      pieces.push({ ...piece, body: sentences.slice(0, cut).join('') });
      const rest = sentences.slice(cut).join('');
      pieces.push({ ...piece, title: rest.split(/(?<=。)/)[0]!, body: rest.split(/(?<=。)/).slice(1).join('') });
      continue;
    }
    pieces.push(piece);
  }
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.section === piece.section && random() < p.merge) {
      last.body += `${piece.title}${piece.body}`;
      last.units = [...new Set([...last.units, ...piece.units])];
      last.origin = [...new Set([...last.origin, ...piece.origin])];
    } else merged.push({ ...piece });
  }
  pieces = merged;
  for (let i = 0; i < pieces.length; i++) {
    if (random() >= p.move) continue;
    const [moved] = pieces.splice(i, 1);
    const to = Math.floor(random() * pieces.length);
    moved!.section = pieces[to]?.section ?? moved!.section;
    pieces.splice(to, 0, moved!);
  }
  const reword = (t: string) => {
    if (random() >= p.reword) return t;
    let out = t;
    for (let k = 0; k < 3; k++) {
      const [from, to] = pick(REWORDINGS);
      out = out.replace(from, to);
    }
    return out;
  };
  const figures = (t: string) =>
    t.replace(/\d+(?:\.\d+)?(?=\s*(?:万元|亿元|元|%|个|家|项|亩|人))/g, (n) => {
      if (random() >= p.figure) return n;
      const v = Number(n) * pick(FACTORS);
      return String(Number.isInteger(Number(n)) ? Math.max(1, Math.round(v)) : Math.round(v * 100) / 100);
    });
  const origin = new Map<string, string[]>();
  const lines = [localize(source.title), ''];
  if (source.preamble) lines.push(localize(source.preamble.text), '');
  let n = 0;
  for (const s of source.sections) {
    lines.push(`${chineseNumber(s.number)}、${s.title}${s.lead ? `（由${localize(s.lead)}牵头实施）` : ''}`);
    if (s.intro) lines.push(localize(figures(s.intro)));
    origin.set(s.id, [s.id]);
    for (const piece of pieces.filter((x) => x.section === s.number)) {
      n++;
      const units = piece.units.length ? `（责任单位：${piece.units.map(localize).join('、')}）` : '';
      lines.push(`${n}.${localize(figures(reword(piece.title)))}${localize(figures(reword(piece.body)))}${units}`);
      origin.set(`c${n}`, piece.origin);
    }
    lines.push('');
  }
  if (source.closing) lines.push(localize(source.closing.text));
  return { text: `${lines.join('\n')}\n`, jurisdiction: county, origin };
}

/** 1–99 in Chinese numerals, as section headings print them. */
export const chineseNumber = chineseNumeral;
