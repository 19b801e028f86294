// State of a diff UI session: the diff view and, while it is open, the check view of one document, reduced together so a key never waits for a view to mount.
import { type CheckTuiAction, type CheckTuiModel, type CheckTuiState, initialCheckState, reduceCheckTui } from './check-tui-state.js';
import { type DiffTuiAction, type DiffTuiState, reduceDiffTui } from './diff-tui-state.js';

export interface DiffSessionState {
  diff: DiffTuiState;
  /** The check view (t / T) while it is open; the diff keeps its state underneath. */
  check: CheckTuiState | null;
}

export type DiffSessionAction = DiffTuiAction | { type: 'check-open'; model: CheckTuiModel } | { type: 'check-close' } | { type: 'in-check'; action: CheckTuiAction };

export function reduceDiffSession(s: DiffSessionState, a: DiffSessionAction): DiffSessionState {
  switch (a.type) {
    case 'check-open':
      return { ...s, check: initialCheckState(a.model, s.diff.theme, s.diff.width, s.diff.height, true) };
    case 'check-close':
      return { ...s, check: null };
    case 'in-check':
      return s.check ? { ...s, check: reduceCheckTui(s.check, a.action) } : s;
    case 'resize':
      return { diff: reduceDiffTui(s.diff, a), check: s.check && reduceCheckTui(s.check, a) };
    default:
      return { ...s, diff: reduceDiffTui(s.diff, a) };
  }
}
