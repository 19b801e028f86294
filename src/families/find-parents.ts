// Which document of a families table each one implements: its parent named in the corpus, else the one whose title it cites as its basis.
import type { CorpusEntry } from '../model/corpus.js';
import { citedTitleKey } from '../parse/read-basis.js';

/** What finding a parent needs of a document. */
export interface ParentCandidate {
  id: string;
  title: string;
  /** The titles it cites as its basis (readBasis). */
  basis: string[];
  entry?: CorpusEntry;
}

/**
 * Each document's parent among `docs` (the anchor included), where one is known: the corpus parent id; else, of the documents whose
 * title it cites as its basis (根据《优化营商环境条例》《河南省优化营商环境条例》), the most specific — the one that itself rests on
 * most of the others; else the document of its parent jurisdiction. Documents with none are left out.
 */
export function findParents(docs: ParentCandidate[]): Map<string, string> {
  const byKey = new Map<string, ParentCandidate>();
  for (const d of docs) if (!byKey.has(citedTitleKey(d.title))) byKey.set(citedTitleKey(d.title), d);
  const cited = (d: ParentCandidate) => d.basis.map((t) => byKey.get(citedTitleKey(t))).filter((x): x is ParentCandidate => !!x && x !== d);
  const out = new Map<string, string>();
  for (const d of docs) {
    const named = d.entry?.jurisdiction.parentId;
    if (named && docs.some((x) => x.id === named && x !== d)) {
      out.set(d.id, named);
      continue;
    }
    const bases = cited(d);
    const basis = bases.sort((a, b) => cited(b).filter((x) => bases.includes(x)).length - cited(a).filter((x) => bases.includes(x)).length)[0];
    const place = d.entry?.jurisdiction.parent;
    const ofPlace = place ? docs.find((x) => x !== d && x.entry?.jurisdiction.name === place && x.entry.stage === 'final') : undefined;
    const parent = basis ?? ofPlace;
    if (parent) out.set(d.id, parent.id);
  }
  return out;
}
