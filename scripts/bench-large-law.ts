// A law of k articles (three 款 each, sentences of the bundled documents) against its revision with three in ten articles rewritten.
import { chineseNumber, seededRandom } from '../src/bench/synthesize-document.js';
import { loadSynthetic } from '../src/bench/synthetic-corpus.js';
import { alignLoaded, diffAligned, loadDocument } from '../src/pipeline.js';

/** The law's text: article n has three 款 picked by the seeded stream; `rewritten` articles take fresh sentences instead. */
function lawText(sentences: string[], articles: number, seed: number, rewritten: number): string {
  const base = seededRandom(7);
  const pick = (random: () => number) => sentences[Math.floor(random() * sentences.length)]!;
  const random = seededRandom(seed);
  const lines = ['某某管理条例'];
  for (let n = 1; n <= articles; n++) {
    let paragraphs = [pick(base), pick(base), pick(base)];
    if (random() < rewritten) paragraphs = [pick(random), pick(random), pick(random)];
    lines.push(`第${chineseNumber(n)}条　${paragraphs[0]}`, ...paragraphs.slice(1));
  }
  lines.push(`第${chineseNumber(articles + 1)}条　本条例自2025年1月1日起施行。`);
  return lines.join('\n');
}

/** CPU seconds of the whole diff (parse, align, diff) for 250, 500 and 1,000 articles, and how 1,000 compare with 250. */
export function measureLargeLaw(): string[] {
  const sentences = ['hangzhou-2024-draft', 'quzhou-2024'].flatMap((id) =>
    loadDocument(id).parsed.clauses.flatMap((c) => c.text.split(/(?<=。)/).filter((s) => s.length >= 12 && !/^第/.test(s))),
  );
  const out: string[] = [];
  const cpu: number[] = [];
  // A first small run loads the dictionary and compiles the code, so the three measured are the work alone.
  for (const k of [50, 250, 500, 1000]) {
    const start = process.cpuUsage();
    const base = loadSynthetic({ id: 'law-base', source: 'bench', text: lawText(sentences, k, 1, 0), truth: new Set() });
    const other = loadSynthetic({ id: 'law-other', source: 'bench', text: lawText(sentences, k, 2, 0.3), truth: new Set() });
    const diff = diffAligned(alignLoaded(base, other, []));
    const used = process.cpuUsage(start);
    if (k === 50) continue;
    cpu.push((used.user + used.system) / 1e6);
    out.push(`  ${k.toLocaleString('en')} articles: ${cpu[cpu.length - 1]!.toFixed(2)} s CPU, ${diff.summary.byStatus.modified} modified, ${diff.summary.byStatus['base-only'] + diff.summary.byStatus['other-only']} only in one`);
  }
  out.push(`  1,000 articles take ${(cpu[2]! / cpu[0]!).toFixed(1)}× the time of 250 (linear: 4×)`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const l of measureLargeLaw()) console.log(l);
