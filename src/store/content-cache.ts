// A cache of derived data keyed by content hashes (never by time): extracted text of Word/PDF files, word segmentations.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './project-paths.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { ensureDir } from './ensure-dir.js';
import { readRegularFile } from './read-regular-file.js';

/** The cache folder: POLICYDIFF_CACHE, else .cache/ in the project folder. POLICYDIFF_CACHE=off (or 0, false, no, in any case) turns caching off. */
export function cacheDir(): string | null {
  const fromEnv = process.env.POLICYDIFF_CACHE;
  if (fromEnv !== undefined && /^(?:off|0|false|no)$/i.test(fromEnv.trim())) return null;
  return fromEnv ? path.resolve(fromEnv) : path.join(projectRoot(), '.cache');
}

/** SHA-256 of the given parts, hex. */
export function contentHash(...parts: Array<string | Uint8Array>): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\0');
  }
  return h.digest('hex');
}

/** The cached entry of `kind` for `key`, or null when there is none (or it cannot be read). */
export function readCached(kind: string, key: string): Buffer | null {
  const dir = cacheDir();
  if (!dir) return null;
  try {
    return readRegularFile(path.join(dir, kind, key));
  } catch {
    return null;
  }
}

/** The cache folders this process has swept of a dead writer's leftovers (once each, on its first write there). */
const swept = new Set<string>();

/**
 * Stores an entry; a cache that cannot be written (read-only install, full disk) is skipped silently, as it only saves time.
 * `checked`: the entry is checked when read (JSON with its key and schema, as cachedResult writes it), so it need not be flushed —
 * one emptied or torn by a crash is computed again. An entry read as it is (a document's extracted text) is flushed.
 */
export function writeCached(kind: string, key: string, data: string | Uint8Array, checked = false): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    const folder = path.join(dir, kind);
    ensureDir(folder);
    const file = path.join(folder, key);
    // The cache is ours: an entry that is not a regular file (a pipe put there) is replaced, not written through.
    const existing = fs.lstatSync(file, { throwIfNoEntry: false });
    if (existing && !existing.isFile()) fs.rmSync(file, { force: true, recursive: existing.isDirectory() });
    // A folder of thousands of entries is listed for leftovers once per process, not on every write.
    const sweep = !swept.has(folder);
    swept.add(folder);
    writeFileAtomic(file, data, { flush: !checked, sweep: sweep ? 'folder' : false });
  } catch {
    // no cache this time
  }
}

let build: string | null | undefined;

/**
 * The identity of the running build (a hash of its sources, written by scripts/bundle.ts beside the
 * bundle), or null when running from sources or the unbundled files: then nothing that depends on
 * the code itself (a parse) may be cached, since the code can change without a build.
 */
export function buildId(): string | null {
  if (build !== undefined) return build;
  try {
    build = fs.readFileSync(fileURLToPath(new URL('./build-id.txt', import.meta.url)), 'utf8').trim() || null;
  } catch {
    build = null;
  }
  return build;
}

/**
 * A result computed by the running build from `inputs`, from the cache when it was computed before:
 * the key is the build's identity and every input, so nothing but the same code on the same
 * content can answer. Without a build identity (running from sources) it is always computed.
 */
export function cachedResult<T>(kind: string, inputs: Array<string | Uint8Array>, compute: () => T, schema?: { safeParse(v: unknown): { success: boolean } }): T {
  const build = buildId();
  if (!build) return compute();
  const key = `${contentHash(build, ...inputs)}.json`;
  const stored = readCached(kind, key);
  if (stored) {
    // An entry answers only for its own key (a file swapped or copied under another name does not) and only in the shape
    // the result has; anything else (damaged, emptied, hand-edited) is computed again and rewritten.
    try {
      const entry = JSON.parse(stored.toString('utf8'), reviveTyped) as { key?: unknown; value?: unknown } | null;
      if (entry && entry.key === key && entry.value !== undefined && entry.value !== null && (!schema || schema.safeParse(entry.value).success)) return entry.value as T;
    } catch {
      // not JSON
    }
  }
  const result = compute();
  writeCached(kind, key, JSON.stringify({ key, value: result }, keepTyped), true);
  return result;
}

/** Typed arrays (a document's offset map) survive the cache as what they are. */
function keepTyped(_key: string, value: unknown): unknown {
  return value instanceof Int32Array ? { $int32: Array.from(value) } : value;
}

function reviveTyped(_key: string, value: unknown): unknown {
  const v = value as { $int32?: unknown } | null;
  return v && typeof v === 'object' && Array.isArray(v.$int32) ? Int32Array.from(v.$int32 as number[]) : value;
}
