import { alignDocuments } from '../src/align/align-documents.js';
import { loadSynthetic, syntheticCorpus } from '../src/bench/synthetic-corpus.js';
import { segmentText } from '../src/segment/segment-text.js';
segmentText('预热');
const corpus = syntheticCorpus();
let n = 0; const c0 = process.cpuUsage(); let tp = 0;
for (const entry of corpus.entries(200, 1)) {
  const t0 = performance.now(); const doc = loadSynthetic(entry); tp += performance.now() - t0;
  alignDocuments(corpus.anchor.parsed, doc.parsed, corpus.names); n++;
}
const c = process.cpuUsage(c0);
console.log(n, ((c.user + c.system) / 1000 / n).toFixed(1), 'ms CPU/doc; parse wall', (tp / n).toFixed(1));
