// Review decisions on an alignment: confirm or reject a link, or link clauses by hand (CLI and TUI share this).
import { InputError } from '../errors.js';
import type { Alignment, Link } from '../model/alignment.js';
import type { ReviewAction } from '../model/review-action.js';
import { withUnmatched } from './alignment-store.js';

/** Applies one decision; `universe` is the full set of ids (the auto alignment) to validate against. */
export function reviewAlignment(a: Alignment, action: ReviewAction, universe: Alignment): Alignment {
  const known = (side: 'base' | 'other', id: string) => {
    const ids = new Set(side === 'base' ? [...universe.baseOnly, ...universe.links.flatMap((l) => l.base)] : [...universe.otherOnly, ...universe.links.flatMap((l) => l.other)]);
    for (const l of a.links) for (const x of side === 'base' ? l.base : l.other) ids.add(x);
    if (!ids.has(id)) throw new InputError(`no ${side} unit "${id}" in ${side === 'base' ? a.base : a.other}; ids look like c12, s3, preamble`);
  };
  if (action.kind === 'link') {
    action.base.forEach((id) => known('base', id));
    action.other.forEach((id) => known('other', id));
    const links = a.links
      .map((l) => ({ ...l, base: l.base.filter((b) => !action.base.includes(b)), other: l.other.filter((o) => !action.other.includes(o)) }))
      .filter((l) => l.base.length && l.other.length);
    const manual: Link = { base: action.base, other: action.other, score: 1, status: 'manual', kind: 'manual' };
    return withUnmatched({ ...a, links: [...links, manual] }, universe);
  }
  known('base', action.base);
  if (action.other) known('other', action.other);
  const matches = a.links.filter((l) => l.base.includes(action.base) && (!action.other || l.other.includes(action.other)));
  if (matches.length === 0) {
    throw new InputError(`no link with ${action.base}${action.other ? ` and ${action.other}` : ''}; use 'link' to pair them by hand`);
  }
  if (matches.length > 1) throw new InputError(`${action.base} is in ${matches.length} links; name the other clause too`);
  const target = matches[0]!;
  const status = action.kind === 'confirm' ? 'confirmed' : 'rejected';
  // A new decision: the note of the decision it replaces went with that one (an undo puts that decision back, note and all).
  const decided = (l: Link): Link => {
    const { note: _note, ...rest } = l;
    return { ...(l.status === status ? l : rest), status };
  };
  return withUnmatched({ ...a, links: a.links.map((l) => (l === target ? decided(l) : l)) }, universe);
}
