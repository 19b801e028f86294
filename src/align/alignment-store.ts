// Reviewed alignment files (alignments/<base>__<other>.json): read with clear errors, merge keeping every human decision, write atomically.
import fs from 'node:fs';
import { shortFileName } from '../store/short-file-name.js';
import path from 'node:path';
import { InputError, formatIssuePath } from '../errors.js';
import { NotRegularFile, readRegularFile } from '../store/read-regular-file.js';
import { alignmentsDir } from '../store/project-paths.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { type Alignment, AlignmentFile, type Link } from '../model/alignment.js';
import { ensureDir } from '../store/ensure-dir.js';

export function alignmentPath(base: string, other: string): string {
  return path.join(alignmentsDir(), `${fileStem(`${base}__${other}`)}.json`);
}

/** The name of a pair's file: the two ids, cut and hashed where they are too long for a file name (documents named by their titles). */
const fileStem = (name: string) => shortFileName(name, 200, 150);

/** Reads a reviewed alignment file; null when there is none. A broken file is an error, never overwritten. */
export function readAlignmentFile(file: string): AlignmentFile | null {
  let raw: string;
  try {
    raw = readRegularFile(file).toString('utf8');
  } catch (err) {
    if (err instanceof NotRegularFile) throw new InputError(`${file}: is not a regular file (a pipe, a device or a link to one); a reviewed alignment is a JSON file`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENAMETOOLONG') throw new InputError(`${file}: the file name is too long for this file system; give the documents shorter ids (add --id) or shorter file names`);
    if (code === 'ENOTDIR') throw new InputError(`${path.dirname(file)}: is not a folder; reviewed alignments are kept in a writable alignments/ folder`);
    throw new InputError(`${file}: cannot read the alignment file (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message}); fix it by hand or restore it from git or its .bak copy`);
  }
  const parsed = AlignmentFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${file}: malformed at ${formatIssuePath(issue.path)}: ${issue.message}; fix it by hand or restore it from git or its .bak copy`);
  }
  return parsed.data;
}

/**
 * A reviewed file that names a clause neither document has (hand-edited, or written for another
 * version of a document) is an error: applying it silently would lose or invent a decision.
 */
export function checkReviewedIds(file: string, reviewed: AlignmentFile | null, universe: Alignment, made?: { base: string; other: string }): void {
  if (!reviewed) return;
  const fix = 'fix it by hand, or restore the file from git or its .bak copy';
  // Decisions made on another text of a document (it was corrected or replaced since) are not applied to this one by guess.
  if (reviewed.made && made) {
    const changed = (['base', 'other'] as const).filter((side) => reviewed.made![side] !== made[side]).map((side) => (side === 'base' ? universe.base : universe.other));
    if (changed.length) {
      throw new InputError(`${file}: its decisions were made on another text of ${changed.join(' and ')}, which has changed since; move the file away and review the pair again (the file is left as it is)`);
    }
  }
  if (reviewed.base !== universe.base || reviewed.other !== universe.other) {
    throw new InputError(`${file}: made for ${reviewed.base} ↔ ${reviewed.other}, not ${universe.base} ↔ ${universe.other}; ${fix}`);
  }
  // A link naming a clause twice, the same link twice, the same link both confirmed and rejected, or a clause given two counterparts
  // by two decisions: a person's decisions that contradict each other are never applied by guess.
  const key = (l: Link) => `${[...l.base].sort().join('+')}|${[...l.other].sort().join('+')}`;
  const seen = new Map<string, number>();
  const decided = { base: new Map<string, number>(), other: new Map<string, number>() };
  reviewed.links.forEach((l, i) => {
    for (const side of ['base', 'other'] as const) {
      if (new Set(l[side]).size !== l[side].length) throw new InputError(`${file}: links[${i}] names a ${side} clause twice; ${fix}`);
    }
    const k = key(l);
    const j = seen.get(k);
    if (j !== undefined) {
      const how = reviewed.links[j]!.status === l.status ? 'the same link twice' : `one link both ${reviewed.links[j]!.status} and ${l.status}`;
      throw new InputError(`${file}: links[${j}] and links[${i}] are ${how}; ${fix}`);
    }
    seen.set(k, i);
    if (l.status !== 'confirmed' && l.status !== 'manual') return;
    for (const side of ['base', 'other'] as const) {
      for (const id of l[side]) {
        const other = decided[side].get(id);
        if (other !== undefined) throw new InputError(`${file}: links[${other}] and links[${i}] both decide the counterpart of ${side} clause "${id}"; keep one; ${fix}`);
        decided[side].set(id, i);
      }
    }
  });
  const known = { base: new Set(universe.baseOnly), other: new Set(universe.otherOnly) };
  for (const l of universe.links) {
    for (const id of l.base) known.base.add(id);
    for (const id of l.other) known.other.add(id);
  }
  reviewed.links.forEach((l, i) => {
    for (const side of ['base', 'other'] as const) {
      const missing = l[side].find((id) => !known[side].has(id));
      if (missing) {
        const doc = side === 'base' ? reviewed.base : reviewed.other;
        throw new InputError(`${file}: links[${i}] names ${side} clause "${missing}", which ${doc} does not have; fix or remove that link, or restore the file from git or its .bak copy`);
      }
    }
  });
}

const HUMAN = new Set(['confirmed', 'rejected', 'manual']);
/** Whether a link is a person's decision (confirmed, rejected, linked by hand), not the aligner's. */
export const isDecision = (l: Pick<Link, 'status'>): boolean => HUMAN.has(l.status);

/**
 * The alignment with the decisions touching some units put back as they were (`before`: those decisions then), every other
 * decision as it is now: the inverse of one decision, applied to the file as it is at that moment.
 */
export function restoreDecisions(auto: Alignment, now: Alignment, units: { base: string[]; other: string[] }, before: Link[]): Alignment {
  const touches = (l: Link) => l.base.some((b) => units.base.includes(b)) || l.other.some((o) => units.other.includes(o));
  const links = [...now.links.filter((l) => isDecision(l) && !touches(l)), ...before];
  return mergeReviewed(auto, { ...now, links, createdBy: '', updatedAt: '' });
}
const key = (l: Pick<Link, 'base' | 'other'>) => `${[...l.base].sort().join(',')}|${[...l.other].sort().join(',')}`;

/** Recomputed auto links plus every human decision of the reviewed file; decisions win over auto links. */
export function mergeReviewed(auto: Alignment, reviewed: AlignmentFile | null): Alignment {
  if (!reviewed) return auto;
  const human = reviewed.links.filter((l) => HUMAN.has(l.status));
  const rejected = new Set(human.filter((l) => l.status === 'rejected').map(key));
  const claimedBase = new Set(human.filter((l) => l.status !== 'rejected').flatMap((l) => l.base));
  const claimedOther = new Set(human.filter((l) => l.status !== 'rejected').flatMap((l) => l.other));
  const humanKeys = new Set(human.map(key));
  const kept = auto.links.filter(
    (l) => !rejected.has(key(l)) && !humanKeys.has(key(l)) && !l.base.some((b) => claimedBase.has(b)) && !l.other.some((o) => claimedOther.has(o)),
  );
  // A decision keeps its status; its score and similarity are the aligner's current ones when it still proposes the same link.
  const fresh = new Map(auto.links.map((l) => [key(l), l]));
  const decided = human.map((l) => {
    const a = fresh.get(key(l));
    return a && l.status !== 'manual' ? { ...l, score: a.score, ...(a.similarity !== undefined ? { similarity: a.similarity } : {}) } : l;
  });
  const links = [...kept, ...decided];
  return withUnmatched({ ...auto, links }, auto);
}

/** Recomputes baseOnly/otherOnly from the live (not rejected) links. */
export function withUnmatched(a: Alignment, universe: Alignment): Alignment {
  const allBase = new Set([...universe.baseOnly, ...universe.links.flatMap((l) => l.base)]);
  const allOther = new Set([...universe.otherOnly, ...universe.links.flatMap((l) => l.other)]);
  const live = a.links.filter((l) => l.status !== 'rejected');
  const linkedBase = new Set(live.flatMap((l) => l.base));
  const linkedOther = new Set(live.flatMap((l) => l.other));
  return {
    ...a,
    baseOnly: [...allBase].filter((id) => !linkedBase.has(id)),
    otherOnly: [...allOther].filter((id) => !linkedOther.has(id)),
  };
}

/**
 * Writes an alignment file atomically, keeping the previous version as <file>.bak.
 * `previous` is the file as read (and validated) before the decisions were applied, or null when there was none.
 */
export function writeAlignmentFile(file: string, alignment: Alignment, createdBy: string, previous: AlignmentFile | null, made?: { base: string; other: string }): void {
  // Only what changed is rewritten (a file kept in git shows the decision, not every score moved): a link whose status is as on
  // file keeps its score, similarity and note from the file; a link whose status changed carries its own note, if any (a new
  // decision has none — review drops the old decision's —, a decision an undo puts back has the one it was made with).
  const before = new Map((previous?.links ?? []).map((l) => [key(l), l]));
  const out: AlignmentFile = {
    base: alignment.base,
    other: alignment.other,
    links: alignment.links.map((l) => {
      const was = before.get(key(l));
      const same = was !== undefined && was.status === l.status;
      const { base, other, status, kind } = l;
      const score = same ? was.score : l.score;
      const similarity = same ? was.similarity : l.similarity;
      const note = same ? (was.note ?? l.note) : l.note;
      return { base, other, score, ...(similarity !== undefined ? { similarity } : {}), status, ...(kind ? { kind } : {}), ...(note ? { note } : {}) };
    }),
    baseOnly: alignment.baseOnly,
    otherOnly: alignment.otherOnly,
    createdBy: previous?.createdBy ?? createdBy,
    updatedAt: new Date().toISOString(),
    ...(made ? { made } : {}),
  };
  try {
    ensureDir(path.dirname(file));
    // Through a rename, so a .bak that is a link (a clone can carry one) is replaced, never followed.
    if (previous) writeFileAtomic(`${file}.bak`, readRegularFile(file));
    writeFileAtomic(file, `${JSON.stringify(out, null, 2)}\n`);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENAMETOOLONG') throw new InputError(`${file}: the file name is too long for this file system; give the documents shorter ids (add --id) or shorter file names`);
    throw new InputError(`${file}: cannot write the alignment file (${code ?? (err as Error).message}); check that alignments/ is writable`);
  }
}
