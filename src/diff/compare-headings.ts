// Compares the headings that are no unit of their own (a law's 节 under its chapters, its 编): renamed, added, dropped, renumbered.
import type { HeadingChange } from '../model/clause-diff.js';
import type { OutlineNode, ParsedDocument } from '../model/parsed-document.js';
import { loadHeadingStyles } from '../lexicon/load-heading-styles.js';
import { comparisonKeyText } from '../normalize/comparison-key.js';

interface Heading {
  node: OutlineNode;
  /** The place as a law cites it: 第二章第二节 (its chapter's label before it, where it has one). */
  where: string;
  /** The clauses under it, up to the next heading of its rank or above. */
  clauses: string[];
}

/**
 * The headings of the two documents that are not aligned as units, each paired with the one of the other document under which most
 * of its articles' partners stand (else with one of the same title), and what differs: a heading renamed (第二节 检查 → 监督检查), one
 * added or dropped, and the count of those renumbered only (第四节 → 第五节 after one was inserted), which is no change.
 */
export function compareHeadings(
  base: ParsedDocument,
  other: ParsedDocument,
  links: ReadonlyArray<{ base: string[]; other: string[] }>,
  places: RegExp,
): { changes: HeadingChange[]; renumbered: number } {
  const [hb, ho] = [headingsOf(base), headingsOf(other)];
  if (hb.length === 0 && ho.length === 0) return { changes: [], renumbered: 0 };
  const partner = new Map<string, string[]>();
  for (const l of links) for (const b of l.base) partner.set(b, [...(partner.get(b) ?? []), ...l.other]);
  const key = (t: string) => comparisonKeyText(t, { places, marks: true }).replace(/[\p{P}\p{Z}\s]/gu, '');
  const under = ho.map((h) => new Set(h.clauses));
  const scores = hb.map((h) =>
    ho.map((g, j) => (g.node.style !== h.node.style ? 0 : h.clauses.reduce((n, c) => n + ((partner.get(c) ?? []).some((o) => under[j]!.has(o)) ? 1 : 0), 0))),
  );
  const pairOf = new Int32Array(hb.length).fill(-1);
  const taken = new Set<number>();
  // Best first: the pair of headings sharing most articles; then, among those left, the same title.
  const candidates = scores.flatMap((row, i) => row.map((s, j) => ({ i, j, s }))).filter((c) => c.s > 0);
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) {
    if (pairOf[i]! >= 0 || taken.has(j)) continue;
    pairOf[i] = j;
    taken.add(j);
  }
  hb.forEach((h, i) => {
    if (pairOf[i]! >= 0) return;
    const j = ho.findIndex((g, jj) => !taken.has(jj) && g.node.style === h.node.style && key(g.node.title) === key(h.node.title));
    if (j >= 0) {
      pairOf[i] = j;
      taken.add(j);
    }
  });
  const changes: HeadingChange[] = [];
  let renumbered = 0;
  const side = (h: Heading) => ({ label: h.node.label, title: h.node.title, where: h.where, line: h.node.line, first: h.clauses[0] ?? null });
  hb.forEach((h, i) => {
    const j = pairOf[i]!;
    if (j < 0) return void changes.push({ change: 'dropped', style: h.node.style, base: side(h), other: null });
    const g = ho[j]!;
    if (key(g.node.title) !== key(h.node.title)) changes.push({ change: 'renamed', style: h.node.style, base: side(h), other: side(g) });
    else if (g.where !== h.where) renumbered++;
  });
  ho.forEach((g, j) => {
    if (!taken.has(j)) changes.push({ change: 'added', style: g.node.style, base: null, other: side(g) });
  });
  return { changes, renumbered };
}

/**
 * A document's headings that open no unit (a law's 节 and 编, a plan's (一) over its numbered items), with the clauses under each;
 * its place is cited with the headings above it (第二章第二节, 二、（一）).
 */
function headingsOf(doc: ParsedDocument): Heading[] {
  const outline = doc.outline ?? [];
  const articleStyles = new Set(loadHeadingStyles().filter((s) => s.role === 'article').map((s) => s.style));
  const out: Heading[] = [];
  const above: OutlineNode[] = [];
  outline.forEach((node, k) => {
    while (above.length && above[above.length - 1]!.depth >= node.depth) above.pop();
    if (node.unit === null && !articleStyles.has(node.style)) {
      const clauses: string[] = [];
      for (let n = k + 1; n < outline.length && outline[n]!.depth > node.depth; n++) if (outline[n]!.unit?.startsWith('c')) clauses.push(outline[n]!.unit!);
      const parents = above.filter((a) => !articleStyles.has(a.style)).map((a) => a.label).join('');
      out.push({ node, where: `${parents}${node.label}`, clauses });
    }
    above.push(node);
  });
  return out;
}
