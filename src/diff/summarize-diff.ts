// Finds changes repeated across many pairs (an attribution pattern reported once; a repeated edit named once and kept in each pair), sets each pair's status, and counts for the summary.
import { CLAUSE_ID } from '../parse/in-section.js';
import type { Change, DiffSummary, PairDiff, PairStatus, SystematicChange, Variant } from '../model/clause-diff.js';
import type { DiffInput } from './diff-documents.js';

/** A change repeated in at least this many pairs, and in at least this share of them for attribution, is systematic. */
const MIN_REPEATS = 5;
const UNIT_SHARE = 0.5;

export interface FinishedPairs {
  pairs: PairDiff[];
  systematic: SystematicChange[];
}

/** Marks systematic changes, then gives every pair its status. */
export function finishPairs(pairs: PairDiff[], otherId: string): FinishedPairs {
  const systematic = [...attributionPatterns(pairs, otherId), ...repeatedEdits(pairs)];
  for (const p of pairs) {
    p.status = statusOf(p);
    if (isRenumbered(p)) p.renumbered = true;
  }
  return { pairs, systematic };
}

export function pairLabel(p: Pick<PairDiff, 'base' | 'other'>): string {
  return `${p.base.join('+') || '—'}↔${p.other.join('+') || '—'}`;
}

/** One unit on each side, numbered differently, and nothing changed but variants: renumbered, not changed. */
function isRenumbered(p: PairDiff): boolean {
  const [b, o] = [p.base, p.other];
  return b.length === 1 && o.length === 1 && b[0] !== o[0] && b[0] !== 'preamble' && b[0] !== 'closing' && (p.status === 'identical' || p.status === 'variant-only');
}

function statusOf(p: PairDiff): PairStatus {
  if (p.status === 'base-only' || p.status === 'other-only') return p.status;
  const real = p.changes.filter((c) => !c.systematic);
  const figures = p.numbers.some((n) => n.change !== 'unchanged');
  if (figures || real.some((c) => c.kind !== 'moved')) return 'modified';
  if (real.length || p.link?.kind === 'moved') return 'moved';
  return p.variants.length ? 'variant-only' : 'identical';
}

/** "every clause of hangzhou-2024 gained a 责任单位 line": attribution that changed the same way in most pairs. */
function attributionPatterns(pairs: PairDiff[], otherId: string): SystematicChange[] {
  const clausePairs = pairs.filter((p) => p.base.length && p.other.length && p.other.some((id) => CLAUSE_ID.test(id)));
  const out: SystematicChange[] = [];
  const patterns: Array<{ pattern: 'gained' | 'lost' | 'differ'; test: (c: Change) => boolean; say: (n: number, all: boolean) => string }> = [
    { pattern: 'gained', test: (c) => c.before === null && c.after !== null, say: (n, all) => `${all ? 'every' : `${n} of ${clausePairs.length}`} clause${all || n > 1 ? 's' : ''} of ${otherId} gained a 责任单位 line` },
    { pattern: 'lost', test: (c) => c.before !== null && c.after === null, say: (n, all) => `${all ? 'every' : `${n} of ${clausePairs.length}`} clause${all || n > 1 ? 's' : ''} of ${otherId} lost the 责任单位 line` },
    { pattern: 'differ', test: (c) => c.before !== null && c.after !== null, say: (n) => `the 责任单位 differ in ${n} of ${clausePairs.length} clauses` },
  ];
  for (const { pattern, test, say } of patterns) {
    const hits = clausePairs.filter((p) => p.changes.some((c) => c.kind === 'responsible-units' && test(c)));
    if (hits.length < MIN_REPEATS || hits.length < UNIT_SHARE * clausePairs.length) continue;
    for (const p of hits) for (const c of p.changes) if (c.kind === 'responsible-units' && test(c)) c.systematic = true;
    const all = hits.length === clausePairs.length;
    out.push({
      kind: 'responsible-units',
      description: say(hits.length, all).replace(/^every clauses/, 'every clause'),
      count: hits.length,
      pairs: hits.map(pairLabel),
      pattern,
      of: clausePairs.length,
      document: otherId,
    });
  }
  return out;
}

/**
 * The same small edit (A → B) in many pairs: "「市」→「县」 in 40 clauses". Named once in the summary, but each stays a change of its
 * own pair: an article whose only change is 法律委员会 → 宪法和法律委员会 is changed, not renumbered with its text unchanged.
 */
function repeatedEdits(pairs: PairDiff[]): SystematicChange[] {
  const groups = new Map<string, { kind: Change['kind']; before: string | null; after: string | null; pairs: Set<PairDiff> }>();
  for (const p of pairs) {
    for (const c of p.changes) {
      if (c.kind === 'responsible-units' || c.kind === 'moved' || c.kind === 'title') continue;
      if ((c.before?.length ?? 0) > 12 || (c.after?.length ?? 0) > 12) continue;
      const key = `${c.kind}\u0000${c.before}\u0000${c.after}`;
      const g = groups.get(key) ?? { kind: c.kind, before: c.before, after: c.after, pairs: new Set<PairDiff>() };
      g.pairs.add(p);
      groups.set(key, g);
    }
  }
  const out: SystematicChange[] = [];
  for (const g of groups.values()) {
    if (g.pairs.size < MIN_REPEATS) continue;
    const what = g.before === null ? `「${g.after}」 added` : g.after === null ? `「${g.before}」 dropped` : `「${g.before}」 → 「${g.after}」`;
    out.push({ kind: g.kind, description: `${what} in ${g.pairs.size} pairs`, count: g.pairs.size, pairs: [...g.pairs].map(pairLabel), pattern: 'edit', before: g.before, after: g.after });
  }
  return out.sort((a, b) => b.count - a.count);
}

export function summarizeDiff(finished: FinishedPairs, base: DiffInput, other: DiffInput): DiffSummary {
  const { pairs, systematic } = finished;
  const byStatus: Record<string, number> = { identical: 0, 'variant-only': 0, modified: 0, moved: 0, 'base-only': 0, 'other-only': 0 };
  const byKind: Record<string, number> = {};
  const figures = { changed: 0, added: 0, dropped: 0, unchanged: 0 };
  const effects = { loosens: 0, tightens: 0, neutral: 0 };
  const money: DiffSummary['money'] = [];
  const variants = new Map<string, Variant>();
  for (const p of pairs) {
    byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
    for (const c of p.changes) if (!c.systematic) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
    for (const n of p.numbers) {
      figures[n.change]++;
      if (n.change === 'unchanged') continue;
      effects[n.effect]++;
      const f = n.before ?? n.after!;
      if (f.kind === 'money') money.push({ pair: pairLabel(p), quantity: n.quantity, before: n.before?.text ?? null, after: n.after?.text ?? null, effect: n.effect });
    }
    for (const v of p.variants) {
      const k = `${v.kind}\u0000${v.before}\u0000${v.after}`;
      const seen = variants.get(k);
      if (seen) seen.count += v.count;
      else variants.set(k, { ...v });
    }
  }
  // An attribution pattern is one change (its pairs' changes are folded into it); a repeated edit is counted in each pair.
  for (const s of systematic) if (s.pattern !== 'edit') byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
  // Clauses (articles) and headings (chapters) are counted apart: "13 articles renumbered", and the chapters after a deleted one.
  const isClause = (id: string) => base.parsed.clauses.some((c) => c.id === id);
  const renumbered = pairs.filter((p) => p.renumbered && p.base.every(isClause)).length;
  const renumberedHeadings = pairs.filter((p) => p.renumbered && !p.base.every(isClause)).length;
  const merged = pairs.filter((p) => p.base.length > 1 && p.other.length > 0).length;
  const split = pairs.filter((p) => p.other.length > 1 && p.base.length === 1).length;
  return {
    clauses: { base: base.parsed.clauses.length, other: other.parsed.clauses.length },
    pairs: pairs.length,
    byStatus,
    ...(renumbered ? { renumbered } : {}),
    ...(renumberedHeadings ? { renumberedHeadings } : {}),
    ...(merged || split ? { joined: { merged, split } } : {}),
    byKind,
    figures,
    effects,
    money,
    systematic,
    variants: mergeScript([...variants.values()]).sort((a, b) => b.count - a.count),
    script: { base: base.normalized.scriptChanges, other: other.normalized.scriptChanges },
  };
}

/** Script lines of many pairs become one line per direction. */
function mergeScript(variants: Variant[]): Variant[] {
  const rest = variants.filter((v) => v.kind !== 'script');
  const script = variants.filter((v) => v.kind === 'script');
  if (script.length === 0) return rest;
  const count = script.reduce((n, v) => n + v.count, 0);
  const seen = new Map<string, [string, string]>();
  for (const v of script) [...v.before].forEach((ch, i) => seen.set(`${ch}${v.after[i]}`, [ch, v.after[i] ?? '']));
  const sample = [...seen.values()].slice(0, 8);
  return [{ kind: 'script', before: sample.map((x) => x[0]).join(''), after: sample.map((x) => x[1]).join(''), count }, ...rest];
}
