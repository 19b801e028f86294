// Validates command-line options with zod; a bad option is a usage error (exit 2) with one clear line.
import * as z from 'zod';
import { InputError, formatIssuePath } from '../errors.js';

export function parseOptions<T extends z.ZodTypeAny>(schema: T, options: unknown, command: string): z.infer<T> {
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new InputError(`policydiff ${command}: option ${formatIssuePath(issue.path)}: ${issue.message} (see 'policydiff ${command} --help')`);
}
