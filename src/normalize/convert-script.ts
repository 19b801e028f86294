// Detects traditional script and converts it to simplified, character by character (opencc-js tw→cn).
import * as OpenCC from 'opencc-js/t2cn';
import type { Script } from '../model/corpus.js';
import type { TrackedText } from './tracked-text.js';
import { readLexiconText } from '../lexicon/read-lexicon.js';
import { isHanCode } from './is-han.js';

let converter: ((s: string) => string) | null = null;

function twToCn(s: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(s);
}

let traditional: Set<string> | null = null;

/** The characters tw→cn changes taken alone (src/lexicon/traditional-chars.txt, generated from opencc-js): detection needs no converter. */
function traditionalCharacters(): Set<string> {
  if (traditional) return traditional;
  const text = readLexiconText('traditional-chars.txt');
  traditional = new Set([...text.split('\n').filter((l) => l && !l.startsWith('#')).join('')]);
  return traditional;
}

/** Traditional when more than 3% of the Han characters are ones tw→cn converts, judged on the first 8,000 characters. */
export function detectScript(text: string): Script {
  const chars = traditionalCharacters();
  let han = 0;
  let changed = 0;
  const sample = text.length > 8_000 ? text.slice(0, 8_000) : text;
  for (let i = 0; i < sample.length; i++) {
    if (!isHanCode(sample.charCodeAt(i))) continue;
    han++;
    if (chars.has(sample[i]!)) changed++;
  }
  return han > 0 && changed / han > 0.03 ? 'traditional' : 'simplified';
}

/** Character-level conversion that keeps the length (never phrase mode: 文件 stays 文件). */
export function convertCharacters(text: string): string {
  const whole = twToCn(text);
  if (whole.length === text.length) return whole;
  // A multi-character dictionary entry changed the length: fall back to one character at a time.
  let out = '';
  for (const ch of text) {
    const c = twToCn(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** Converts a tracked text to simplified characters, keeping the offset map. */
export function toSimplified(text: TrackedText): TrackedText {
  return text.mapSameLength(convertCharacters);
}
