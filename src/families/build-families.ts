// Families: every document aligned with one anchor (the provincial template when present); one row per policy item.
import { isPartialLink } from '../model/review-policy.js';
import { alignableUnits } from '../align/alignable-units.js';
import { placePattern } from '../align/mask-text.js';
import { describeUnit } from '../parse/describe-unit.js';
import { collectSide } from '../diff/diff-side.js';
import { diffPassages } from '../diff/diff-passages.js';
import { bigramDice } from '../diff/bigram-dice.js';
import type { CorpusEntry } from '../model/corpus.js';
import type { Family, FamilyFigures, FamilyTable } from '../model/family.js';
import type { Alignment, Link } from '../model/alignment.js';
import { DEFAULT_ALIGN_OPTIONS } from '../align/align-documents.js';
import type { LoadedDocument } from '../pipeline.js';
import { LEVEL_RANK } from './build-lineages.js';
import { clusterSignatures } from './cluster-signatures.js';
import { minhashSignature } from './minhash-signature.js';

/** What families keep of a document once it is aligned: its alignment and a signature of each clause no anchor clause carries. */
export interface FamilyMember {
  id: string;
  jurisdiction: string;
  level: string;
  stage: string;
  alignment: Alignment;
  unanchored: Array<{ id: string; section: number | null; title: string; signature: Uint32Array | null }>;
  /** The member it implements, where that is not the anchor, and its alignment with that one (parent base, this one other). */
  via?: { parent: string; alignment: Alignment };
}

/** Two unanchored clauses of different documents are one item when their estimated 3-gram Jaccard reaches this (Quzhou and Haining both add 打造消费新场景 from the provincial text at 0.33; unrelated clauses stay below 0.05). */
const SAME_ITEM = 0.3;


/** The default set: one document per jurisdiction (the final where there is one), anchor first. */
export function chooseDocuments(entries: CorpusEntry[]): { anchor: CorpusEntry; others: CorpusEntry[] } {
  const byPlace = new Map<string, CorpusEntry>();
  for (const e of entries) {
    const seen = byPlace.get(e.jurisdiction.name);
    // The final over the draft, the later final over the earlier.
    if (!seen || (seen.stage === 'draft' && e.stage === 'final') || (seen.stage === e.stage && (e.date ?? '') > (seen.date ?? ''))) byPlace.set(e.jurisdiction.name, e);
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

/** Reduces a loaded, aligned document to what building families needs (so many documents need not stay in memory). */
export function familyMember(doc: LoadedDocument, alignment: Alignment, mask: (text: string) => string): FamilyMember {
  const units = new Map(alignableUnits(doc.parsed).map((u) => [u.id, u]));
  return {
    id: doc.parsed.id,
    jurisdiction: doc.source.entry?.jurisdiction.name ?? '',
    level: doc.source.entry?.jurisdiction.level ?? '',
    stage: doc.source.entry?.stage ?? '',
    alignment,
    unanchored: alignment.otherOnly.map((id) => {
      const u = units.get(id);
      return { id, section: u?.section ?? null, title: describeUnit(doc.parsed, id), signature: u ? minhashSignature(mask(`${u.title}${u.text}`)) : null };
    }),
  };
}

/**
 * One family per anchor clause, with each member's adoption mark; then the clauses no anchor clause carries,
 * grouped across documents by MinHash (the same item added by several counties is one row).
 */
export function buildFamilies(anchor: LoadedDocument, members: FamilyMember[]): FamilyTable {
  const a = anchor.parsed;
  const absent = (): Family['members'] => Object.fromEntries([a.id, ...members.map((m) => m.id)].map((id) => [id, { ids: [] as string[], mark: 'absent' as const, score: 0 }]));
  const families: Family[] = alignableUnits(a).map((u) => ({ id: u.id, section: u.section, title: describeUnit(a, u.id), members: { ...absent(), [a.id]: { ids: [u.id], mark: 'adopted', score: 1 } } }));
  const byId = new Map(families.map((f) => [f.id, f]));
  for (const { id, alignment } of members) {
    for (const link of alignment.links) {
      if (link.status === 'rejected') continue;
      for (const b of link.base) {
        const m = byId.get(b)?.members[id];
        if (!m) continue;
        m.ids = [...new Set([...m.ids, ...link.other])];
        m.score = Math.max(m.score, link.score);
        const partial = isPartialLink(link);
        if (!partial) m.mark = 'adopted';
        else if (m.mark === 'absent') m.mark = 'partial';
      }
    }
  }
  // Through a parent (national → province → city): a clause the anchor does not carry, linked to a parent clause in a row, joins
  // that row; linked to one of the parent's own items, it joins that item's row.
  const chained = new Map<string, Map<string, { unit: string; link: Link }>>();
  const depth = (m: FamilyMember, seen = 0): number => {
    const p = m.via && members.find((x) => x.id === m.via!.parent);
    return p && seen < members.length ? 1 + depth(p, seen + 1) : 0;
  };
  // Parents first, so that a county's link to a city clause finds the row the city clause joined through its province.
  for (const m of [...members].sort((a, b) => depth(a) - depth(b))) {
    if (!m.via) continue;
    const loose = new Set(m.unanchored.map((u) => u.id));
    const toParent = new Map<string, { unit: string; link: Link }>();
    for (const link of m.via.alignment.links) {
      if (!chainsThrough(link)) continue;
      const ids = link.other.filter((id) => loose.has(id));
      if (!ids.length) continue;
      const rows = families.filter((f) => link.base.some((b) => f.members[m.via!.parent]?.ids.includes(b)));
      for (const f of rows) {
        const cell = f.members[m.id]!;
        cell.ids = [...new Set([...cell.ids, ...ids])];
        // A cell the document links directly keeps its mark: the clause carried through the parent joins it (both carry the item).
        if (cell.mark !== 'absent' && !cell.via) continue;
        cell.score = Math.max(cell.score, link.score);
        // Adopted only where both steps are whole: this link, and the parent's own mark in the row.
        const whole = !isPartialLink(link) && f.members[m.via.parent]!.mark === 'adopted';
        cell.mark = whole ? 'adopted' : cell.mark === 'absent' ? 'partial' : cell.mark;
        cell.via = m.via.parent;
      }
      for (const id of ids) if (rows.length) loose.delete(id);
      else for (const b of link.base) toParent.set(id, { unit: b, link });
    }
    m.unanchored = m.unanchored.filter((u) => loose.has(u.id));
    chained.set(m.id, toParent);
  }
  const items = members.flatMap((m) => m.unanchored.map((u) => ({ member: m, unit: u })));
  const signed = items.flatMap((it, index) => (it.unit.signature ? [{ index, group: it.member.id, signature: it.unit.signature }] : []));
  const clusters = clusterSignatures(signed, SAME_ITEM).map((c) => c.map((k) => signed[k]!.index));
  const groups = joinChained(items, clusters, (it) => {
    const b = chained.get(it.member.id)?.get(it.unit.id);
    return b === undefined ? null : { member: it.member.via!.parent, unit: b.unit };
  });
  for (const group of groups) {
    const first = items[group[0]!]!;
    const row: Family = { id: `${first.member.id}:${first.unit.id}`, section: first.unit.section, title: first.unit.title, members: absent() };
    for (const i of group) {
      const { member, unit } = items[i]!;
      const m = row.members[member.id]!;
      m.ids.push(unit.id);
      // Joined through the parent: as sure as the link to the parent's clause; else grouped by what the texts share.
      const through = chained.get(member.id)?.get(unit.id);
      m.mark = through && isPartialLink(through.link) ? 'partial' : 'adopted';
      m.score = through ? through.link.score : 1;
      if (through) m.via = member.via!.parent;
    }
    families.push(row);
  }
  const documents = [
    { id: a.id, jurisdiction: anchor.source.entry?.jurisdiction.name ?? '', level: anchor.source.entry?.jurisdiction.level ?? '', stage: anchor.source.entry?.stage ?? '' },
    ...members.map(({ id, jurisdiction, level, stage, via }) => ({ id, jurisdiction, level, stage, ...(via ? { parent: via.parent } : {}) })),
  ];
  return { anchor: a.id, documents, families };
}

/**
 * A link to the parent that can carry a clause on to the parent's row: one a person made or confirmed, or one the texts support —
 * as alike as a link found out of order must be. A link made only by position (an ordered link of little likeness) says nothing
 * about what a third document carries.
 */
function chainsThrough(link: Link): boolean {
  if (link.status === 'rejected') return false;
  if (link.status !== 'auto' || link.similarity === undefined) return true;
  return link.similarity >= DEFAULT_ALIGN_OPTIONS.moveThreshold;
}

type Item = { member: FamilyMember; unit: FamilyMember['unanchored'][number] };

/**
 * The rows of items no anchor clause carries: MinHash clusters, joined with the parent item each chained item carries; in the
 * order the items first appear.
 */
function joinChained(items: Item[], clusters: number[][], parentOf: (it: Item) => { member: string; unit: string } | null): number[][] {
  const root = items.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  const join = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) root[Math.max(x, y)] = Math.min(x, y);
  };
  for (const c of clusters) for (const i of c.slice(1)) join(c[0]!, i);
  const index = new Map(items.map((it, i) => [`${it.member.id}\u0000${it.unit.id}`, i]));
  items.forEach((it, i) => {
    const p = parentOf(it);
    const j = p ? index.get(`${p.member}\u0000${p.unit}`) : undefined;
    if (j !== undefined) join(i, j);
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()].sort((x, y) => x[0]! - y[0]!);
}

/**
 * Each figure of a family's reference clause beside the figure every member pairs with it (as `diff` pairs them). The reference is
 * the anchor's clause; for an item the anchor does not carry (a province's own, henan-2020:c39), the first document's that does.
 */
export function familyFigures(table: FamilyTable, familyId: string, docs: LoadedDocument[], jurisdictions: string[]): FamilyFigures | null {
  const family = table.families.find((f) => f.id === familyId);
  if (!family) return null;
  const ids = table.documents.map((d) => d.id);
  const refId = ids.find((id) => (family.members[id]?.ids.length ?? 0) > 0);
  const reference = refId ? docs.find((d) => d.parsed.id === refId) : undefined;
  if (!refId || !reference) return { family: familyId, documents: ids, reference: table.anchor, rows: [] };
  const base = collectSide(reference.parsed, family.members[refId]!.ids);
  const rows = base.facts.map((f) => ({ quantity: f.quantity, values: { [refId]: f } as Record<string, (typeof base.facts)[number] | null> }));
  const places = placePattern(jurisdictions);
  const extra: FamilyFigures['rows'] = [];
  /** A member's added figure joins another's row where it measures the alike quantity in the same unit. */
  const sameQuantity = (r: FamilyFigures['rows'][number], f: (typeof base.facts)[number]) => {
    const any = Object.values(r.values).find((v) => v);
    return !!any && any.unit === f.unit && any.kind === f.kind && bigramDice(r.quantity, f.quantity) >= 0.5;
  };
  /** The members whose figures the reference lacks, each with its clauses: a later member's figures are paired with theirs. */
  const adders: Array<{ id: string; side: ReturnType<typeof collectSide> }> = [];
  for (const d of docs) {
    if (d === reference) continue;
    const m = family.members[d.parsed.id];
    if (!m || m.ids.length === 0) {
      for (const r of rows) r.values[d.parsed.id] = null;
      continue;
    }
    const other = collectSide(d.parsed, m.ids);
    const { numbers } = diffPassages(base, other, { places, crossJurisdiction: true });
    base.facts.forEach((f, k) => {
      const n = numbers.find((x) => x.before === f);
      const row = rows[k]! as FamilyFigures['rows'][number];
      row.values[d.parsed.id] = n?.after ?? null;
      // A pairing diff calls weak is said so beside the figure, never shown as the same quantity without doubt.
      if (n?.after && n.weak) row.weak = [...(row.weak ?? []), d.parsed.id];
    });
    // What the member states that the reference does not: a row of its own, shared with another member's figure for the same
    // quantity — paired as diff pairs them (a province's 供水五个工作日内 and its city's 供水…五个工作日), else by a label alike.
    const added = numbers.filter((n) => !n.before && n.after && n.after.kind !== 'year' && n.after.kind !== 'date').map((n) => n.after!);
    const placed = new Set<(typeof added)[number]>();
    for (const a of adders) {
      const paired = diffPassages(a.side, other, { places, crossJurisdiction: true }).numbers;
      for (const f of added) {
        if (placed.has(f)) continue;
        const n = paired.find((x) => x.after === f && x.before);
        const row = n && extra.find((r) => r.values[a.id] === n.before && !r.values[d.parsed.id]);
        if (row) {
          row.values[d.parsed.id] = f;
          // A pairing diff calls weak is said so, as in the reference's rows.
          if (n.weak) row.weak = [...(row.weak ?? []), d.parsed.id];
          placed.add(f);
        }
      }
    }
    for (const f of added) {
      if (placed.has(f)) continue;
      const same = extra.find((r) => !r.values[d.parsed.id] && sameQuantity(r, f));
      if (same) same.values[d.parsed.id] = f;
      else extra.push({ quantity: f.quantity, values: { [d.parsed.id]: f }, added: true });
    }
    if (added.length) adders.push({ id: d.parsed.id, side: other });
  }
  for (const r of extra) for (const id of ids) r.values[id] ??= null;
  return { family: familyId, documents: ids, reference: refId, rows: [...rows, ...extra] };
}
