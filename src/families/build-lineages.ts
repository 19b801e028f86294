// Lineages of a corpus: documents that implement one another (national → province → city → county), by parent or by what their titles share.
import { bigramDice } from '../diff/bigram-dice.js';
import type { CorpusEntry } from '../model/corpus.js';

export interface Lineage {
  /** The document the lineage is anchored on: the highest level, then the one most others implement, a final before a draft. */
  top: CorpusEntry;
  /** Every document of the lineage, drafts included, top first, then by level and corpus order. */
  members: CorpusEntry[];
  /** Each member's parent document in the lineage (null at a root: the top, or a document whose parent is not in the corpus). */
  parent: Map<string, string | null>;
  /** A draft's final of the same jurisdiction, or an earlier final's later version (会计法 2017 beside 2024): shown beside it. */
  draftOf: Map<string, string>;
  /** What the lineage's documents are about: the top's title without place and document-kind words. */
  subject: string;
}

/** A place a title opens with (浙江省, 杭州市, 淳安县 …). */
const PLACE = '[\\p{Script=Han}]{2,7}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|区|旗)';
/** A title that opens with a local place (浙江省…, 杭州市…); 中华人民共和国 and none are national. */
const LOCAL_PLACE = new RegExp(`^(?!中华人民共和国)${PLACE}`, 'u');
/** The places a title opens with, national or local, to leave out of its core. */
const LEADING_PLACE = new RegExp(`^(?:中华人民共和国|${PLACE})`, 'u');

export const LEVEL_RANK: Record<string, number> = { national: -1, province: 0, city: 1, county: 2 };
/**
 * Two documents implement one policy when their titles, without places and kind words, are this alike: 推动经济高质量发展若干政策
 * and 推动文化产业高质量发展若干政策 (0.69) are two policies.
 */
const SAME_POLICY = 0.85;
/** A document naming the parent jurisdiction's document needs less: the names already say it. */
const NAMED_PARENT = 0.6;

/**
 * The title without what varies along a lineage: the place (浙江省, 中华人民共和国), 关于/印发/进一步/的, and the implementing kind
 * (实施方案, 承接落实方案, （征求意见稿）). A title that cites the document it implements (贯彻《浙江省…若干政策》承接落实方案) is that
 * document's title.
 */
export function titleCore(title: string): string {
  const cited = /《([^《》]{4,})》/.exec(title)?.[1];
  let t = cited ?? title;
  t = t.replace(/[（(][^（）()]*[）)]/g, '');
  for (let k = 0; k < 3; k++) t = t.replace(LEADING_PLACE, '');
  t = t.replace(/人民政府办公厅|人民政府办公室|人民政府|人民代表大会常务委员会|关于|印发|进一步|贯彻落实|贯彻|的通知|通知|[的、\s]/g, '');
  t = t.replace(/(?:实施方案|实施意见|实施细则|承接落实方案|落实方案|工作方案|若干措施|具体措施)$/, '');
  return t;
}

/** The lineages of the corpus: connected by parent ids, parent jurisdictions and alike titles; each with its tree. */
export function buildLineages(entries: CorpusEntry[]): Lineage[] {
  const core = new Map(entries.map((e) => [e.id, titleCore(e.title)]));
  const alike = (a: CorpusEntry, b: CorpusEntry) => bigramDice(core.get(a.id)!, core.get(b.id)!);
  const rank = (e: CorpusEntry) => LEVEL_RANK[e.jurisdiction.level] ?? 9;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const parent = new Map<string, string | null>();
  const draftOf = new Map<string, string>();
  const best = (candidates: CorpusEntry[], e: CorpusEntry, min: number) =>
    candidates
      .map((c) => ({ c, s: alike(c, e) + (c.stage === 'final' ? 0.01 : 0) }))
      .filter((x) => x.s >= min)
      .sort((x, y) => y.s - x.s)[0]?.c;
  // The latest version of a document of the same jurisdiction and title (where the drafts and earlier versions stand beside).
  const latest = (x: CorpusEntry): string => {
    const newer = entries.filter((y) => y !== x && y.jurisdiction.name === x.jurisdiction.name && y.stage === 'final' && (y.date ?? '') > (x.date ?? '') && alike(x, y) >= SAME_POLICY);
    return newer.length ? latest(newer.sort((a, b) => ((b.date ?? '') > (a.date ?? '') ? 1 : -1))[0]!) : x.id;
  };
  for (const e of entries) {
    const others = entries.filter((x) => x !== e);
    // A draft beside its final; an earlier version of a document beside its latest (the same jurisdiction, the same title).
    const later = (x: CorpusEntry) => x.stage === 'final' && (e.stage === 'draft' || (x.date ?? '') > (e.date ?? ''));
    const version = best(others.filter((x) => x.jurisdiction.name === e.jurisdiction.name && later(x)), e, SAME_POLICY);
    if (version) {
      draftOf.set(e.id, latest(version));
      parent.set(e.id, null);
      continue;
    }
    const named = e.jurisdiction.parentId ? byId.get(e.jurisdiction.parentId) : undefined;
    // A document of the parent jurisdiction stands in for the parent only where it is of a higher level (a county's plan filed
    // under the province's name is not the city's parent).
    const ofParentPlace = e.jurisdiction.parent ? best(others.filter((x) => x.jurisdiction.name === e.jurisdiction.parent && rank(x) < rank(e)), e, NAMED_PARENT) : undefined;
    // No parent named in the corpus: the alike document of a higher level, or of the same level where that one names no place in
    // its title and this one does (a national regulation added at the provincial level, before there was a national one).
    const placeless = (x: CorpusEntry) => !LOCAL_PLACE.test(x.title.replace(/^关于/, ''));
    // A parent jurisdiction named but not in the corpus (海宁市's 嘉兴市): only a document above that one's level may stand in.
    const parentMissing = !!e.jurisdiction.parent && !entries.some((x) => x.jurisdiction.name === e.jurisdiction.parent);
    const ceiling = parentMissing ? rank(e) - 1 : rank(e);
    const above = best(others.filter((x) => rank(x) < ceiling || (!parentMissing && rank(x) === rank(e) && placeless(x) && !placeless(e))), e, SAME_POLICY);
    parent.set(e.id, (named ?? ofParentPlace ?? above)?.id ?? null);
  }
  // No document is its own ancestor: a parent or final that leads back to the document is cut (the tree would lose them all).
  // Only a walk that comes back to the document itself is a cycle through it; one that meets a cycle elsewhere leaves it be.
  for (const e of entries) {
    const seen = new Set<string>();
    for (let up = parent.get(e.id) ?? draftOf.get(e.id); up && !seen.has(up); up = parent.get(up) ?? draftOf.get(up)) {
      if (up === e.id) {
        parent.set(e.id, null);
        draftOf.delete(e.id);
        break;
      }
      seen.add(up);
    }
  }
  // Components: parents, drafts and alike titles at any level (two cities implementing one provincial policy absent from the corpus).
  const root = new Map(entries.map((e) => [e.id, e.id]));
  const find = (id: string): string => {
    while (root.get(id) !== id) id = root.get(id)!;
    return id;
  };
  const join = (a: string, b: string) => root.set(find(a), find(b));
  for (const e of entries) {
    const p = parent.get(e.id) ?? draftOf.get(e.id);
    if (p) join(e.id, p);
  }
  for (let i = 0; i < entries.length; i++) for (let j = i + 1; j < entries.length; j++) if (alike(entries[i]!, entries[j]!) >= SAME_POLICY) join(entries[i]!.id, entries[j]!.id);
  const groups = new Map<string, CorpusEntry[]>();
  for (const e of entries) groups.set(find(e.id), [...(groups.get(find(e.id)) ?? []), e]);
  return [...groups.values()].map((members) => {
    const children = (e: CorpusEntry) => members.filter((x) => parent.get(x.id) === e.id).length;
    // A root of the tree (implementing nothing in the corpus) before the documents that implement another.
    const isChild = (e: CorpusEntry) => Number(!!parent.get(e.id) || draftOf.has(e.id));
    const top = [...members].sort(
      (a, b) =>
        isChild(a) - isChild(b) || rank(a) - rank(b) || Number(a.stage === 'draft') - Number(b.stage === 'draft') || children(b) - children(a) || members.indexOf(a) - members.indexOf(b),
    )[0]!;
    const ordered = [top, ...members.filter((m) => m !== top).sort((a, b) => rank(a) - rank(b) || members.indexOf(a) - members.indexOf(b))];
    return { top, members: ordered, parent: new Map(ordered.map((m) => [m.id, parent.get(m.id) ?? null])), draftOf: new Map([...draftOf].filter(([d]) => members.some((m) => m.id === d))), subject: titleCore(top.title) };
  });
}

/** The lineage a document belongs to. */
export function lineageOf(lineages: Lineage[], id: string): Lineage | undefined {
  return lineages.find((l) => l.members.some((m) => m.id === id));
}
