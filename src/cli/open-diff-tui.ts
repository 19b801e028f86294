// Opens the diff UI on an aligned pair: review decisions are saved through reviewPair (as `policydiff review` does) and can be undone; t checks a document.
import fs from 'node:fs';
import React from 'react';
import { alignableUnits } from '../align/alignable-units.js';
import { withFileLock } from '../ingest/with-file-lock.js';
import { writeFileAtomic } from '../ingest/write-file-atomic.js';
import type { DocumentDiff } from '../model/clause-diff.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { describeUnit } from '../parse/describe-unit.js';
import { type AlignedPair, checkLoaded, diffAligned, reloadReviewed, reviewPair } from '../pipeline.js';
import { DiffTuiApp } from '../render/tui/diff-tui-app.js';
import type { DiffTuiModel, UnitChoice } from '../render/tui/diff-tui-state.js';
import { runFullScreen } from '../render/tui/run-full-screen.js';
import { themeForTerminal } from '../render/tui/tui-theme.js';

function unitsOf(doc: ParsedDocument): UnitChoice[] {
  return alignableUnits(doc).map((u) => ({ id: u.id, label: describeUnit(doc, u.id) }));
}

/** The diff UI's model of a pair, and the decisions it can take on it with undo. */
export function diffTuiSession(start: AlignedPair & { diff: DocumentDiff }) {
  let current: AlignedPair = start;
  const units = { base: unitsOf(start.base.parsed), other: unitsOf(start.other.parsed) };
  const model = (diff: DocumentDiff): DiffTuiModel => ({ diff, units });
  // The alignment file's bytes before each decision (null: there was none), for undo.
  const history: Array<string | null> = [];
  const checks = new Map<AlignedPair['base'], ReturnType<typeof checkLoaded>>();
  const snapshot = (): string | null => {
    try {
      return fs.readFileSync(current.file, 'utf8');
    } catch {
      return null;
    }
  };
  return {
    model: model(start.diff),
    onReview(action: Parameters<typeof reviewPair>[1]): DiffTuiModel {
      const before = snapshot();
      current = reviewPair(current, action, 'policydiff review (terminal UI)');
      history.push(before);
      return model(diffAligned(current));
    },
    onUndo(): DiffTuiModel | null {
      if (!history.length) return null;
      const before = history.pop()!;
      withFileLock(current.file, () => {
        if (before === null) fs.rmSync(current.file, { force: true });
        else writeFileAtomic(current.file, before);
      });
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
