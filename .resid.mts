import { loadDocument } from '/work/main/src/pipeline.ts';
import { jurisdictionNames } from '/work/main/src/document-info.ts';
import { similarityMatrix, residualSimilarity, vectorSimilarity } from '/work/main/src/align/similarity-matrix.ts';
const [a, b, bi, oj, ostrong] = process.argv.slice(2);
const A = loadDocument(a!), B = loadDocument(b!);
const m = similarityMatrix(A.parsed, B.parsed, jurisdictionNames(A, B));
const i = m.base.findIndex((u) => u.id === bi), j = m.other.findIndex((u) => u.id === oj), s = m.other.findIndex((u) => u.id === ostrong);
const [vi, vj, vs] = [m.vectors.base[i]!, m.vectors.other[j]!, m.vectors.other[s]!];
console.log(bi, oj, 'score', m.score[i]![j]!.toFixed(3), 'strong', ostrong, m.score[i]![s]!.toFixed(3), 'residual(partner, i | strong)', residualSimilarity(vj, vi, [vs]).toFixed(3), 'partner~strong', vectorSimilarity(vj, vs).toFixed(3));
