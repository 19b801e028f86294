// The families matrix on the bundled corpus: reducer and frame at 80×24, and in ink the figures of one item per jurisdiction.
import React from 'react';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { makeMasker } from '../../../src/align/mask-text.js';
import { figuresSource } from '../../../src/cli/open-families-tui.js';
import { buildFamilies, familyMember } from '../../../src/families/build-families.js';
import { alignLoaded } from '../../../src/pipeline.js';
import { jurisdictionNames } from '../../../src/document-info.js';
import { FamiliesTuiApp } from '../../../src/render/tui/families-tui-app.js';
import { familiesFrame } from '../../../src/render/tui/families-tui-frame.js';
import { familiesKey } from '../../../src/render/tui/families-tui-keys.js';
import { type FamiliesTuiState, initialFamiliesState, reduceFamiliesTui, visibleFamilies } from '../../../src/render/tui/families-tui-state.js';
import { plainText } from '../../../src/render/tui/styled-line.js';
import { makeTheme } from '../../../src/render/tui/tui-theme.js';
import { load } from '../../helpers/corpus.js';
import { mountInk } from '../../helpers/ink-screen.js';

const anchor = load('hangzhou-2024');
const others = ['jiande-2024', 'quzhou-2024', 'haining-2024-draft'];
const table = buildFamilies(
  anchor,
  others.map((id) => {
    const doc = load(id);
    const names = jurisdictionNames(anchor, doc);
    return familyMember(doc, alignLoaded(anchor, doc, names).alignment, makeMasker(names));
  }),
);

function press(s: FamiliesTuiState, ...keys: string[]): FamiliesTuiState {
  for (const k of keys) {
    const r = k === '\r' ? familiesKey(s, '', { return: true }) : familiesKey(s, k, {});
    if (r && r.type !== 'quit' && r.type !== 'want-figures') s = reduceFamiliesTui(s, r);
  }
  return s;
}
const screen = (s: FamiliesTuiState) => familiesFrame(s).map(plainText);

describe('families matrix', () => {
  it('fits 80×24 with all four jurisdictions as columns and an adoption mark per cell', () => {
    const rows = screen(initialFamiliesState(table, makeTheme(false), 80, 24));
    expect(rows).toHaveLength(23);
    for (const r of rows) expect(stringWidth(r)).toBe(80);
    expect(rows[0]).toContain(`${table.families.length} policy items across 4 documents, anchored on hangzhou-2024 (杭州市)`);
    // The draft is marked as one (海宁市稿).
    expect(rows[3]).toMatch(/杭州市\s+建德市\s+衢州市\s+海宁市稿/);
    expect(rows[5]).toMatch(/^c1\s+（一）.*● c1\s+● c1\s+● c1\s+● c1/);
  });

  it('search finds 科创平台 (十): Hangzhou has it, Jiande and Quzhou left it out', () => {
    const s = press(initialFamiliesState(table, makeTheme(false), 80, 24), '/', '科创平台', '\r');
    expect(visibleFamilies(s).map((i) => table.families[i]!.id)).toContain('c10');
    const row = screen(s).find((r) => r.startsWith('c10 '))!;
    expect(row).toMatch(/● c10\s+·\s+·/);
  });

  it('the uneven filter keeps items some jurisdiction left out or changed; columns scroll when they do not fit', () => {
    const s = press(initialFamiliesState(table, makeTheme(false), 80, 24), 'f');
    expect(s.filter).toBe('uneven');
    for (const i of visibleFamilies(s)) expect(Object.values(table.families[i]!.members).some((m) => m.mark !== 'adopted')).toBe(true);
    const narrow = press(initialFamiliesState(table, makeTheme(false), 60, 24), 'l');
    expect(narrow.column).toBe(1);
    expect(screen(narrow)[3]).not.toContain('杭州市');
    expect(screen(narrow)[3]).toContain('←');
  });

  it('enter shows the figures of (二) in every jurisdiction: 177.1亿元 in Hangzhou, 1.95亿元 in Jiande', async () => {
    const { type, shows, unmount } = mountInk(<FamiliesTuiApp table={table} theme={makeTheme(false)} width={80} height={24} onFigures={figuresSource(table, anchor, new Map())} />);
    // Typed in one go: the search, enter to keep it, enter to open the figures.
    await type('/', 'c2', '\r', '\r');
    const frame = await shows('Figures of c2');
    expect(frame).toContain('Figures of c2 （二）加大财政支援力度');
    // Jiande's figure is paired weakly (as diff pairs it, confidence below 0.5): shown with ? before it.
    expect(frame).toMatch(/市财政预算安排资金: 杭州市 177\.1亿元 · 建德市 \? 1\.95亿元/);
    await type('q');
    unmount();
  });
});
