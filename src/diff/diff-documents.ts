// Diff stage entry: every aligned pair of two documents compared, clauses on one side only listed, a summary on top.
import type { DocumentDiff, PairDiff, Variant } from '../model/clause-diff.js';
import type { Alignment } from '../model/alignment.js';
import type { NormalizedDocument } from '../model/normalized-document.js';
import type { ParsedDocument } from '../model/parsed-document.js';
import { alignableUnits } from '../align/alignable-units.js';
import { describeUnit, unitLabel, unitSection } from '../parse/describe-unit.js';
import { parseWarnings } from '../parse/outline-warnings.js';
import { collectSide, scriptConversions } from './diff-side.js';
import { diffPassages, unpairedFigures } from './diff-passages.js';
import { finishPairs, summarizeDiff } from './summarize-diff.js';
import { linkMovedParts } from './link-moved-parts.js';
import { compareHeadings } from './compare-headings.js';

export interface DiffInput {
  parsed: ParsedDocument;
  normalized: NormalizedDocument;
}

export interface DiffOptions {
  /** Jurisdiction names and generic place words whose swap is a variant. */
  places: RegExp;
  crossJurisdiction: boolean;
  /** The level letter of each jurisdiction's own bodies, where their levels differ (mask-text.ts ownBodyPattern). */
  ownBodies?: RegExp | null;
}

export function diffDocuments(base: DiffInput, other: DiffInput, alignment: Alignment, opts: DiffOptions): DocumentDiff {
  const order = (doc: ParsedDocument) => {
    const ids = ['preamble', ...alignableUnits(doc).map((u) => u.id), 'closing'];
    return new Map(ids.map((id, i) => [id, i]));
  };
  const bPos = order(base.parsed);
  const oPos = order(other.parsed);
  const entries: Array<{ at: number; pair: PairDiff }> = [];
  const live = alignment.links.filter((l) => l.status !== 'rejected');
  const references = renumberedArticles(base.parsed, other.parsed, live);
  for (const link of live) {
    const bSide = collectSide(base.parsed, link.base);
    const oSide = collectSide(other.parsed, link.other);
    const result = diffPassages(bSide, oSide, { ...opts, references });
    const labels = labelsOf(base.parsed, other.parsed, link.base, link.other);
    // A clause the aligner found out of order: shown as a move, not as a drop and an addition.
    if (link.kind === 'moved') {
      const [from, to] = [bSide.places[0]?.place, oSide.places[0]?.place];
      const where = from ? { where: from.where, at: from.at, ...(to && to.where !== from.where ? { whereOther: to.where } : {}) } : {};
      result.changes.unshift({ kind: 'moved', before: labels.base, after: labels.other, ...where });
    }
    // Each side's script conversions, counted once, less those the other side shares.
    const [bConv, oConv] = [scriptConversions(base.normalized, bSide.spans), scriptConversions(other.normalized, oSide.spans)];
    const variants: Variant[] = [...result.variants, ...scriptVariants(oConv, bConv, 'other'), ...scriptVariants(bConv, oConv, 'base')];
    entries.push({
      at: bPos.get(link.base[0]!) ?? 0,
      pair: {
        base: link.base,
        other: link.other,
        status: 'modified',
        labels,
        ...placeOf(base.parsed, other.parsed, link.base, link.other),
        link: {
          score: link.score,
          status: link.status,
          ...(link.kind ? { kind: link.kind } : {}),
          ...(link.needsReview ? { needsReview: link.needsReview } : {}),
          // Another clause reads closer, whatever other reason the link has to be checked (only while no person decided it).
          ...(link.contested && link.status === 'auto' ? { contested: true } : {}),
        },
        changes: result.changes,
        numbers: result.numbers,
        variants,
        ...(bSide.units.length || oSide.units.length ? { units: { base: bSide.units, other: oSide.units } } : {}),
        text: { base: bSide.text, other: oSide.text },
        redline: result.redline,
      },
    });
  }
  for (const id of alignment.baseOnly) entries.push({ at: bPos.get(id) ?? 0, pair: onlyPair('base-only', [id], [], base.parsed, other.parsed, opts) });
  // An other-only clause goes after the base clause linked to the other clause just before it.
  const linkedBaseOf = new Map<string, string>();
  for (const l of live) for (const o of l.other) linkedBaseOf.set(o, l.base[0]!);
  const oIds = [...oPos.keys()];
  for (const id of alignment.otherOnly) {
    let at = -0.5;
    for (let k = (oPos.get(id) ?? 0) - 1; k >= 0; k--) {
      const b = linkedBaseOf.get(oIds[k]!);
      if (b !== undefined) {
        at = (bPos.get(b) ?? 0) + 0.5;
        break;
      }
    }
    entries.push({ at, pair: onlyPair('other-only', [], [id], base.parsed, other.parsed, opts) });
  }
  // The list is in the base's order under the base's sections: a clause new in a chapter the base has too (renumbered or renamed,
  // 公司法 2018 第二章 有限责任公司… → 2023 第三章) is listed under the base's name of it, not between its articles under another.
  const sectionIn = new Map<string, string>();
  const [bSections, oSections] = [new Set(base.parsed.sections.map((x) => x.id)), new Set(other.parsed.sections.map((x) => x.id))];
  for (const l of live) {
    if (l.base.length === 1 && l.other.length === 1 && bSections.has(l.base[0]!) && oSections.has(l.other[0]!)) {
      sectionIn.set(unitSection(other.parsed, l.other[0]!), unitSection(base.parsed, l.base[0]!));
    }
  }
  // (A 节 under it keeps its own name: 第三章… › 第一节设立 → 第二章… › 第一节设立.)
  const inBase = (section: string) => {
    const [chapter, ...below] = section.split(' › ');
    const mapped = sectionIn.get(section) ?? sectionIn.get(chapter!);
    return mapped === undefined ? section : sectionIn.has(section) ? mapped : [mapped, ...below].join(' › ');
  };
  for (const e of entries) if (e.pair.status === 'other-only' && e.pair.section) e.pair.section = inBase(e.pair.section);
  entries.sort((x, y) => x.at - y.at);
  const pairs = finishPairs(
    linkMovedParts(
      entries.map((e) => e.pair),
      base.parsed,
      other.parsed,
      opts.places,
    ),
    other.parsed.id,
  );
  const headings = compareHeadings(base.parsed, other.parsed, live, opts.places);
  const summary = summarizeDiff(pairs, base, other);
  if (headings.renumbered) summary.renumberedHeadings = (summary.renumberedHeadings ?? 0) + headings.renumbered;
  return {
    base: base.parsed.id,
    other: other.parsed.id,
    titles: { base: base.parsed.title, other: other.parsed.title },
    summary,
    pairs: pairs.pairs,
    ...(headings.changes.length ? { headings: headings.changes } : {}),
    warnings: [base.parsed, other.parsed].flatMap((d) => parseWarnings(d).map((w) => ({ document: d.id, line: w.line, message: w.message }))),
  };
}

/** The articles of base that the links give another number in other, by printed label (第十八条 → 第十七条). */
export function renumberedArticles(b: ParsedDocument, o: ParsedDocument, links: ReadonlyArray<{ base: string[]; other: string[] }>): Map<string, string> {
  const label = (doc: ParsedDocument, id: string) => doc.clauses.find((c) => c.id === id && c.paragraphs)?.label;
  const out = new Map<string, string>();
  for (const l of links) {
    if (l.base.length !== 1 || l.other.length !== 1) continue;
    const [from, to] = [label(b, l.base[0]!), label(o, l.other[0]!)];
    if (from && to && from !== to) out.set(from, to);
  }
  return out;
}

/** A clause on one side only: its text, and each of its figures added or dropped. */
function onlyPair(status: 'base-only' | 'other-only', base: string[], other: string[], b: ParsedDocument, o: ParsedDocument, opts: DiffOptions): PairDiff {
  const side = status === 'base-only' ? collectSide(b, base) : collectSide(o, other);
  const text = { base: base.length ? side.text : '', other: other.length ? side.text : '' };
  const numbers = unpairedFigures(side, status === 'base-only' ? 'base' : 'other', opts);
  return { base, other, status, labels: labelsOf(b, o, base, other), ...placeOf(b, o, base, other), changes: [], numbers, variants: [], text };
}

/** The printed labels of both sides and the section the pair sits in (the base side's when it has one). */
function placeOf(b: ParsedDocument, o: ParsedDocument, baseIds: string[], otherIds: string[]): Pick<PairDiff, 'numbering' | 'section'> {
  const numbering = { base: baseIds.map((id) => unitLabel(b, id)).join('+'), other: otherIds.map((id) => unitLabel(o, id)).join('+') };
  const section = baseIds.length ? unitSection(b, baseIds[0]!) : unitSection(o, otherIds[0]!);
  return { numbering, section };
}

function labelsOf(b: ParsedDocument, o: ParsedDocument, baseIds: string[], otherIds: string[]): PairDiff['labels'] {
  return { base: baseIds.map((id) => describeUnit(b, id)).join(' + '), other: otherIds.map((id) => describeUnit(o, id)).join(' + ') };
}

/** One line per side saying how many characters were printed in traditional script, with examples. */
/**
 * The script difference of one side: the characters its conversion to simplified changed, less those the other side's conversion
 * changed the same way (two traditional texts printing 經濟 alike differ in nothing).
 */
function scriptVariants(own: ReadonlyMap<string, number>, shared: ReadonlyMap<string, number>, side: 'base' | 'other'): Variant[] {
  const conv = new Map<string, number>();
  for (const [k, n] of own) if (n - (shared.get(k) ?? 0) > 0) conv.set(k, n - (shared.get(k) ?? 0));
  if (conv.size === 0) return [];
  const top = [...conv.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
  const count = [...conv.values()].reduce((a, b) => a + b, 0);
  const simplified = top.map(([k]) => k.split('→')[1]).join('');
  const traditional = top.map(([k]) => k.split('→')[0]).join('');
  return [{ kind: 'script', before: side === 'other' ? simplified : traditional, after: side === 'other' ? traditional : simplified, count }];
}
