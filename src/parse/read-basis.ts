// The documents a text says it is made under (根据《优化营商环境条例》《河南省优化营商环境条例》…制定本条例): its legal basis, by title.
import type { ParsedDocument } from '../model/parsed-document.js';

/** A sentence naming what the text rests on: 根据, 依据, 按照 or 贯彻 (落实) before the cited titles. */
const BASIS_SENTENCE = /[^。；]*(?:根据|依据|按照|贯彻)[^。；]*《[^。；]*/gu;
const CITED = /《([^《》]{2,80})》/gu;

/**
 * The titles the text cites as its basis, as printed (without 《》), in the order cited: from the preamble and the first clause,
 * where laws (第一条 …根据…制定本条例) and policies (为贯彻落实《…》) say it. Empty when the text names none.
 */
export function readBasis(doc: Pick<ParsedDocument, 'preamble' | 'clauses'>): string[] {
  const text = [doc.preamble?.text ?? '', doc.clauses[0]?.text ?? ''].join('\n');
  const out: string[] = [];
  for (const sentence of text.match(BASIS_SENTENCE) ?? []) {
    for (const m of sentence.matchAll(CITED)) if (!out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/** A title as cited and as printed compare without 中华人民共和国 and marks: 《优化营商环境条例》 is 优化营商环境条例. */
export function citedTitleKey(title: string): string {
  return title.replace(/^中华人民共和国/, '').replace(/[\p{P}\p{S}\s]/gu, '');
}
