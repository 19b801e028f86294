// Progress of a long run on stderr, only when stderr is a terminal (nothing on a pipe or in a log).

export interface Progress {
  tick(label?: string): void;
  done(): void;
}

/** A one-line counter redrawn in place; silent unless stderr is interactive. */
export function startProgress(what: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { tick: () => {}, done: () => {} };
  let n = 0;
  let last = 0;
  const width = 24;
  const draw = (label: string) => {
    const filled = Math.round((n / total) * width);
    const line = `${what} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} ${label}`;
    stream.write(`\r${line.slice(0, Math.max(10, (stream.columns ?? 80) - 1))}\x1b[K`);
  };
  return {
    tick(label = '') {
      n++;
      const now = Date.now();
      if (now - last >= 100 || n === total) {
        last = now;
        draw(label);
      }
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
