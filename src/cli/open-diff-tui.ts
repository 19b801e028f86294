// Opens the diff UI on an aligned pair: review decisions are saved under the file's lock (as `policydiff review` does), undone as the inverse decision; t checks a document.
import React from 'react';
import { alignableUnits } from '../align/alignable-units.js';
import { isDecision, restoreDecisions } from '../align/alignment-store.js';
import { reviewAlignment } from '../align/review-alignment.js';
import type { ReviewAction } from '../model/review-action.js';
import type { Link } from '../model/alignment.js';
import type { DocumentDiff } from '../model/clause-diff.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { describeUnit } from '../parse/describe-unit.js';
import { type AlignedPair, checkLoaded, diffAligned } from '../pipeline.js';
import { reloadReviewed, saveReviewed } from '../review-store.js';
import { DiffTuiApp } from '../render/tui/diff-tui-app.js';
import type { DiffTuiModel, UnitChoice } from '../render/tui/diff-tui-state.js';
import { runFullScreen } from '../render/tui/run-full-screen.js';
import { themeForTerminal } from '../render/tui/tui-theme.js';

function choicesOf(doc: ParsedDocument): UnitChoice[] {
  return alignableUnits(doc).map((u) => ({ id: u.id, label: describeUnit(doc, u.id) }));
}

/** The units a decision is about: its clauses on both sides (a confirm or reject names the base one; its link gives the other). */
function unitsOf(pair: AlignedPair, action: ReviewAction): { base: string[]; other: string[] } {
  if (action.kind === 'link') return { base: action.base, other: action.other };
  const link = pair.alignment.links.find((l) => l.base.includes(action.base) && (!action.other || l.other.includes(action.other)));
  return { base: link?.base ?? [action.base], other: link?.other ?? (action.other ? [action.other] : []) };
}

/** The diff UI's model of a pair, and the decisions it can take on it with undo. */
export function diffTuiSession(start: AlignedPair & { diff: DocumentDiff }) {
  let current: AlignedPair = start;
  const units = { base: choicesOf(start.base.parsed), other: choicesOf(start.other.parsed) };
  const model = (diff: DocumentDiff): DiffTuiModel => ({ diff, units });
  // Each decision's units and the decisions on them just before it: undo puts those back, through the lock, and leaves every
  // other decision (made meanwhile by \`policydiff review\` or another UI) as it is.
  const history: Array<{ units: { base: string[]; other: string[] }; before: Link[] }> = [];
  const checks = new Map<AlignedPair['base'], ReturnType<typeof checkLoaded>>();
  return {
    model: model(start.diff),
    onReview(action: ReviewAction): DiffTuiModel {
      const on = unitsOf(current, action);
      let before: Link[] = [];
      saveReviewed(
        current,
        (now) => {
          const touches = (l: Link) => l.base.some((b) => on.base.includes(b)) || l.other.some((o) => on.other.includes(o));
          before = now.links.filter((l) => isDecision(l) && touches(l));
          return reviewAlignment(now, action, current.auto);
        },
        'policydiff review (terminal UI)',
      );
      // Undo clears every decision on these units and on those of the decisions it replaced (a link trims the ones it overlaps,
      // c1+c2↔c1 → c1↔c1), then puts the replaced ones back.
      const all = { base: [...new Set([...on.base, ...before.flatMap((l) => l.base)])], other: [...new Set([...on.other, ...before.flatMap((l) => l.other)])] };
      history.push({ units: all, before });
      current = reloadReviewed(current);
      return model(diffAligned(current));
    },
    onUndo(): DiffTuiModel | null {
      const step = history.pop();
      if (!step) return null;
      saveReviewed(current, (now) => restoreDecisions(current.auto, now, step.units, step.before), 'policydiff review (terminal UI)');
      current = reloadReviewed(current);
      return model(diffAligned(current));
    },
    /** The check view's model of one side, made once per document (t pressed again reopens it). */
    onCheck(side: 'base' | 'other') {
      const doc = current[side];
      let checked = checks.get(doc);
      if (!checked) checks.set(doc, (checked = checkLoaded(doc)));
      return checked;
    },
  };
}

export async function openDiffTui(start: AlignedPair & { diff: DocumentDiff }): Promise<void> {
  const session = diffTuiSession(start);
  await runFullScreen(React.createElement(DiffTuiApp, { model: session.model, theme: themeForTerminal(), onReview: session.onReview, onUndo: session.onUndo, onCheck: session.onCheck }));
}
