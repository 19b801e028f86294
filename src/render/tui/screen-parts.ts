// Pieces both UIs draw the same way: the help screen listing keys, and the footer while a search is typed.
import { type Line, span } from './styled-line.js';
import type { Theme } from './tui-theme.js';

/** "Keys", one line per key and what it does, then the UI's own notes. */
export function keyHelpLines(t: Theme, keys: Array<[string, string]>, notes: Line[]): Line[] {
  return [[span('Keys', t.heading)], [], ...keys.map(([k, what]): Line => [span(`  ${k.padEnd(18)}`, t.heading), span(what)]), [], ...notes];
}

/** The footer while a search is typed: the text so far with a cursor. */
export function typingLine(t: Theme, label: string, draft: string): Line {
  return [span(`${label}: `, t.heading), span(draft), span('▏'), span('   enter keeps · esc cancels', t.dim)];
}
