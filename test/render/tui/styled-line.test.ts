// Lines of styled spans: wrapping by display width with Chinese line-breaking rules, and the SGR text ink is given.
import { describe, expect, it } from 'vitest';
import { lineToAnsi, plainText, span, wrapLine } from '../../../src/render/tui/styled-line.js';
import { loadDocument } from '../../../src/pipeline.js';

const texts = (lines: ReturnType<typeof wrapLine>) => lines.map(plainText);

describe('wrapLine', () => {
  it('cuts Chinese text by display width, two columns a character', () => {
    expect(texts(wrapLine([span('一二三四五六')], 8))).toEqual(['一二三四', '五六']);
  });

  it('never starts a line with a comma or a closing mark: the character before it goes down with it', () => {
    expect(texts(wrapLine([span('一二三四，五六')], 8))).toEqual(['一二三', '四，五六']);
    expect(texts(wrapLine([span('一二三四。”五')], 8))).toEqual(['一二三', '四。”五']);
    expect(texts(wrapLine([span('比重不低于95%，推动')], 14))).toEqual(['比重不低于', '95%，推动']);
  });

  it('keeps to the rule on a real clause of the corpus, and loses no character', () => {
    const clause = loadDocument('haining-2024-draft').parsed.clauses.find((c) => c.id === 'c5')!;
    for (const width of [30, 41, 58, 77]) {
      const lines = texts(wrapLine([span(clause.text)], width, 2));
      expect(lines.slice(1).every((l) => !/^ {2}[，。、；：！？）」』”’》]/.test(l)), `width ${width}`).toBe(true);
      expect(lines.map((l, i) => (i ? l.slice(2) : l)).join('')).toBe(clause.text);
    }
  });
});

describe('lineToAnsi', () => {
  it('writes blanks plain where their style would not show and leaves trailing blanks off, but keeps a highlighted blank', () => {
    expect(lineToAnsi([span('a'), span('   ', { dim: true }), span('b', { bold: true }), span('    ', { color: 'gray' })])).toBe('a   \u001b[1mb\u001b[22m');
    expect(lineToAnsi([span('x'), span('  ', { inverse: true }), span('  ')])).toBe('x\u001b[7m  \u001b[27m');
    expect(lineToAnsi([span('      ')])).toBe('');
  });
});
