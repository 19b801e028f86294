// Debug helper: replays alignInOrder's passes (frozen source) and prints the links after each pass.
import { loadDocument } from '/work/main/src/pipeline.ts';
import { jurisdictionNames } from '/work/main/src/document-info.ts';
import { similarityMatrix } from '/work/main/src/align/similarity-matrix.ts';
import { DEFAULT_ALIGN_OPTIONS as O } from '/work/main/src/align/align-documents.ts';
import { fillSingleGaps, joinByParagraph, joinLeftovers, linkHeadingsByArticles, linkMoves, type Group } from '/work/main/src/align/link-passes.ts';
const [a, b, ...watch] = process.argv.slice(2);
let A = loadDocument(a!).parsed, B = loadDocument(b!).parsed;
const names = jurisdictionNames(loadDocument(a!), loadDocument(b!));
// the tool aligns in canonical order of unit texts; replicate
const t = (d: any) => [d.preamble?.text ?? '', ...d.sections.map((s: any) => s.intro), ...d.clauses.map((c: any) => c.text), d.closing?.text ?? ''].join('\n');
let swapped = false;
if (!(t(A) < t(B) || (t(A) === t(B) && A.id <= B.id))) { [A, B] = [B, A]; swapped = true; }
console.log('aligned in order', swapped ? '(swapped: base printed second)' : '');
const m = similarityMatrix(A, B, names);
const n = m.base.length, k = m.other.length;
const bare = (u: any) => u.kind === 'section' && !u.text.trim();
for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) if ((bare(m.base[i]) && m.other[j]!.kind === 'clause') || (bare(m.other[j]) && m.base[i]!.kind === 'clause')) m.score[i]![j] = 0;
const F = Array.from({ length: n + 1 }, () => new Float64Array(k + 1));
for (let i = 1; i <= n; i++) for (let j = 1; j <= k; j++) { const s = m.score[i - 1]![j - 1]!; const d = s >= O.matchThreshold ? F[i - 1]![j - 1]! + (s - O.matchThreshold) : -Infinity; F[i]![j] = Math.max(F[i - 1]![j]!, F[i]![j - 1]!, d); }
const pairs: [number, number][] = []; let i = n, j = k;
while (i > 0 && j > 0) { const s = m.score[i - 1]![j - 1]!; if (s >= O.matchThreshold && F[i]![j] === F[i - 1]![j - 1]! + (s - O.matchThreshold)) { pairs.push([i - 1, j - 1]); i--; j--; } else if (F[i]![j] === F[i - 1]![j]) i--; else j--; }
pairs.reverse();
const bl = new Int32Array(n).fill(-1), ol = new Int32Array(k).fill(-1); const groups: Group[] = [];
for (const [x, y] of pairs) { bl[x] = ol[y] = groups.length; groups.push({ base: [x], other: [y], kind: 'ordered' }); }
const show = (label: string) => {
  console.log(`-- after ${label}: ${groups.length} groups`);
  for (const g of groups) {
    const ids = [...g.base.map((x) => m.base[x]!.id), ...g.other.map((y) => m.other[y]!.id)];
    if (watch.length && !ids.some((id) => watch.includes(id))) continue;
    console.log('   ', g.kind.padEnd(7), g.base.map((x) => `${m.base[x]!.id}:${m.base[x]!.title.slice(0, 8)}`).join('+'), '↔', g.other.map((y) => `${m.other[y]!.id}:${m.other[y]!.title.slice(0, 8)}`).join('+'), g.base.flatMap((x) => g.other.map((y) => m.score[x]![y]!.toFixed(3))).join(','));
  }
};
show('ordered DP');
linkMoves(m, groups, bl, ol, O); show('moves');
fillSingleGaps(m, groups, bl, ol, O); show('single gaps');
const f1 = joinLeftovers(m, groups, 'other', ol, bl, O); show('join leftovers (other side)');
const f2 = joinLeftovers(m, groups, 'base', bl, ol, O) || f1; show('join leftovers (base side)');
if (f2) { linkMoves(m, groups, bl, ol, O); show('moves again'); }
joinByParagraph(m, groups, bl, ol, O); linkHeadingsByArticles(m, groups, bl, ol); show('paragraph/headings');
