// Families: every document aligned with one anchor (the provincial template when present); one row per policy item.
import { alignableUnits } from '../align/alignable-units.js';
import { placePattern } from '../align/mask-text.js';
import { describeUnit } from '../parse/describe-unit.js';
import { collectSide } from '../diff/diff-side.js';
import { diffPassages } from '../diff/diff-passages.js';
import type { CorpusEntry } from '../model/corpus.js';
import type { Family, FamilyFigures, FamilyTable } from '../model/family.js';
import type { Alignment } from '../model/alignment.js';
import type { LoadedDocument } from '../pipeline.js';

/** A link weaker than this, or one joining several clauses, marks the item as partly adopted. */
const PARTIAL_BELOW = 0.3;

export interface FamilyInput {
  anchor: LoadedDocument;
  others: Array<{ doc: LoadedDocument; alignment: Alignment }>;
}

const LEVEL_RANK: Record<string, number> = { province: 0, city: 1, county: 2 };

/** The default set: one document per jurisdiction (the final where there is one), anchor first. */
export function chooseDocuments(entries: CorpusEntry[]): { anchor: CorpusEntry; others: CorpusEntry[] } {
  const byPlace = new Map<string, CorpusEntry>();
  for (const e of entries) {
    const seen = byPlace.get(e.jurisdiction.name);
    if (!seen || (seen.stage === 'draft' && e.stage === 'final')) byPlace.set(e.jurisdiction.name, e);
  }
  return pickAnchor([...byPlace.values()]);
}

/** The highest-level document anchors; among equals, the one most documents name as parent, then the first. */
export function pickAnchor(entries: CorpusEntry[]): { anchor: CorpusEntry; others: CorpusEntry[] } {
  const children = (e: CorpusEntry) => entries.filter((x) => x.jurisdiction.parent === e.jurisdiction.name || x.jurisdiction.parentId === e.id).length;
  const sorted = [...entries].sort((a, b) => LEVEL_RANK[a.jurisdiction.level]! - LEVEL_RANK[b.jurisdiction.level]! || children(b) - children(a));
  const anchor = sorted[0]!;
  return { anchor, others: entries.filter((e) => e !== anchor) };
}

export function buildFamilies(input: FamilyInput): FamilyTable {
  const { anchor, others } = input;
  const a = anchor.parsed;
  const families: Family[] = alignableUnits(a).map((u) => ({ id: u.id, section: u.section, title: describeUnit(a, u.id), members: { [a.id]: { ids: [u.id], mark: 'adopted', score: 1 } } }));
  const byId = new Map(families.map((f) => [f.id, f]));
  for (const { doc, alignment } of others) {
    const id = doc.parsed.id;
    for (const f of families) f.members[id] = { ids: [], mark: 'absent', score: 0 };
    for (const link of alignment.links) {
      if (link.status === 'rejected') continue;
      for (const b of link.base) {
        const f = byId.get(b);
        if (!f) continue;
        const m = f.members[id]!;
        m.ids = [...new Set([...m.ids, ...link.other])];
        m.score = Math.max(m.score, link.score);
        const partial = link.score < PARTIAL_BELOW || link.base.length > 1 || link.other.length > 1;
        if (!partial) m.mark = 'adopted';
        else if (m.mark === 'absent') m.mark = 'partial';
      }
    }
    // Items of this document that no anchor clause carries: a row of their own.
    const docUnits = alignableUnits(doc.parsed);
    for (const oid of alignment.otherOnly) {
      const unit = docUnits.find((u) => u.id === oid);
      const members: Family['members'] = { [a.id]: { ids: [], mark: 'absent', score: 0 } };
      for (const o of others) members[o.doc.parsed.id] = { ids: o.doc === doc ? [oid] : [], mark: o.doc === doc ? 'adopted' : 'absent', score: o.doc === doc ? 1 : 0 };
      families.push({ id: `${id}:${oid}`, section: unit?.section ?? null, title: describeUnit(doc.parsed, oid), members });
    }
  }
  const documents = [anchor, ...others.map((o) => o.doc)].map((d) => ({
    id: d.parsed.id,
    jurisdiction: d.source.entry?.jurisdiction.name ?? '',
    level: d.source.entry?.jurisdiction.level ?? '',
    stage: d.source.entry?.stage ?? '',
  }));
  return { anchor: a.id, documents, families };
}

/** Each figure of a family's anchor clause beside the figure every member pairs with it (as `diff` pairs them). */
export function familyFigures(table: FamilyTable, familyId: string, docs: LoadedDocument[], jurisdictions: string[]): FamilyFigures | null {
  const family = table.families.find((f) => f.id === familyId);
  if (!family) return null;
  const anchor = docs.find((d) => d.parsed.id === table.anchor)!;
  const anchorIds = family.members[table.anchor]?.ids ?? [];
  const ids = table.documents.map((d) => d.id);
  if (anchorIds.length === 0) return { family: familyId, documents: ids, rows: [] };
  const base = collectSide(anchor.parsed, anchorIds);
  const rows = base.facts.map((f) => ({ quantity: f.quantity, values: { [table.anchor]: f } as Record<string, (typeof base.facts)[number] | null> }));
  const places = placePattern(jurisdictions);
  for (const d of docs) {
    if (d === anchor) continue;
    const m = family.members[d.parsed.id];
    if (!m || m.ids.length === 0) {
      for (const r of rows) r.values[d.parsed.id] = null;
      continue;
    }
    const other = collectSide(d.parsed, m.ids);
    const { numbers } = diffPassages(base, other, { places, crossJurisdiction: true });
    base.facts.forEach((f, k) => {
      rows[k]!.values[d.parsed.id] = numbers.find((n) => n.before === f)?.after ?? null;
    });
  }
  return { family: familyId, documents: ids, rows };
}
