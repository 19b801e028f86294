// Debug helper: similarity matrix between two documents (top partners per base unit), via the frozen source copy.
import { loadDocument } from '/work/main/src/pipeline.ts';
import { jurisdictionNames } from '/work/main/src/document-info.ts';
import { similarityMatrix } from '/work/main/src/align/similarity-matrix.ts';
const [a, b, ...ids] = process.argv.slice(2);
const A = loadDocument(a!), B = loadDocument(b!);
const names = jurisdictionNames(A, B);
console.log('jurisdictions:', names.join(','));
const m = similarityMatrix(A.parsed, B.parsed, names);
const lab = (u: any) => `${u.id}:${u.title.slice(0, 12)}`;
m.base.forEach((u, i) => {
  if (ids.length && !ids.includes(u.id)) return;
  const row = [...m.score[i]!].map((s, j) => [s, j] as const).sort((x, y) => y[0] - x[0]).slice(0, 4);
  console.log(lab(u).padEnd(24), row.map(([s, j]) => `${lab(m.other[j])} ${s.toFixed(3)}`).join(' | '));
});
