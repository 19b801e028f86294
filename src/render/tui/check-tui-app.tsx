// The check view as an ink component of its own (policydiff check): keys through checkKey and the pure reducer; it only reads, so nothing is saved.
import { useApp, useInput } from 'ink';
import React from 'react';
import { checkFrame } from './check-tui-frame.js';
import { checkKey } from './check-tui-keys.js';
import { type CheckTuiModel, initialCheckState, reduceCheckTui } from './check-tui-state.js';
import { splitKeys } from './screen-keys.js';
import { FrameView } from './frame-view.js';
import type { Theme } from './tui-theme.js';
import { useScreenState } from './use-screen-state.js';

export interface CheckTuiProps {
  model: CheckTuiModel;
  theme: Theme;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  width?: number;
  height?: number;
}

export function CheckTuiApp(props: CheckTuiProps): React.JSX.Element {
  const { exit } = useApp();
  const [state, apply, latest] = useScreenState(reduceCheckTui, (width, height) => initialCheckState(props.model, props.theme, width, height), props);

  useInput((input, key) => {
    for (const [k, info] of splitKeys(input, key, latest.current.draft !== null)) {
      const r = checkKey(latest.current, k, info);
      if (!r) continue;
      if (r.type === 'quit') return exit();
      // Opened on its own, there is no view to go back to: esc only clears.
      apply(r.type === 'close' ? { type: 'escape' } : r);
    }
  });

  return <FrameView rows={checkFrame(state)} />;
}
