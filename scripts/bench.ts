// `npm run bench`: aligns a seeded synthetic corpus of county documents with hangzhou-2024 (on every core), then builds families over all of them.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { alignDocuments } from '../src/align/align-documents.js';
import { makeMasker } from '../src/align/mask-text.js';
import { expandPairs, scoreAlignment } from '../src/eval/score-alignment.js';
import { DEFAULT_PERTURBATION } from '../src/bench/synthesize-document.js';
import { BENCH_ANCHOR, loadSynthetic, syntheticCorpus } from '../src/bench/synthetic-corpus.js';
import { buildFamilies, type FamilyMember, familyMember } from '../src/families/build-families.js';
import { loadDocument } from '../src/pipeline.js';
import { segmentText } from '../src/segment/segment-text.js';
import { measureColdStart } from './bench-cold-start.js';
import { measureTuiKeys, measureTuiKeysUnderLoad } from './bench-tui.js';
import { measureLargeLaw } from './bench-large-law.js';
import { measureLongPassage } from './bench-long-passage.js';
import { measureWrappedText } from './bench-wrapped-text.js';

interface Job {
  count: number;
  seed: number;
  /** This worker takes documents n with n % stride === offset. */
  offset: number;
  stride: number;
}

interface Result {
  members: FamilyMember[];
  ms: { start: number; setup: number; parse: number; align: number };
  clauses: number;
  predicted: number;
  truth: number;
  found: number;
  peak: number;
}

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

/** Loads, aligns and scores this worker's share of the synthetic documents. */
function run(job: Job): Result {
  const [, start] = time(() => segmentText('预热'));
  const [corpus, setup] = time(() => syntheticCorpus());
  const mask = makeMasker(corpus.names);
  const r: Result = { members: [], ms: { start, setup, parse: 0, align: 0 }, clauses: 0, predicted: 0, truth: 0, found: 0, peak: 0 };
  let n = 0;
  for (const entry of corpus.entries(job.count, job.seed)) {
    if (n++ % job.stride !== job.offset) continue;
    const [doc, p] = time(() => loadSynthetic(entry));
    r.ms.parse += p;
    r.clauses += doc.parsed.clauses.length;
    const [alignment, a] = time(() => {
      const { matrix: _m, ...result } = alignDocuments(corpus.anchor.parsed, doc.parsed, corpus.names);
      return result;
    });
    r.ms.align += a;
    const s = scoreAlignment(expandPairs(alignment.links.filter((l) => !l.base.includes('preamble') && !l.base.includes('closing'))), entry.truth, entry.truth);
    r.predicted += s.predicted;
    r.truth += s.sure;
    r.found += Math.round(s.recall * s.sure);
    r.members.push(familyMember(doc, alignment, mask));
    if (r.members.length % 10 === 0) parentPort?.postMessage({ progress: 10 });
  }
  r.peak = process.resourceUsage().maxRSS * 1024;
  return r;
}

/** Workers do not inherit tsx's loader: each registers it, then runs this file. */
const WORKER_BOOT = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;

if (!isMainThread) {
  parentPort!.postMessage(run(workerData as Job));
} else {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const count = option('--docs', 1000);
  const seed = option('--seed', 20240214);
  const workers = Math.max(1, option('--workers', os.availableParallelism()));
  console.log(`PolicyDiff benchmark: ${count} synthetic county documents (seed ${seed}) aligned with ${BENCH_ANCHOR} on ${workers} worker threads, then families over all.`);
  console.log(`Perturbation per clause: ${Object.entries(DEFAULT_PERTURBATION).map(([k, v]) => `${k} ${v}`).join(', ')}.\n`);
  const load = machineLoad();
  const progress = progressBar(count);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const results = await Promise.all(
    Array.from(
      { length: workers },
      (_, offset) =>
        new Promise<Result>((resolve, reject) => {
          const w = new Worker(WORKER_BOOT, { eval: true, workerData: { count, seed, offset, stride: workers } satisfies Job });
          w.on('message', (m: Result | { progress: number }) => {
            if ('progress' in m) progress.advance(m.progress);
            else resolve(m);
          });
          w.once('error', reject);
        }),
    ),
  );
  const alignedAt = performance.now() - t0;
  // Process CPU of every thread while the documents were read and aligned: the same on a busy machine as on an idle one.
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  progress.done();
  // Families see the documents in corpus order, whichever worker read them.
  const members = results.flatMap((r) => r.members).sort((a, b) => (a.id < b.id ? -1 : 1));
  const [table, familyMs] = time(() => buildFamilies(loadDocument(BENCH_ANCHOR), members));
  const total = performance.now() - t0;
  const sum = (f: (r: Result) => number) => results.reduce((acc, r) => acc + f(r), 0);
  const found = sum((r) => r.found);
  const predicted = sum((r) => r.predicted);
  const truth = sum((r) => r.truth);
  const shared = table.families.filter((f) => f.id.includes(':') && Object.values(f.members).filter((m) => m.ids.length).length > 1).length;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rows: Array<[string, string]> = [
    ['jieba dictionary load (each thread)', s(results[0]!.ms.start)],
    ['load the anchor and the 5 source documents', s(results[0]!.ms.setup)],
    [`normalize, parse, extract (${sum((r) => r.clauses)} clauses)`, `${s(sum((r) => r.ms.parse))} of CPU`],
    [`align ${count} documents with ${BENCH_ANCHOR}`, `${s(sum((r) => r.ms.align))} of CPU (${(sum((r) => r.ms.align) / count).toFixed(1)} ms each)`],
    [`all documents read and aligned`, `${s(alignedAt)} wall (target ≤ 20 s)`],
    ['  the same in process CPU, all threads', `${s(cpuMs)} = ${(cpuMs / count).toFixed(1)} ms of CPU per document (target ≤ 10 ms)`],
    ['machine load: a fixed CPU loop', `${load.wall.toFixed(0)} ms wall for ${load.cpu.toFixed(0)} ms of CPU (${(load.wall / load.cpu).toFixed(2)}×; 1.00 on an idle core)`],
    ['families over all documents', `${s(familyMs)}  (${table.families.length} families, ${shared} shared by several documents without an anchor clause)`],
    ['total', `${s(total)} wall`],
    ['peak RSS', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB for the process, all threads  (target ≤ 1 GB)`],
    ['alignment against the perturbation truth', `precision ${(found / predicted).toFixed(3)}, recall ${(found / truth).toFixed(3)}, AER ${(1 - (2 * found) / (predicted + truth)).toFixed(3)}`],
  ];
  for (const [k, v] of rows) console.log(`${k.padEnd(48)}${v}`);
  if (args.includes('--families-only')) process.exit(0);
  console.log('\nOne long passage (a plan printed as one paragraph) against its edited copy, the word diff alone:');
  for (const l of measureLongPassage()) console.log(l);
  console.log('\nReading a hard-wrapped text: one paragraph wrapped every 30 characters inside a bracket never closed, normalize alone:');
  for (const l of measureWrappedText()) console.log(l);
  console.log('\nA long law (three 款 an article) against its revision with three articles in ten rewritten, parse, align and diff:');
  for (const l of measureLargeLaw()) console.log(l);
  console.log('\nCold start of policydiff diff hangzhou-2024-draft hangzhou-2024 --json (median of 9 processes):');
  for (const l of measureColdStart()) console.log(l);
  console.log('\nTerminal UI: from a key to the next frame laid out (reducer, frame, ink layout), on the largest bundled pairs:');
  for (const l of measureTuiKeys([['hangzhou-2024-draft', 'hangzhou-2024'], ['hangzhou-2024', 'quzhou-2024']], [[80, 24], [120, 40], [200, 60]])) console.log(l);
  for (const l of measureTuiKeysUnderLoad([['hangzhou-2024', 'quzhou-2024']], [[200, 60]])) console.log(l);
}

/**
 * How loaded the machine is: a fixed CPU loop (hashing one buffer), its wall time against the CPU it used. On an idle core the two
 * are the same; where other processes take the cores, wall time runs ahead of CPU.
 */
function machineLoad(): { wall: number; cpu: number } {
  const data = Buffer.alloc(1 << 16, 7);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < 3000; i++) createHash('sha256').update(data).digest();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: Math.max(1, (c.user + c.system) / 1000) };
}

/** A progress bar on stderr while documents are read and aligned (a line every 10% when stderr is not a terminal). */
function progressBar(total: number): { advance: (n: number) => void; done: () => void } {
  const tty = process.stderr.isTTY;
  const started = performance.now();
  let doneCount = 0;
  let lastTenth = 0;
  const draw = () => {
    const share = Math.min(1, doneCount / total);
    const width = 30;
    const filled = Math.round(share * width);
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    return `aligning [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.min(doneCount, total)}/${total} documents · ${secs} s`;
  };
  return {
    advance(n) {
      doneCount += n;
      if (tty) process.stderr.write(`\r${draw()}`);
      else if (Math.floor((doneCount / total) * 10) > lastTenth) {
        lastTenth = Math.floor((doneCount / total) * 10);
        process.stderr.write(`${draw()}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write('\r\x1b[2K');
    },
  };
}
