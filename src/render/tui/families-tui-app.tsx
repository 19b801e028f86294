// The families matrix as an ink component: keys through familiesKey and the pure reducer; an item's figures come from the caller.
import { useApp, useInput } from 'ink';
import React from 'react';
import type { FamilyFigures, FamilyTable } from '../../model/family.js';
import { familiesFrame } from './families-tui-frame.js';
import { splitKeys } from './screen-keys.js';
import { familiesKey } from './families-tui-keys.js';
import { initialFamiliesState, reduceFamiliesTui } from './families-tui-state.js';
import { FrameView } from './frame-view.js';
import type { Theme } from './tui-theme.js';
import { useScreenState } from './use-screen-state.js';

export interface FamiliesTuiProps {
  table: FamilyTable;
  theme: Theme;
  width?: number;
  height?: number;
  /** Each jurisdiction's figures for one item (loads the documents it needs). */
  onFigures: (family: string) => FamilyFigures | null;
}

export function FamiliesTuiApp(props: FamiliesTuiProps): React.JSX.Element {
  const { exit } = useApp();
  const [state, apply, latest] = useScreenState(reduceFamiliesTui, (width, height) => initialFamiliesState(props.table, props.theme, width, height), props);

  useInput((input, key) => {
    for (const [k, info] of splitKeys(input, key, latest.current.draft !== null)) {
      const r = familiesKey(latest.current, k, info);
      if (!r) continue;
      if (r.type === 'quit') return exit();
      if (r.type === 'want-figures') {
        apply({ type: 'message', message: { text: `reading the figures of ${r.family}…`, tone: 'info' } });
        setTimeout(() => {
          try {
            apply({ type: 'figures', figures: props.onFigures(r.family) });
          } catch (err) {
            apply({ type: 'message', message: { text: (err as Error).message, tone: 'error' } });
          }
        }, 0);
        continue;
      }
      apply(r);
    }
  });

  return <FrameView rows={familiesFrame(state)} />;
}
