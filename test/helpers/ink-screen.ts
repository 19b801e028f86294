// Test helper: an ink app mounted in ink-testing-library, typed at and read as a screen shows it; every wait is on what the screen shows, never on time.
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import type React from 'react';

/** How long a screen may take to show what is awaited before the test fails; a bound for a busy machine, not a pace. */
const PATIENCE_MS = 45_000;

type Expectation = string | RegExp | ((frame: string) => boolean);

const matches = (frame: string, want: Expectation) =>
  typeof want === 'string' ? frame.includes(want) : want instanceof RegExp ? want.test(frame) : want(frame);

/** Resolves once the condition holds, checking between turns of the event loop; fails with what was last seen. */
export async function eventually<T>(read: () => T, holds: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + PATIENCE_MS;
  for (;;) {
    const value = read();
    if (holds(value)) return value;
    if (Date.now() > until) throw new Error(`never saw ${what}; last:\n${String(value)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function mountInk(tree: React.ReactElement) {
  const app = render(tree);
  const frame = () => stripVTControlCharacters(app.lastFrame() ?? '');
  return {
    ...app,
    /** The last frame, as a screen shows it (bold, dim and inverse escapes left out). */
    frame,
    /**
     * Types each chunk as one read of the terminal, one after the other without waiting between them (as a fast typist does).
     * The test stdin drops what is written before the app listens (a terminal would keep it), so the first chunk waits for that.
     */
    async type(...chunks: string[]) {
      await eventually(() => app.stdin.listenerCount('readable'), (n) => n > 0, 'the UI listening for keys');
      for (const c of chunks) app.stdin.write(c);
    },
    /** Waits until the frame shows what is expected, and returns it. */
    shows: (want: Expectation) => eventually(frame, (f) => matches(f, want), `a frame with ${String(want)}`),
  };
}
