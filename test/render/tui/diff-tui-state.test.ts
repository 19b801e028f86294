// The diff UI without a terminal: the pure reducer and key map on a real pair (Hangzhou → Jiande), frames cut to 80×24.
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignableUnits } from '../../../src/align/alignable-units.js';
import { describeUnit } from '../../../src/parse/describe-unit.js';
import { alignLoaded, diffAligned } from '../../../src/pipeline.js';
import { diffFrame } from '../../../src/render/tui/diff-tui-frame.js';
import { diffKey, type KeyInfo } from '../../../src/render/tui/diff-tui-keys.js';
import { type DiffTuiModel, type DiffTuiState, detailLinesOf, initialDiffState, reduceDiffTui, visiblePairs } from '../../../src/render/tui/diff-tui-state.js';
import { layoutOf } from '../../../src/render/tui/screen-parts.js';
import { plainText } from '../../../src/render/tui/styled-line.js';
import { makeTheme } from '../../../src/render/tui/tui-theme.js';
import { load } from '../../helpers/corpus.js';

let model: DiffTuiModel;

beforeAll(() => {
  const base = load('hangzhou-2024');
  const other = load('jiande-2024');
  const aligned = alignLoaded(base, other);
  const units = (d: typeof base) => alignableUnits(d.parsed).map((u) => ({ id: u.id, label: describeUnit(d.parsed, u.id) }));
  model = { diff: diffAligned(aligned), units: { base: units(base), other: units(other) } };
});

const start = (width = 80, height = 24) => initialDiffState(model, makeTheme(false), width, height);

/** Presses keys as a user types them; effects (review, undo, quit) are returned instead of applied. */
function press(s: DiffTuiState, ...keys: Array<string | KeyInfo>): { state: DiffTuiState; effects: string[] } {
  const effects: string[] = [];
  for (const k of keys) {
    const r = typeof k === 'string' ? diffKey(s, k, {}) : diffKey(s, '', k);
    if (!r) continue;
    if (r.type === 'review' || r.type === 'undo' || r.type === 'quit' || r.type === 'check') effects.push(r.type === 'review' ? `${r.action.kind} ${JSON.stringify(r.action)}` : r.type === 'check' ? `check ${r.side}` : r.type);
    else s = reduceDiffTui(s, r);
  }
  return { state: s, effects };
}

const screen = (s: DiffTuiState) => diffFrame(s).map(plainText);
const selected = (s: DiffTuiState) => s.model.diff.pairs[s.selected]!;

describe('diff UI state', () => {
  it('opens on the changed pairs, and every frame fills 80×24 minus one row without spilling', () => {
    const s = start();
    expect(s.filter).toBe('changed');
    const rows = screen(s);
    expect(rows).toHaveLength(23);
    for (const r of rows) expect(stringWidth(r)).toBe(80);
    expect(rows[0]).toContain('hangzhou-2024 · 杭州市');
    expect(rows[1]).toContain('jiande-2024 · 建德市 · 正式文件 · 2024-05-06 · 建政函〔2024〕50号');
    expect(rows[2]).toMatch(/^\d+ ↔ 71 clauses │ ~\d+ .*│ figures:? \d+ changed/);
    expect(rows[22]).toMatch(/filter changed 1\/\d+$/);
    expect(rows.some((r) => r.includes('一、扩大有效投资政策'))).toBe(true);
  });

  it('j/k, G and g move the selection over pairs only; the list scrolls to keep it in view', () => {
    let { state } = press(start(), 'j', 'j');
    const visible = visiblePairs(state);
    expect(state.selected).toBe(visible[2]);
    state = press(state, 'k').state;
    expect(state.selected).toBe(visible[1]);
    state = press(state, 'G').state;
    expect(state.selected).toBe(visible[visible.length - 1]);
    const label = selected(state).numbering!.base || selected(state).numbering!.other;
    expect(screen(state).slice(3, 22).some((r) => r.includes(label))).toBe(true);
    state = press(state, 'g').state;
    expect(state.selected).toBe(visible[0]);
    // A page is the list's height less two rows of context.
    expect(press(state, { pageDown: true }).state.selected).toBe(visible[layoutOf(80, 24).body - 2]);
  });

  it('the numeric filter keeps the pairs whose figures changed, and the table shows them (177.1亿元 → 1.95亿元)', () => {
    let { state } = press(start(), 'f');
    expect(state.filter).toBe('numeric');
    for (const i of visiblePairs(state)) expect(state.model.diff.pairs[i]!.numbers.some((n) => n.change !== 'unchanged')).toBe(true);
    while (selected(state).numbering?.base !== '（二）') state = press(state, 'j').state;
    const rows = screen(state).join('\n');
    expect(rows).toContain('Figures');
    expect(rows).toContain('177.1亿元');
    expect(rows).toContain('1.95亿元');
    // At 80 columns the change is given relatively; with room, in full.
    expect(rows).toMatch(/−98\.9%/);
    const wide = screen(reduceDiffTui(state, { type: 'resize', width: 160, height: 40 })).join('\n');
    expect(wide).toContain('−175.15亿元 (−98.9%)');
  });

  it('added-dropped lists the clauses one side lacks; moved and low-confidence filters cycle on', () => {
    const { state } = press(start(), 'f', 'f');
    expect(state.filter).toBe('added-dropped');
    const statuses = visiblePairs(state).map((i) => state.model.diff.pairs[i]!.status);
    expect(statuses).toContain('base-only');
    expect(statuses).toContain('other-only');
    expect(press(state, 'f').state.filter).toBe('moved');
    expect(press(state, 'f', 'f').state.filter).toBe('low-confidence');
    expect(press(state, 'f', 'f', 'f').state.filter).toBe('all');
    expect(press(state, 'F').state.filter).toBe('numeric');
  });

  it('/ searches labels and text as it is typed; enter keeps it, esc clears it', () => {
    let { state } = press(start(), '/', '用', '能');
    expect(state.draft).toBe('用能');
    const hits = visiblePairs(state);
    expect(hits.length).toBeGreaterThan(0);
    for (const i of hits) expect(JSON.stringify(state.model.diff.pairs[i]!.text)).toContain('用能');
    expect(screen(state)[22]).toContain('search: 用能');
    state = press(state, { return: true }).state;
    expect(state.query).toBe('用能');
    expect(screen(state)[22]).toContain('/用能');
    state = press(state, { escape: true }).state;
    expect(state.query).toBe('');
    expect(visiblePairs(state).length).toBeGreaterThan(hits.length);
  });

  it('n and N step over pairs that are identical or differ only by variants', () => {
    let { state } = press(start(), 'F');
    expect(state.filter).toBe('all');
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      state = press(state, 'n').state;
      seen.add(selected(state).status);
    }
    expect(seen.has('identical') || seen.has('variant-only')).toBe(false);
    const before = state.selected;
    state = press(state, 'N').state;
    expect(state.selected).toBeLessThan(before);
  });

  it('side by side needs room: at 80 columns it says so and stays inline; at 160 it splits base │ other', () => {
    const narrow = press(start(), 's').state;
    expect(screen(narrow).join('\n')).toContain('side by side needs');
    const wide = press(start(160, 40), 's').state;
    const rows = screen(wide);
    expect(rows.join('\n')).toContain('Text: base │ other');
    expect(rows.filter((r) => r.includes(' │ ')).length).toBeGreaterThan(5);
    for (const r of rows) expect(stringWidth(r)).toBe(160);
  });

  it('v expands the variants line; tab and the arrows move between panes and j then scrolls the text', () => {
    let { state } = press(start());
    while (!selected(state).variants.length) state = press(state, 'j').state;
    expect(screen(state).join('\n')).toContain('v shows them');
    state = press(state, 'v').state;
    expect(screen(state).join('\n')).toContain('v hides them');
    state = press(state, { tab: true }).state;
    expect(state.focus).toBe('detail');
    const sel = state.selected;
    state = press(state, 'j').state;
    expect(state.selected).toBe(sel);
    state = press(state, { leftArrow: true }).state;
    expect(state.focus).toBe('list');
  });

  it('c and x decide on the selected link; on a clause only in base they say why not; l opens the picker and enter links', () => {
    let { state } = press(start());
    const linked = selected(state);
    // The shipped alignment file confirms every link of this pair: c says so instead of deciding again; x rejects.
    expect(linked.link?.status).toBe('confirmed');
    const again = press(state, 'c');
    expect(again.effects).toEqual([]);
    expect(again.state.message?.text).toMatch(/^already confirmed/);
    expect(press(state, 'x').effects[0]).toMatch(/^reject/);
    // An unreviewed link: c confirms it.
    const unreviewed = { ...model, diff: { ...model.diff, pairs: model.diff.pairs.map((p, i) => (i === state.selected ? { ...p, link: { ...p.link!, status: 'auto' } } : p)) } };
    const fresh = { ...state, model: unreviewed };
    expect(press(fresh, 'c').effects).toEqual([`confirm ${JSON.stringify({ kind: 'confirm', base: linked.base[0], other: linked.other[0] })}`]);
    state = press(state, 'f', 'f').state;
    while (selected(state).status !== 'base-only') state = press(state, 'j').state;
    const lonely = selected(state);
    const after = press(state, 'c');
    expect(after.effects).toEqual([]);
    expect(after.state.message?.text).toMatch(/no link to confirm: this clause is only in base; l links it by hand/);
    state = press(state, 'l').state;
    expect(state.picker?.side).toBe('other');
    expect(screen(state).join('\n')).toContain(`Link ${lonely.base[0]} with a unit of jiande-2024`);
    state = press(state, '/', '1', '0', '.', { return: true }).state;
    const { effects } = press(state, { return: true });
    expect(effects).toHaveLength(1);
    expect(effects[0]).toMatch(new RegExp(`^link .*"base":\\["${lonely.base[0]}"\\],"other":\\["c10"\\]`));
    expect(press(state, { escape: true }).state.picker).toBeNull();
    // a instead of enter adds the clause to the link the picked one has: base + the picked clause's base ↔ its other clauses.
    const owner = model.diff.pairs.find((p) => p.link && p.other.includes('c11'))!;
    const onC11 = press(state, '/', '1', '1', '.', { return: true }).state;
    const added = press(onC11, 'a').effects[0]!;
    const action = JSON.parse(added.replace(/^link /, '')) as { base: string[]; other: string[] };
    expect(action.other).toEqual(owner.other);
    expect(action.base.sort()).toEqual([...new Set([lonely.base[0]!, ...owner.base])].sort());
  });

  it('? shows the keys and any key closes it; q quits', () => {
    const { state } = press(start(), '?');
    expect(screen(state).join('\n')).toContain('relink: pick the clause of the other document by hand');
    expect(press(state, 'j').state.help).toBe(false);
    expect(press(start(), 'q').effects).toEqual(['quit']);
  });
});

describe('keys arriving in one chunk', () => {
  it('split into keys, with return ending a search and the rest taken as keys again', async () => {
    const { splitKeys } = await import('../../../src/render/tui/screen-keys.js');
    expect(splitKeys('jjj', {}, false)).toEqual([['j', {}], ['j', {}], ['j', {}]]);
    expect(splitKeys('耕地\rjj', {}, true)).toEqual([['耕地', {}], ['', { return: true }], ['j', {}], ['j', {}]]);
    expect(splitKeys('j\t', {}, false)).toEqual([['j', {}], ['', { tab: true }]]);
    expect(splitKeys('c', { ctrl: true }, false)).toEqual([['c', { ctrl: true }]]);
    // esc read in one chunk with the key after it reaches ink as Alt+key: it is esc, then the key (no Alt keys are bound).
    expect(splitKeys('c', { meta: true }, false)).toEqual([['', { escape: true }], ['c', { meta: false }]]);
    expect(splitKeys('', { meta: true, upArrow: true }, false)).toEqual([['', { escape: true }], ['', { meta: false, upArrow: true }]]);
    expect(splitKeys('', { meta: true, escape: true }, false)).toEqual([['', { meta: true, escape: true }]]);
  });
});

describe('colour', () => {
  it('deleted text is red and struck through, inserted text green and underlined; without colour they are bracketed', async () => {
    const { lineToAnsi } = await import('../../../src/render/tui/styled-line.js');
    const coloured = diffFrame(initialDiffState(model, makeTheme(true), 80, 24)).map(lineToAnsi).join('\n');
    expect(coloured).toMatch(/\u001b\[31m\u001b\[9m[^\u001b]+\u001b\[29m\u001b\[39m/);
    expect(coloured).toMatch(/\u001b\[32m\u001b\[4m[^\u001b]+\u001b\[24m\u001b\[39m/);
    const plain = screen(start()).join('\n');
    expect(plain).toMatch(/\[-[^\]]+-\]|\{\+[^}]+\+\}/);
    // Without colour the pane says what is shown, not colours it does not show.
    const detail = detailLinesOf(start()).map(plainText).join('\n');
    expect(detail).toContain('Text ([-deleted-] {+added+})');
    expect(detail).not.toContain('in red');
    expect(detailLinesOf(initialDiffState(model, makeTheme(true), 80, 24)).map(plainText).join('\n')).toContain('Text (deleted in red, added in green)');
  });
});
