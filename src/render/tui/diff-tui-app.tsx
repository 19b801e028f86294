// The diff UI as an ink component: one key handler for the whole session feeds the diff view and the check view (t / T) through their pure reducers; review decisions and undo are handed to the caller.
import { useApp, useInput } from 'ink';
import React from 'react';
import type { ReviewAction } from '../../model/review-action.js';
import { checkFrame } from './check-tui-frame.js';
import { checkKey } from './check-tui-keys.js';
import type { CheckTuiModel } from './check-tui-state.js';
import { reduceDiffSession } from './diff-session-state.js';
import { diffFrame } from './diff-tui-frame.js';
import { diffKey } from './diff-tui-keys.js';
import { splitKeys } from './screen-keys.js';
import { type DiffTuiModel, initialDiffState } from './diff-tui-state.js';
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
  /** Takes back this UI's last decision (its inverse, saved under the lock; other decisions stay); null when there is nothing to undo. */
  onUndo: () => DiffTuiModel | null;
  /** One document's attachment tables against its body, for the check view (t: other, T: base). */
  onCheck?: (side: 'base' | 'other') => CheckTuiModel;
}

export function DiffTuiApp(props: DiffTuiProps): React.JSX.Element {
  const { exit } = useApp();
  const [state, apply, latest] = useScreenState(reduceDiffSession, (width, height) => ({ diff: initialDiffState(props.model, props.theme, width, height), check: null }), props);

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

  /** Opens the check view of one side at once (the keys after t go to it), or says on the footer why not. */
  const openCheck = (side: 'base' | 'other') => {
    if (!props.onCheck) return;
    try {
      const model = props.onCheck(side);
      if (model.report.tables) apply({ type: 'check-open', model });
      else apply({ type: 'message', message: { text: `${model.document.id}: no attachment tables to check`, tone: 'info' } });
    } catch (err) {
      apply({ type: 'message', message: { text: (err as Error).message, tone: 'error' } });
    }
  };

  // One handler, always subscribed: a key is read against the state as the keys before it left it, whichever view that is,
  // so a key typed right after t or esc reaches the view it was typed for (a handler per view would miss it until React re-subscribes).
  useInput((input, key) => {
    const view = latest.current.check ?? latest.current.diff;
    for (const [k, info] of splitKeys(input, key, view.draft !== null)) {
      const { check, diff } = latest.current;
      if (check) {
        const r = checkKey(check, k, info);
        if (!r) continue;
        if (r.type === 'quit') return exit();
        apply(r.type === 'close' ? { type: 'check-close' } : { type: 'in-check', action: r });
        continue;
      }
      const r = diffKey(diff, k, info);
      if (!r) continue;
      if (r.type === 'quit') return exit();
      if (r.type === 'review') decide(() => props.onReview(r.action), `${r.say} · saved`);
      else if (r.type === 'undo') decide(props.onUndo, 'undone: your last decision is taken back; other decisions on file are kept');
      else if (r.type === 'check') openCheck(r.side);
      else apply(r);
    }
  });

  return <FrameView rows={state.check ? checkFrame(state.check) : diffFrame(state.diff)} />;
}
