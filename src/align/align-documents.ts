// Align stage: order-preserving DP with gaps, then a pass for moved clauses, then splits/merges (1:n, n:1).
import type { Alignment, Link } from '../model/alignment.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { calibratedScore, linkFeatures } from './calibrate-links.js';
import { type SimilarityMatrix, residualSimilarity, similarityMatrix } from './similarity-matrix.js';
import { BY_PLACE_SHARED } from '../model/review-policy.js';
import { type Group, contestedGroups, fillSingleGaps, joinByParagraph, joinLeftovers, linkHeadingsByArticles, linkMoves, releaseOutweighed } from './link-passes.js';

export interface AlignOptions {
  /** Below this a pair is not a match in the ordered pass. */
  matchThreshold: number;
  /** A moved clause must score at least this. */
  moveThreshold: number;
  /** A second unit of the same kind joins a link (split/merge) when it scores at least this with the linked unit. */
  splitThreshold: number;
  /** …and when what it shares with that unit, beyond what the units already in the link share with it, scores at least this. */
  joinResidual: number;
  /** A clause left unmatched is linked with an article one of whose 款 it scores at least this against. */
  paragraphMatch: number;
  /** …or at least this, where that article is the clause's closest unit by far and no other clause contends for the 款. */
  paragraphAlone: number;
  /** One unit alone on each side between the same two links is linked when each is the other's closest and they score at least this. */
  gapMatch: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { matchThreshold: 0.12, moveThreshold: 0.25, splitThreshold: 0.3, joinResidual: 0.03, paragraphMatch: 0.34, paragraphAlone: 0.2, gapMatch: 0.06 };

/**
 * Aligns the clauses and section intros of two parsed documents. Where two line-ups are equally good the passes
 * below choose by which side they walk first, so the alignment is always made in one order of the two documents
 * (by their texts) and turned round when needed: swapping base and other gives exactly the mirrored alignment.
 */
export function alignDocuments(
  base: ParsedDocument,
  other: ParsedDocument,
  jurisdictions: string[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): Alignment & { matrix: SimilarityMatrix } {
  if (canonicalOrder(base, other) <= 0) return alignInOrder(base, other, jurisdictions, options);
  return mirrored(alignInOrder(other, base, jurisdictions, options));
}

const texts = new WeakMap<ParsedDocument, string>();
/** A document's units' texts in one string (kept: an anchor is compared with many documents). */
function unitsText(d: ParsedDocument): string {
  let t = texts.get(d);
  if (t === undefined) texts.set(d, (t = [d.preamble?.text ?? '', ...d.sections.map((s) => s.intro), ...d.clauses.map((c) => c.text), d.closing?.text ?? ''].join('\n')));
  return t;
}

/** Compares the two documents by their units' texts, then by id. */
function canonicalOrder(a: ParsedDocument, b: ParsedDocument): number {
  const [x, y] = [unitsText(a), unitsText(b)];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The alignment of other against base, from that of base against other. */
function mirrored(a: Alignment & { matrix: SimilarityMatrix }): Alignment & { matrix: SimilarityMatrix } {
  const m = a.matrix;
  const score = m.other.map((_, j) => Float64Array.from(m.base, (_u, i) => m.score[i]![j]!));
  const order = new Map(m.other.map((u, j) => [u.id, j]));
  const at = (ids: string[]) => (ids[0] === 'preamble' ? -1 : ids[0] === 'closing' ? Infinity : Math.min(...ids.map((id) => order.get(id) ?? Infinity)));
  const links = a.links.map((l) => ({ ...l, base: l.other, other: l.base })).sort((x, y) => at(x.base) - at(y.base));
  return { base: a.other, other: a.base, links, baseOnly: a.otherOnly, otherOnly: a.baseOnly, matrix: { base: m.other, other: m.base, score, vectors: { base: m.vectors.other, other: m.vectors.base }, paragraphs: { base: m.paragraphs.other, other: m.paragraphs.base } } };
}

function alignInOrder(base: ParsedDocument, other: ParsedDocument, jurisdictions: string[], options: AlignOptions): Alignment & { matrix: SimilarityMatrix } {
  const m = similarityMatrix(base, other, jurisdictions);
  const n = m.base.length;
  const k = m.other.length;
  // A heading with no text of its own (a law's 第二章 矿产资源勘查的登记和开采的审批) is no counterpart of a clause: only a section
  // intro that says something (a plan's 一、 with its targets) can be one.
  const bare = (u: { kind: string; text: string }) => u.kind === 'section' && !u.text.trim();
  const [bareB, bareO] = [m.base.map(bare), m.other.map(bare)];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) if ((bareB[i]! && m.other[j]!.kind === 'clause') || (bareO[j]! && m.base[i]!.kind === 'clause')) m.score[i]![j] = 0;
  }
  const pairs = releaseOutweighed(m, orderedPairs(m, options.matchThreshold), options);
  const baseLink = new Int32Array(n).fill(-1);
  const otherLink = new Int32Array(k).fill(-1);
  const groups: Group[] = [];
  for (const [i, j] of pairs) {
    baseLink[i] = otherLink[j] = groups.length;
    groups.push({ base: [i], other: [j], kind: 'ordered' });
  }
  linkMoves(m, groups, baseLink, otherLink, options);
  fillSingleGaps(m, groups, baseLink, otherLink, options);
  // Splits and merges: a still-unmatched unit whose best partner is already linked joins that link (other side first, then base).
  const freedOther = joinLeftovers(m, groups, 'other', otherLink, baseLink, options);
  const freed = joinLeftovers(m, groups, 'base', baseLink, otherLink, options) || freedOther;
  // A partner a leftover took the place of may be another clause's own, moved: looked for again among the units still free.
  if (freed) linkMoves(m, groups, baseLink, otherLink, options);
  joinByParagraph(m, groups, baseLink, otherLink, options);
  linkHeadingsByArticles(m, groups, baseLink, otherLink);
  const disputed = contestedGroups(m, groups, baseLink, otherLink);
  const links: Link[] = groups
    .map((g, gi) => {
      const bs = [...g.base].sort((a, b) => a - b);
      const os = [...g.other].sort((a, b) => a - b);
      const features = linkFeatures({ base: bs, other: os, kind: g.kind }, m);
      return {
        base: bs.map((i) => m.base[i]!.id),
        other: os.map((j) => m.other[j]!.id),
        score: round(calibratedScore(features)),
        similarity: round(features[1]!),
        ...ownSimilarity(m, g, features[1]!),
        status: 'auto' as const,
        kind: g.kind,
        ...(disputed[gi] ? { contested: true } : {}),
        position: Math.min(...bs),
      };
    })
    .sort((a, b) => a.position - b.position)
    .map(({ position: _p, ...l }) => l);
  const fixed: Link[] = [];
  if (base.preamble && other.preamble) fixed.push({ base: ['preamble'], other: ['preamble'], score: 1, similarity: 1, status: 'auto', kind: 'ordered' });
  const closing: Link[] = base.closing && other.closing ? [{ base: ['closing'], other: ['closing'], score: 1, similarity: 1, status: 'auto', kind: 'ordered' }] : [];
  return {
    base: base.id,
    other: other.id,
    links: [...fixed, ...links, ...closing],
    // A preamble or closing on one side only is text the other lacks, not text left out.
    baseOnly: [...(base.preamble && !other.preamble ? ['preamble'] : []), ...m.base.filter((_, i) => baseLink[i]! < 0).map((u) => u.id), ...(base.closing && !other.closing ? ['closing'] : [])],
    otherOnly: [...(other.preamble && !base.preamble ? ['preamble'] : []), ...m.other.filter((_, j) => otherLink[j]! < 0).map((u) => u.id), ...(other.closing && !base.closing ? ['closing'] : [])],
    matrix: m,
  };
}

/**
 * A one-to-one link in order of two articles that share little: how much they share beyond the words and bigrams of the units beside
 * each of them (for the review policy's by-place check); nothing for any other link.
 */
function ownSimilarity(m: SimilarityMatrix, g: Group, similarity: number): { ownSimilarity?: number } {
  if (g.kind !== 'ordered' || g.base.length !== 1 || g.other.length !== 1 || similarity >= BY_PLACE_SHARED) return {};
  const [i, j] = [g.base[0]!, g.other[0]!];
  if (m.base[i]!.kind !== 'clause' || m.other[j]!.kind !== 'clause') return {};
  const beside = [m.vectors.base[i - 1], m.vectors.base[i + 1], m.vectors.other[j - 1], m.vectors.other[j + 1]].filter((v) => v !== undefined);
  return { ownSimilarity: round(residualSimilarity(m.vectors.base[i]!, m.vectors.other[j]!, beside)) };
}

/** Needleman–Wunsch without gap cost: the order-preserving set of pairs with the largest total margin over the threshold. */
function orderedPairs(m: SimilarityMatrix, threshold: number): Array<[number, number]> {
  const n = m.base.length;
  const k = m.other.length;
  const F = Array.from({ length: n + 1 }, () => new Float64Array(k + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= k; j++) {
      const s = m.score[i - 1]![j - 1]!;
      const diag = s >= threshold ? F[i - 1]![j - 1]! + (s - threshold) : -Infinity;
      F[i]![j] = Math.max(F[i - 1]![j]!, F[i]![j - 1]!, diag);
    }
  }
  const out: Array<[number, number]> = [];
  let i = n;
  let j = k;
  while (i > 0 && j > 0) {
    const s = m.score[i - 1]![j - 1]!;
    if (s >= threshold && F[i]![j] === F[i - 1]![j - 1]! + (s - threshold)) {
      out.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (F[i]![j] === F[i - 1]![j]) i--;
    else j--;
  }
  return out.reverse();
}

function round(v: number): number {
  return Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
}
