// The diff UI as an ink component: keys go through diffKey and the pure reducer; review decisions and undo are handed to the caller; t opens the check view.
import { useApp, useInput } from 'ink';
import React, { useState } from 'react';
import type { ReviewAction } from '../../align/review-alignment.js';
import { CheckTuiApp } from './check-tui-app.js';
import type { CheckTuiModel } from './check-tui-state.js';
import { diffFrame } from './diff-tui-frame.js';
import { diffKey, splitKeys } from './diff-tui-keys.js';
import { type DiffTuiModel, initialDiffState, reduceDiffTui } from './diff-tui-state.js';
import { FrameView } from './frame-view.js';
import type { Theme } from './tui-theme.js';
import { useScreenState } from './use-screen-state.js';

export interface DiffTuiProps {
  model: DiffTuiModel;
  theme: Theme;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  width?: number;
  height?: number;
  /** Saves a decision and returns the diff as it now is; throws an InputError with a message for the footer. */
  onReview: (action: ReviewAction) => DiffTuiModel;
  /** Restores the alignment file as it was before the last decision; null when there is nothing to undo. */
  onUndo: () => DiffTuiModel | null;
  /** One document's attachment tables against its body, for the check view (t: other, T: base). */
  onCheck?: (side: 'base' | 'other') => CheckTuiModel;
}

export function DiffTuiApp(props: DiffTuiProps): React.JSX.Element {
  const { exit } = useApp();
  const [state, apply, latest] = useScreenState(reduceDiffTui, (width, height) => initialDiffState(props.model, props.theme, width, height), props);
  // The check view of one document, while it is open; the diff keeps its state underneath.
  const [checking, setChecking] = useState<CheckTuiModel | null>(null);

  /** Runs a decision after the "saving…" line is on screen; errors go to the footer, never out of the UI. */
  const decide = (run: () => DiffTuiModel | null, said: string) => {
    apply({ type: 'message', message: { text: 'saving…', tone: 'info' } });
    setTimeout(() => {
      try {
        const model = run();
        if (!model) apply({ type: 'message', message: { text: 'nothing to undo', tone: 'info' } });
        else apply({ type: 'model', model, message: { text: said, tone: 'ok' } });
      } catch (err) {
        apply({ type: 'message', message: { text: (err as Error).message, tone: 'error' } });
      }
    }, 0);
  };

  useInput((input, key) => {
    for (const [k, info] of splitKeys(input, key, latest.current.draft !== null)) {
      const r = diffKey(latest.current, k, info);
      if (!r) continue;
      if (r.type === 'quit') return exit();
      if (r.type === 'review') return decide(() => props.onReview(r.action), `${r.say} · saved`);
      if (r.type === 'undo') return decide(props.onUndo, 'undone: the alignment file is as it was before the last decision');
      if (r.type === 'check') {
        if (!props.onCheck) continue;
        try {
          const model = props.onCheck(r.side);
          if (model.report.tables) return setChecking(model);
          return apply({ type: 'message', message: { text: `${model.document.id}: no attachment tables to check`, tone: 'info' } });
        } catch (err) {
          return apply({ type: 'message', message: { text: (err as Error).message, tone: 'error' } });
        }
      }
      apply(r);
    }
  }, { isActive: checking === null });

  if (checking) return <CheckTuiApp model={checking} theme={props.theme} width={props.width} height={props.height} onClose={() => setChecking(null)} />;
  return <FrameView rows={diffFrame(state)} />;
}
