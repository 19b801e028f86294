// Scores a drafted amendment against a law revision's gold changes: every changed article cited by an item, no item on an unchanged one.
import type { Amendment } from '../model/amendment.js';
import type { GoldChanges } from '../model/gold.js';
import type { ParsedDocument } from '../model/parsed-document.js';

export interface AmendmentScore {
  /** Old articles the gold changes (and new articles it adds). */
  changed: number;
  covered: number;
  /** Gold-changed articles no item cites. */
  missed: string[];
  /** Items that cite only articles the gold leaves unchanged. */
  invented: string[];
}

/** The gold's old-text articles with a change (source) and its inserted articles (target of article-added), against the items. */
export function scoreAmendment(a: Amendment, gold: GoldChanges, base: ParsedDocument, other: ParsedDocument): AmendmentScore {
  const labelOf = (doc: ParsedDocument, ref: number | string) => doc.clauses.find((c) => c.id === `c${ref}`)?.label ?? `c${ref}`;
  const oldChanged = new Set(gold.changes.filter((c) => c.source !== null).map((c) => labelOf(base, c.source!)));
  const added = new Set(gold.changes.filter((c) => c.source === null && c.target !== null).map((c) => labelOf(other, c.target!)));
  const cited = new Set(a.items.flatMap((i) => i.cites));
  const addedAs = new Set(a.items.filter((i) => i.kind === 'add-article').map((i) => i.as));
  const missed = [...[...oldChanged].filter((l) => !cited.has(l)), ...[...added].filter((l) => !addedAs.has(l)).map((l) => `增加 ${l}`)];
  const invented = a.items
    .filter((i) => !i.kind.includes('chapter'))
    .filter((i) => (i.kind === 'add-article' ? !added.has(i.as!) : !i.cites.some((l) => oldChanged.has(l))))
    .map((i) => `${i.kind} ${i.cites.join('、')}${i.as ? ` → ${i.as}` : ''}`);
  const changed = oldChanged.size + added.size;
  return { changed, covered: changed - missed.length, missed, invented };
}
