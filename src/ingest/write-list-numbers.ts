// Writes a Word file's automatic list numbers into its paragraphs as the numbering prints them (（一）, 1., 第一条), so they are read as text.
import JSZip from 'jszip';
import { chineseNumeral } from '../text/format-chinese-numeral.js';

/** One level of a numbering definition: where it starts, how its number is written, and the text around it (（%1）). */
interface Level {
  start: number;
  format: string;
  text: string;
}

/** The levels of each list (numId), from numbering.xml: its abstract definition with the list's own start overrides. */
function readNumbering(xml: string): Map<string, Map<number, Level>> {
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    abstract.set(a[1]!, readLevels(a[2]!));
  }
  const lists = new Map<string, Map<number, Level>>();
  for (const n of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const base = abstract.get(/<w:abstractNumId\b[^>]*w:val="(\d+)"/.exec(n[2]!)?.[1] ?? '');
    if (!base) continue;
    const levels = new Map(base);
    for (const o of n[2]!.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const level = Number(o[1]);
      const own = readLevels(o[2]!).get(level);
      const start = /<w:startOverride\b[^>]*w:val="(\d+)"/.exec(o[2]!)?.[1];
      const was = own ?? levels.get(level);
      if (was) levels.set(level, { ...was, ...(start ? { start: Number(start) } : {}) });
    }
    lists.set(n[1]!, levels);
  }
  return lists;
}

function readLevels(xml: string): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const l of xml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    const body = l[2]!;
    out.set(Number(l[1]), {
      start: Number(/<w:start\b[^>]*w:val="(\d+)"/.exec(body)?.[1] ?? 1),
      format: /<w:numFmt\b[^>]*w:val="([^"]+)"/.exec(body)?.[1] ?? 'decimal',
      text: unescapeXml(/<w:lvlText\b[^>]*w:val="([^"]*)"/.exec(body)?.[1] ?? ''),
    });
  }
  return out;
}

/** Each paragraph style that numbers its paragraphs (styles.xml): its numPr, as a paragraph's own would be. */
function readStyleNumbering(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const st of xml.matchAll(/<w:style\b[^>]*w:type="paragraph"[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(st[2]!);
    if (numPr) out.set(st[1]!, numPr[1]!);
  }
  return out;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** A number written in a numbering format of Word (numFmt); null for one that prints no number (a bullet, none). */
function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case 'decimal':
    case 'decimalZero':
      return format === 'decimalZero' && n < 10 ? `0${n}` : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseNumeral(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'ideographTraditional':
      return STEMS[n - 1] ?? String(n);
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman': {
      const roman = toRoman(n);
      return format === 'upperRoman' ? roman : roman.toLowerCase();
    }
    default:
      return null;
  }
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) [n, out] = [n - v, out + s];
  return out;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The .docx with each automatically numbered paragraph's number written at its start as Word prints it — （一） where the list is
 * chineseCounting with （%1）, 第一条 for 第%1条, 1. for %1. — and the list numbering removed, so the reader sees the text a person
 * sees. Bullets are left as they are. The file is returned as it was where it has no numbering.
 */
export async function writeListNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const numberingFile = zip.file('word/numbering.xml');
  const documentFile = zip.file('word/document.xml');
  if (!numberingFile || !documentFile) return bytes;
  const lists = readNumbering(await numberingFile.async('string'));
  if (!lists.size) return bytes;
  const styled = readStyleNumbering(await zip.file('word/styles.xml')?.async('string'));
  const counters = new Map<string, number[]>();
  let changed = false;
  const xml = (await documentFile.async('string')).replace(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g, (p) => {
    // The paragraph's own numbering, else its style's (a heading style numbered 第%1章 in the template).
    const direct = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(p);
    const style = direct ? undefined : styled.get(/<w:pStyle\b[^>]*w:val="([^"]+)"/.exec(p)?.[1] ?? '');
    const numPr = direct ?? (style ? ['', style] : null);
    if (!numPr) return p;
    const numId = /<w:numId\b[^>]*w:val="(\d+)"/.exec(numPr[1]!)?.[1];
    // A paragraph that turns its style's numbering off (numId 0) is not numbered.
    if (numId === '0') return p;
    const level = Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(numPr[1]!)?.[1] ?? 0);
    const levels = numId ? lists.get(numId) : undefined;
    const own = levels?.get(level);
    if (!numId || !levels || !own) return p;
    const count = counters.get(numId) ?? [];
    // This level counts on; the levels below it start again.
    count[level] = count[level] === undefined ? own.start : count[level]! + 1;
    count.length = level + 1;
    counters.set(numId, count);
    let printable = own.format !== 'bullet' && own.format !== 'none';
    const label = own.text.replace(/%(\d)/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const lv = levels.get(k);
      const value = formatNumber(count[k] ?? lv?.start ?? 1, k === level ? own.format : (lv?.format ?? 'decimal'));
      if (value === null) printable = false;
      return value ?? '';
    });
    if (!printable || !label.trim()) return p;
    changed = true;
    const run = `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`;
    // The number now printed, the paragraph's own numbering goes (a style's stays in styles.xml; the reader ignores it there).
    const withoutNumbering = direct ? p.replace(direct[0], '') : p.replace(/<w:pPr>/, '<w:pPr><w:numPr><w:numId w:val="0"/></w:numPr>');
    // The label opens the paragraph: after its properties, where it has them.
    return /<\/w:pPr>/.test(withoutNumbering) ? withoutNumbering.replace('</w:pPr>', `</w:pPr>${run}`) : withoutNumbering.replace(/^(<w:p\b[^>]*>)/, `$1${run}`);
  });
  if (!changed) return bytes;
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
