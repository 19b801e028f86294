// User-facing errors: one line on stderr naming the file (and line) and what to do, exit code 2.

/** An error caused by the user's input (file, id, option), reported without a stack trace. */
export class InputError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'InputError';
    this.exitCode = exitCode;
  }
}

/** Formats a zod issue path like `links[3].status` for error messages. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}
