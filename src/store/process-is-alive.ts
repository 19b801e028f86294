// Whether a process is still running: a lock or a temporary file of a process that is gone may be taken over or removed.

/** True unless the system says no such process exists (one we may not signal is alive). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
