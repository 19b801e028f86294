// A name that fits in a file name (255 bytes on most file systems): itself when short, else its first characters and a hash of it.
import { createHash } from 'node:crypto';

/** `name` when it has at most `max` bytes; else its first characters (at most `keep` bytes), ~, and 16 hex digits of its hash. */
export function shortFileName(name: string, max: number, keep: number): string {
  if (Buffer.byteLength(name) <= max) return name;
  let head = name;
  while (Buffer.byteLength(head) > keep) head = head.slice(0, -1);
  return `${head}~${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}
