// The state of a full-screen UI sized to the terminal (or a fixed size in tests), following resizes; the latest state for key handlers.
import { useStdout } from 'ink';
import { type Dispatch, type RefObject, useEffect, useReducer, useRef } from 'react';

type Resize = { type: 'resize'; width: number; height: number };

export function useScreenState<S, A>(
  reduce: (s: S, a: A | Resize) => S,
  init: (width: number, height: number) => S,
  fixed: { width?: number; height?: number },
): [S, Dispatch<A | Resize>, RefObject<S>] {
  const { stdout } = useStdout();
  const size = () => ({ width: fixed.width ?? stdout.columns ?? 80, height: fixed.height ?? stdout.rows ?? 24 });
  const [state, dispatch] = useReducer(reduce, undefined, () => {
    const { width, height } = size();
    return init(width, height);
  });
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    if (fixed.width !== undefined) return;
    const onResize = () => dispatch({ type: 'resize', ...size() });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return [state, dispatch, latest];
}
