// Loads the terminal UIs only when one opens (ink and React stay out of reports and pipes); a real terminal is interactive even under CI=…
import type * as CheckUi from './open-check-tui.js';
import type * as DiffUi from './open-diff-tui.js';
import type * as FamiliesUi from './open-families-tui.js';

/**
 * ink decides once, when it is first imported, whether it runs in CI (the CI variable) and then draws only the last frame.
 * The UI opens only when stdin and stdout are terminals, so a person (or a pseudo-terminal test) is watching: say so before ink loads.
 */
function markInteractive(): void {
  process.env.CI = '0';
  process.env.CONTINUOUS_INTEGRATION = '0';
}

export async function loadDiffUi(): Promise<typeof DiffUi> {
  markInteractive();
  return import('./open-diff-tui.js');
}

export async function loadFamiliesUi(): Promise<typeof FamiliesUi> {
  markInteractive();
  return import('./open-families-tui.js');
}

export async function loadCheckUi(): Promise<typeof CheckUi> {
  markInteractive();
  return import('./open-check-tui.js');
}
