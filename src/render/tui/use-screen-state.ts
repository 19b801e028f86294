// The state of a full-screen UI sized to the terminal (or a fixed size in tests), following resizes; each action is reduced once.
import { useStdout } from 'ink';
import { type RefObject, useEffect, useRef, useState } from 'react';

type Resize = { type: 'resize'; width: number; height: number };

/**
 * Returns the state, `apply` (reduces an action into the latest state and redraws), and the latest state itself:
 * key handlers read it between frames, when several keys arrive before React renders again.
 */
export function useScreenState<S, A>(
  reduce: (s: S, a: A | Resize) => S,
  init: (width: number, height: number) => S,
  fixed: { width?: number; height?: number },
): [S, (a: A | Resize) => void, RefObject<S>] {
  const { stdout } = useStdout();
  const size = () => ({ width: fixed.width ?? stdout.columns ?? 80, height: fixed.height ?? stdout.rows ?? 24 });
  const latest = useRef<S | null>(null);
  if (latest.current === null) {
    const { width, height } = size();
    latest.current = init(width, height);
  }
  const [state, setState] = useState(latest.current);
  const apply = (a: A | Resize) => {
    latest.current = reduce(latest.current!, a);
    setState(latest.current);
  };
  useEffect(() => {
    if (fixed.width !== undefined) return;
    const onResize = () => apply({ type: 'resize', ...size() });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return [state, apply, latest as RefObject<S>];
}
