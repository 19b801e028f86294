// A seeded stream of synthetic county documents made from the bundled ones, each with the alignment it should get (its truth).
import type { Alignment } from '../model/alignment.js';
import { extractDocumentFacts } from '../extract/extract-document-facts.js';
import { normalizeDocument } from '../normalize/normalize-document.js';
import { parseDocument } from '../parse/parse-document.js';
import { alignLoaded, type LoadedDocument, loadDocument } from '../pipeline.js';
import { jurisdictionNames, jurisdictionOf } from '../document-info.js';
import { seededRandom, synthesizeDocument } from './synthesize-document.js';

export const BENCH_ANCHOR = 'hangzhou-2024';
const SOURCES = ['jiande-2024', 'quzhou-2024', 'haining-2024-draft', 'hangzhou-2024-draft', 'hangzhou-2024'];
/** County-level names of Zhejiang, given to the synthetic documents in turn. */
export const COUNTIES = `淳安县 桐庐县 临安区 富阳区 萧山区 余杭区 临平区 钱塘区 象山县 宁海县 余姚市 慈溪市 永嘉县 平阳县 苍南县 文成县 泰顺县 瑞安市 乐清市 龙港市
德清县 长兴县 安吉县 嘉善县 海盐县 桐乡市 平湖市 新昌县 诸暨市 嵊州市 武义县 浦江县 磐安县 兰溪市 义乌市 东阳市 永康市 常山县 开化县 龙游县
江山市 岱山县 嵊泗县 三门县 天台县 仙居县 温岭市 临海市 玉环市 青田县 缙云县 遂昌县 松阳县 云和县 庆元县 景宁县 龙泉市`.split(/\s+/);

export interface SyntheticEntry {
  id: string;
  /** The bundled document it was made from. */
  source: string;
  text: string;
  /** "baseId|otherId" pairs: the source's links to the anchor, carried through the perturbation. */
  truth: Set<string>;
}

export interface SyntheticCorpus {
  anchor: LoadedDocument;
  /** Every jurisdiction name the documents may use (for masking). */
  names: string[];
  entries(count: number, seed: number): Generator<SyntheticEntry>;
}

/** Loads the anchor and the source documents once, with each source's alignment to the anchor (the reviewed one where there is one). */
export function syntheticCorpus(): SyntheticCorpus {
  const anchor = loadDocument(BENCH_ANCHOR);
  const sources = SOURCES.map((id) => {
    const doc = id === BENCH_ANCHOR ? anchor : loadDocument(id);
    const identity = (): Alignment => {
      const ids = [...anchor.parsed.sections.map((s) => s.id), ...anchor.parsed.clauses.map((c) => c.id)];
      return { base: id, other: id, links: ids.map((u) => ({ base: [u], other: [u], score: 1, status: 'auto' as const })), baseOnly: [], otherOnly: [] };
    };
    return { doc, jurisdiction: jurisdictionOf(doc) ?? '', truth: id === BENCH_ANCHOR ? identity() : alignLoaded(anchor, doc).alignment };
  });
  return {
    anchor,
    names: [...jurisdictionNames(anchor), ...COUNTIES],
    *entries(count: number, seed: number) {
      const random = seededRandom(seed);
      for (let n = 0; n < count; n++) {
        const source = sources[n % sources.length]!;
        const synthetic = synthesizeDocument(source.doc.parsed, source.jurisdiction, COUNTIES[n % COUNTIES.length]!, random);
        const truth = new Set<string>();
        for (const [unit, origins] of synthetic.origin) {
          for (const l of source.truth.links) {
            if (l.status !== 'rejected' && l.other.some((o) => origins.includes(o))) for (const b of l.base) truth.add(`${b}|${unit}`);
          }
        }
        yield { id: `synthetic-${String(n + 1).padStart(4, '0')}`, source: source.doc.parsed.id, text: synthetic.text, truth };
      }
    },
  };
}

/** Normalizes, parses and extracts a synthetic text, as loadDocument does for a file. */
export function loadSynthetic(entry: SyntheticEntry): LoadedDocument {
  const normalized = normalizeDocument(entry.id, entry.text);
  return {
    source: { id: entry.id, file: `<synthetic ${entry.id}>`, entry: null, format: 'txt', encoding: 'utf-8', raw: entry.text },
    normalized,
    parsed: extractDocumentFacts(parseDocument(normalized)),
  };
}
