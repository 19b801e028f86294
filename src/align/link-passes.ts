// The aligner's passes after the ordered line-up: moves, single gaps, splits and merges, 款 joined, headings by their articles, contested links.
import type { AlignOptions } from './align-documents.js';
import { type SimilarityMatrix, residualSimilarity, similarities, vectorSimilarity } from './similarity-matrix.js';

export type Group = { base: number[]; other: number[]; kind: 'ordered' | 'moved' | 'split' };

/** Whether a link of base unit i and other unit j crosses no link the order made (but `except`): in order, else a move. */
function inOrderWith(groups: Group[], i: number, j: number, except?: Group): boolean {
  return groups.every((h) => h === except || h.kind !== 'ordered' || (h.base[0]! < i) === (h.other[0]! < j));
}

/**
 * The ordered line-up without the links a far stronger pair across them outweighs: where a county reorders its sections and its
 * clauses share a template (对新建…按照…给予补助), the order can pair 支持粮食烘干设施建设 with an in-order 农产品加工 clause (0.23) while
 * its own successor, 建设粮食烘干中心 (0.71), stands in another section. Two units that are each other's closest, at least
 * `moveThreshold` alike and linked to neither, free the links they hold where each scores under half of theirs and its other unit
 * reads closer to something else too (both ends outweighed); the move pass then links them, and what the freed links held is looked
 * for again by the passes after it.
 */
export function releaseOutweighed(m: SimilarityMatrix, pairs: Array<[number, number]>, options: AlignOptions): Array<[number, number]> {
  const ofBase = new Map(pairs.map(([i, j], p) => [i, p]));
  const ofOther = new Map(pairs.map(([, j], p) => [j, p]));
  const scoreOf = (p: number) => m.score[pairs[p]![0]]![pairs[p]![1]]!;
  const freed = new Set<number>();
  for (let i = 0; i < m.base.length; i++) {
    const j = argmax(m.score[i]!, () => true);
    if (j < 0 || argmaxColumn(m, j, () => true) !== i) continue;
    const s = m.score[i]![j]!;
    if (s < options.moveThreshold || ofBase.get(i) === ofOther.get(j)) continue;
    // A partner whose closest is the unit it holds, and which shares with it mostly words the strong pair does not, stays: the weak
    // link is half of a split (突发事件应对法 2007 第五条 → 2024 第五条 and 第三十二条), not a pairing the order forced. A partner alike
    // only in the template the strong pair shares too (对新建…按照每亩…给予补助) is released.
    const [mine, theirs] = [ofBase.get(i), ofOther.get(j)];
    // Whether link p stays: strong enough, or its partner (the unit other than i or j) one that stays with it.
    const kept = (p: number | undefined, ofI: boolean) => {
      if (p === undefined) return false;
      const [x, y] = pairs[p]!;
      if (scoreOf(p) >= s / 2) return true;
      const [partner, holder, strong] = ofI ? [m.vectors.other[y]!, m.vectors.base[x]!, m.vectors.other[j]!] : [m.vectors.base[x]!, m.vectors.other[y]!, m.vectors.base[i]!];
      const closest = ofI ? argmaxColumn(m, y, () => true) === x : argmax(m.score[x]!, () => true) === y;
      return closest && residualSimilarity(partner, holder, [strong]) >= m.score[x]![y]! / 2;
    };
    if (kept(mine, true) || kept(theirs, false)) continue;
    for (const p of [mine, theirs]) if (p !== undefined) freed.add(p);
  }
  return freed.size ? pairs.filter((_, p) => !freed.has(p)) : pairs;
}

/** Moved: unmatched units whose best unmatched partner is mutual and close to their best overall. */
export function linkMoves(m: SimilarityMatrix, groups: Group[], baseLink: Int32Array, otherLink: Int32Array, options: AlignOptions): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < m.base.length; i++) {
      if (baseLink[i]! >= 0) continue;
      const j = argmax(m.score[i]!, (jj) => otherLink[jj]! < 0);
      if (j < 0) continue;
      const s = m.score[i]![j]!;
      if (s < options.moveThreshold) continue;
      const back = argmaxColumn(m, j, (ii) => baseLink[ii]! < 0);
      if (back !== i) continue;
      if (s < 0.8 * maxOf(m.score[i]!) || s < 0.8 * maxColumn(m, j)) continue;
      baseLink[i] = otherLink[j] = groups.length;
      groups.push({ base: [i], other: [j], kind: 'moved' });
      changed = true;
    }
  }
}

/**
 * A single gap: one unit left alone on each side between the same two links made in order (国防教育法 第十二条 国家设立全民国防教育日 →
 * 每年九月的第三个星期六为全民国防教育日), each the other's closest of all, at least `gapMatch` alike: the article in that place, reworded
 * below what the ordered pass needs. (On the 62 revisions of the shared folder this links that one article, and nothing else.)
 */
export function fillSingleGaps(m: SimilarityMatrix, groups: Group[], baseLink: Int32Array, otherLink: Int32Array, options: AlignOptions): void {
  const orderedOf = (i: number) => (baseLink[i]! >= 0 && groups[baseLink[i]!]!.kind === 'ordered' ? groups[baseLink[i]!]! : null);
  for (let i = 1; i + 1 < m.base.length; i++) {
    const [prev, next] = [orderedOf(i - 1), orderedOf(i + 1)];
    if (baseLink[i]! >= 0 || !prev || !next) continue;
    const j = Math.max(...prev.other) + 1;
    if (Math.min(...next.other) !== j + 1 || otherLink[j]! >= 0 || m.base[i]!.kind !== m.other[j]!.kind) continue;
    const s = m.score[i]![j]!;
    if (s < options.gapMatch || s < maxOf(m.score[i]!) || s < maxColumn(m, j)) continue;
    baseLink[i] = otherLink[j] = groups.length;
    groups.push({ base: [i], other: [j], kind: 'ordered' });
  }
}

/**
 * One side's leftovers joined to the links of their best partners: a unit of `side` still unmatched whose best partner of the
 * other side (a unit of the same kind: a clause never joins a section intro's link) is linked, at least `splitThreshold` alike,
 * takes the place of a positional partner (replacesPartner) or joins the link as a split or merge where it brings something of its
 * own (residualSimilarity ≥ joinResidual). Returns whether a partner was freed.
 */
export function joinLeftovers(m: SimilarityMatrix, groups: Group[], side: 'base' | 'other', myLink: Int32Array, theirLink: Int32Array, options: AlignOptions): boolean {
  const [mine, theirs] = side === 'base' ? [m.base, m.other] : [m.other, m.base];
  const [myVec, theirVec] = side === 'base' ? [m.vectors.base, m.vectors.other] : [m.vectors.other, m.vectors.base];
  const score = (u: number, t: number) => (side === 'base' ? m.score[u]![t]! : m.score[t]![u]!);
  const mineOf = (g: Group) => (side === 'base' ? g.base : g.other);
  const theirsOf = (g: Group) => (side === 'base' ? g.other : g.base);
  let freed = false;
  for (let u = 0; u < mine.length; u++) {
    if (myLink[u]! >= 0) continue;
    const same = (x: number) => theirs[x]!.kind === mine[u]!.kind;
    const t = side === 'base' ? argmax(m.score[u]!, same) : argmaxColumn(m, u, same);
    if (t < 0 || theirLink[t]! < 0 || score(u, t) < options.splitThreshold) continue;
    const g = groups[theirLink[t]!]!;
    if (theirsOf(g).length > 1) continue;
    if (replacesPartner(g, side, u, m, groups, options)) {
      freed = true;
      myLink[mineOf(g)[0]!] = -1;
      if (side === 'base') g.base = [u];
      else g.other = [u];
      myLink[u] = theirLink[t]!;
      continue;
    }
    if (residualSimilarity(myVec[u]!, theirVec[t]!, mineOf(g).map((x) => myVec[x]!)) < options.joinResidual) continue;
    mineOf(g).push(u);
    g.kind = 'split';
    myLink[u] = theirLink[t]!;
  }
  return freed;
}

/**
 * A link the order made (one to one) whose partner reads far less like the clause than a leftover does (体育法 2009 第二十三条 ↔
 * 2022 第三十三条 at 0.14, while 第三十条 reads 0.79): the leftover is the successor and takes the partner's place, which is left
 * unmatched, instead of joining it as a split. Far less: below the line a split needs, or under half the leftover's score.
 */
function replacesPartner(g: Group, side: 'base' | 'other', u: number, m: SimilarityMatrix, groups: Group[], options: AlignOptions): boolean {
  if (g.kind !== 'ordered' || g.base.length !== 1 || g.other.length !== 1) return false;
  const [i, j] = side === 'other' ? [g.base[0]!, u] : [u, g.other[0]!];
  const partner = side === 'other' ? m.score[i]![g.other[0]!]! : m.score[g.base[0]!]![j]!;
  const mine = m.score[i]![j]!;
  if (!(partner < options.splitThreshold || mine >= 2 * partner)) return false;
  // A partner that brings something of its own beside the leftover (the merged half of two clauses) stays: the leftover joins.
  const [pv, uv, tv] = side === 'other' ? [m.vectors.other[g.other[0]!]!, m.vectors.other[u]!, m.vectors.base[i]!] : [m.vectors.base[g.base[0]!]!, m.vectors.base[u]!, m.vectors.other[j]!];
  const own = residualSimilarity(pv, tv, [uv]);
  if (own >= options.joinResidual) return false;
  // Taking the place must not cross a link the order made; out of order it is a move.
  g.kind = inOrderWith(groups, i, j, g) ? 'ordered' : 'moved';
  return true;
}

/**
 * An article left unmatched that became one 款 of an article of the other text (开展反洗钱培训和宣传工作 → the second 款 of a new
 * article on training): its likeness to the whole article is diluted by the other 款, so the passes above miss it. It is linked
 * where it scores at least `paragraphMatch` against one 款 — joining that article's link as a merge (or split) when what it shares
 * with the article is not already what the article's partner shares with it, or as a link of its own when the article has none.
 */
export function joinByParagraph(m: SimilarityMatrix, groups: Group[], baseLink: Int32Array, otherLink: Int32Array, options: AlignOptions): void {
  const pass = (side: 'base' | 'other') => {
    const [mine, myLink, theirLink] = side === 'base' ? [m.base, baseLink, otherLink] : [m.other, otherLink, baseLink];
    const [myVec, theirParas] = side === 'base' ? [m.vectors.base, m.paragraphs.other] : [m.vectors.other, m.paragraphs.base];
    const mineOf = (g: Group) => (side === 'base' ? g.base : g.other);
    const theirsOf = (g: Group) => (side === 'base' ? g.other : g.base);
    const loose = mine.flatMap((u, i) => (myLink[i]! < 0 && u.kind === 'clause' ? [i] : []));
    if (!loose.length) return;
    const paras = [...theirParas()].flatMap(([t, ps]) => ps.map((p) => ({ t, p })));
    if (!paras.length) return;
    // Each loose clause's closest 款 (the first of equals), from all scores at once; the one kept is scored exactly again.
    const scores = similarities(
      loose.map((u) => myVec[u]!),
      paras.map((x) => x.p),
    );
    const closest = loose.map((u, k) => {
      const row = scores[k]!;
      const top = row.reduce((x, y) => Math.max(x, y), 0);
      let [at, exact] = [-1, 0];
      for (let q = 0; q < row.length; q++) {
        if (row[q]! < top - 1e-9) continue;
        const sc = vectorSimilarity(myVec[u]!, paras[q]!.p);
        if (sc > exact) [at, exact] = [q, sc];
      }
      return at < 0 ? null : { para: at, score: exact };
    });
    // Every clause of this side against each 款 that is some loose clause's closest, for the check below.
    const wanted = [...new Set(closest.flatMap((c) => (c && c.score >= options.paragraphAlone ? [c.para] : [])))];
    const rival = new Map(wanted.map((q, k) => [q, k]));
    const against = wanted.length
      ? similarities(
          wanted.map((q) => paras[q]!.p),
          myVec,
        )
      : [];
    loose.forEach((u, k) => {
      const c = closest[k];
      if (!c || c.score < options.paragraphAlone) return;
      const { t: best, p: bestPara } = paras[c.para]!;
      const bestScore = c.score;
      // Reworded as it moved (国境卫生检疫法 2018 第九条 → 2024 第十条第二款: 船舶、航空器 → 交通运输工具, 国境卫生检疫机关 → 海关), a
      // clause scores below `paragraphMatch` against its 款; it is still linked where nothing else contends: the article holding
      // that 款 reads at least twice as close to it as any other unit, and no other clause of its side comes within a quarter of it.
      const reworded = bestScore < options.paragraphMatch;
      if (reworded && !standsAlone(side === 'base' ? m.score[u]! : m.score.map((r) => r[u]!), best)) return;
      // The 款 is another clause's where one of this side reads closer to it (a list of bodies shared, 国家机关、社会团体、企业事业单位…).
      const gi = theirLink[best]!;
      const held = gi < 0 ? [] : mineOf(groups[gi]!);
      const column = against[rival.get(c.para)!]!;
      const near = reworded ? 0.75 * bestScore : bestScore;
      if (mine.some((_, w) => w !== u && !held.includes(w) && column[w]! > near - 1e-9 && vectorSimilarity(myVec[w]!, bestPara) > near)) return;
      if (gi < 0) {
        const [b, o] = side === 'base' ? [u, best] : [best, u];
        myLink[u] = theirLink[best] = groups.length;
        groups.push({ base: [b], other: [o], kind: inOrderWith(groups, b, o) ? 'ordered' : 'moved' });
        return;
      }
      const g = groups[gi]!;
      if (theirsOf(g).length > 1) return;
      const partners = mineOf(g).map((x) => myVec[x]!);
      const target = (side === 'base' ? m.vectors.other : m.vectors.base)[best]!;
      if (residualSimilarity(myVec[u]!, target, partners) < options.joinResidual) return;
      mineOf(g).push(u);
      g.kind = 'split';
      myLink[u] = gi;
    });
  };
  pass('base');
  pass('other');
}

/**
 * A chapter renamed (第二章 矿产资源勘查的登记和开采的审批 → 第二章 矿业权) shares no words with its new name, but its articles went
 * to the new chapter: two headings left unmatched are linked where most of the linked articles under each (and at least two) are
 * linked with articles under the other.
 */
export function linkHeadingsByArticles(m: SimilarityMatrix, groups: Group[], baseLink: Int32Array, otherLink: Int32Array): void {
  const loose = (units: SimilarityMatrix['base'], link: Int32Array) => units.flatMap((u, i) => (u.kind === 'section' && link[i]! < 0 ? [i] : []));
  const [bs, os] = [loose(m.base, baseLink), loose(m.other, otherLink)];
  if (!bs.length || !os.length) return;
  // How many links join a clause under base section number x with one under other section number y.
  const votes = new Map<string, number>();
  const linkedUnder = { base: new Map<number, number>(), other: new Map<number, number>() };
  for (const g of groups) {
    const bSecs = new Set(g.base.filter((i) => m.base[i]!.kind === 'clause').map((i) => m.base[i]!.section));
    const oSecs = new Set(g.other.filter((j) => m.other[j]!.kind === 'clause').map((j) => m.other[j]!.section));
    for (const x of bSecs) linkedUnder.base.set(x, (linkedUnder.base.get(x) ?? 0) + 1);
    for (const y of oSecs) linkedUnder.other.set(y, (linkedUnder.other.get(y) ?? 0) + 1);
    for (const x of bSecs) for (const y of oSecs) votes.set(`${x}|${y}`, (votes.get(`${x}|${y}`) ?? 0) + 1);
  }
  for (const i of bs) {
    const x = m.base[i]!.section;
    for (const j of os) {
      const y = m.other[j]!.section;
      const v = votes.get(`${x}|${y}`) ?? 0;
      if (otherLink[j]! >= 0 || v < 2 || 2 * v <= (linkedUnder.base.get(x) ?? 0) || 2 * v <= (linkedUnder.other.get(y) ?? 0)) continue;
      // Found by what it heads, not by where it stands: no move of its own to report (its articles say where they went).
      baseLink[i] = otherLink[j] = groups.length;
      groups.push({ base: [i], other: [j], kind: 'ordered' });
      break;
    }
  }
}

/**
 * Which links the documents' order, not their wording, chose: a unit of the link reads closer to a unit outside it that is free,
 * or that reads closer to this unit than to anything in its own link (a rival well placed elsewhere is no reason to doubt a link).
 */
export function contestedGroups(m: SimilarityMatrix, groups: Group[], baseLink: Int32Array, otherLink: Int32Array): boolean[] {
  const [n, k] = [m.base.length, m.other.length];
  // The best score each unit has inside its own link (0 when it has none).
  const heldB = new Float64Array(n);
  const heldO = new Float64Array(k);
  for (const g of groups) {
    for (const i of g.base) for (const j of g.other) heldB[i] = Math.max(heldB[i]!, m.score[i]![j]!);
    for (const j of g.other) for (const i of g.base) heldO[j] = Math.max(heldO[j]!, m.score[i]![j]!);
  }
  return groups.map((g, gi) => {
    for (const i of g.base) {
      const row = m.score[i]!;
      for (let j = 0; j < k; j++) if (otherLink[j] !== gi && row[j]! > heldB[i]! && row[j]! > heldO[j]!) return true;
    }
    for (const j of g.other) {
      for (let i = 0; i < n; i++) if (baseLink[i] !== gi && m.score[i]![j]! > heldO[j]! && m.score[i]![j]! > heldB[i]!) return true;
    }
    return false;
  });
}

/** Whether unit `t` of a row of scores is its closest by far: at least twice as close as any other. */
function standsAlone(row: ArrayLike<number>, t: number): boolean {
  for (let j = 0; j < row.length; j++) if (j !== t && 2 * row[j]! > row[t]!) return false;
  return true;
}

function argmax(row: ArrayLike<number>, ok: (j: number) => boolean): number {
  let best = -1;
  let bv = -Infinity;
  for (let j = 0; j < row.length; j++) if (ok(j) && row[j]! > bv) [best, bv] = [j, row[j]!];
  return best;
}

function argmaxColumn(m: SimilarityMatrix, j: number, ok: (i: number) => boolean): number {
  let best = -1;
  let bv = -Infinity;
  for (let i = 0; i < m.base.length; i++) if (ok(i) && m.score[i]![j]! > bv) [best, bv] = [i, m.score[i]![j]!];
  return best;
}

function maxOf(row: ArrayLike<number>): number {
  let v = 0;
  for (let j = 0; j < row.length; j++) v = Math.max(v, row[j]!);
  return v;
}

function maxColumn(m: SimilarityMatrix, j: number): number {
  let v = 0;
  for (let i = 0; i < m.base.length; i++) v = Math.max(v, m.score[i]![j]!);
  return v;
}
