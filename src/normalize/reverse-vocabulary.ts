// Reverses unambiguous Taiwan-vocabulary swaps in the display text and records each one as a variant.
import { loadVariants } from '../lexicon/load-variants.js';
import { TrackedText } from './tracked-text.js';
import { splitsWords } from '../segment/splits-words.js';

export interface VocabularyVariant {
  /** Offset in the display text after reversal. */
  start: number;
  end: number;
  /** What the (script-converted) source said, and what the display text says now. */
  source: string;
  display: string;
}

let pattern: RegExp | null = null;
let table: Map<string, string> | null = null;

function reversible(): { re: RegExp; map: Map<string, string> } {
  if (!pattern || !table) {
    const entries = loadVariants().filter((e) => e.reverse);
    table = new Map(entries.map((e) => [e.variant, e.mainland]));
    pattern = new RegExp(entries.map((e) => escapeRegExp(e.variant)).join('|'), 'g');
  }
  return { re: pattern, map: table };
}

/** Rewrites Taiwan-only words and settled phrases to mainland wording; returns the text and the record. */
export function reverseVocabulary(t: TrackedText): { text: TrackedText; variants: VocabularyVariant[] } {
  const { re, map } = reversible();
  const variants: VocabularyVariant[] = [];
  let shift = 0;
  const out = t.replace(new RegExp(re.source, 'g'), (m: string) => map.get(m) ?? m);
  // Record positions in a second pass over the original (replace callbacks do not give the new offset).
  const scan = new RegExp(re.source, 'g');
  for (let m = scan.exec(t.text); m; m = scan.exec(t.text)) {
    const rep = map.get(m[0]) ?? m[0];
    const start = m.index + shift;
    variants.push({ start, end: start + rep.length, source: m[0], display: rep });
    shift += rep.length - m[0].length;
  }
  return { text: out, variants };
}

/** Folds every variant class (支援≡支持, 品质≡质量 …) to its mainland form, for similarity and diffs. */
export function foldVariants(text: string): string {
  const { re, map } = variantKeyPattern();
  return text.replace(re, foldVariant(map));
}

/**
 * A replacer folding a variant to its mainland word where it stands as a word: 品质 of 高品质 folds, the 品质 that 产品质量 prints
 * across two words does not (a variant of one character, 帐 of 帐簿, is inside its word by nature).
 */
export function foldVariant(map: Map<string, string>): (m: string, at: number, whole: string) => string {
  return (m, at, whole) => (m.length > 1 && splitsWords(whole, at, m.length) ? m : (map.get(m) ?? m));
}

let keyPattern: { re: RegExp; map: Map<string, string> } | null = null;

/** Every variant of the table (longest first) and the mainland word it folds to. */
export function variantKeyPattern(): { re: RegExp; map: Map<string, string> } {
  if (keyPattern) return keyPattern;
  const entries = loadVariants();
  keyPattern = {
    re: new RegExp(entries.map((e) => escapeRegExp(e.variant)).join('|'), 'g'),
    map: new Map(entries.map((e) => [e.variant, e.mainland])),
  };
  return keyPattern;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
