// Where -o may write: never onto a document being compared, the corpus, the reviewed alignments or the cache; `-o -` is stdout.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { cacheDir } from '../store/content-cache.js';
import { alignmentsDir, corpusDir } from '../store/project-paths.js';

/** The real path of a file that may not exist yet: its folder's real path and its name. */
function realTarget(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync(abs);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

const inside = (file: string, dir: string) => {
  const rel = path.relative(realTarget(dir), file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * The file -o names, checked before any work: undefined for none or `-` (stdout). A report never replaces what a person made or
 * what is read — the documents compared, corpora/, alignments/ (reviewed decisions) and the cache — and a name ending in / is a folder.
 */
export function checkOutput(command: string, output: string | undefined, inputs: string[]): string | undefined {
  if (output === undefined || output === '-') return undefined;
  if (/[/\\]$/.test(output)) throw new InputError(`${command}: -o ${output} names a folder; give a file name (e.g. ${output}report.md)`);
  if (Buffer.byteLength(path.basename(output)) > 255) throw new InputError(`${command}: -o ${output}: the file name is too long (a file name may have 255 bytes); choose a shorter one`);
  const target = realTarget(output);
  for (const input of inputs) {
    if (fs.existsSync(input) && realTarget(input) === target) throw new InputError(`${command}: -o ${output} is a document being compared; it would be overwritten: write the report elsewhere`);
  }
  const guarded: Array<[string | null, string]> = [
    [corpusDir(), 'the corpus folder'],
    [alignmentsDir(), 'the reviewed alignments folder'],
    [cacheDir(), 'the cache folder'],
  ];
  for (const [dir, what] of guarded) {
    if (dir && inside(target, dir)) throw new InputError(`${command}: -o ${output} is inside ${what} (${dir}); write the report elsewhere`);
  }
  return output;
}
