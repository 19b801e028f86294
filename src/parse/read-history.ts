// Reads what a law or regulation prints about itself before its articles: the history (…通过, …第一次修正, …修订, each dated), the issuing body; and the effective date (自…起施行).
import type { DocumentMeta, HistoryEntry } from '../model/parsed-document.js';
import { loadHistoryWords } from '../lexicon/load-history-events.js';
import { parseChineseNumeral } from './parse-chinese-numeral.js';

const NUM = '\\d{1,4}|[零〇一二三四五六七八九十]{1,5}';
const DATE = new RegExp(`(${NUM})年(${NUM})月(${NUM})日`, 'g');
const ISSUER = /(全国人民代表大会常务委员会|全国人民代表大会|国务院|[\u4e00-\u9fa5]{2,12}?人民代表大会常务委员会|[\u4e00-\u9fa5]{2,12}?人民政府)/;
const ON_PUBLICATION = /自(?:发布|公布|印发)之日起(?:施行|实施|执行|生效)/;
const EFFECTIVE = new RegExp(`自(${NUM})年(${NUM})月(${NUM})日起(?:施行|实施|执行|生效)`, 'g');

/** An ISO date from year, month and day as printed (2024, 6, 28 or 二〇二四, 六, 二十八); null when they make no date. */
export function isoDate(y: string, m: string, d: string): string | null {
  const [year, month, day] = [y, m, d].map((s) => parseChineseNumeral(s));
  if (!year || !month || !day || year < 1900 || year > 2200 || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The history in the paragraphs before the articles: each date begins an entry, named by what happened on it. */
export function readHistory(paragraphs: string[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const p of paragraphs) {
    const dates = [...p.matchAll(DATE)];
    dates.forEach((m, k) => {
      const date = isoDate(m[1]!, m[2]!, m[3]!);
      if (!date) return;
      const text = p.slice(m.index, k + 1 < dates.length ? dates[k + 1]!.index : p.length).replace(/^[（(]|[）)。]+$/g, '').trim();
      const event = loadHistoryWords().find((w) => text.includes(w.word))?.event;
      // A date that names no event (a date inside a title, say) is no part of the history.
      if (event) out.push({ date, event, text });
    });
  }
  return out;
}

/** The document's own record: history, date (the latest of its history), effective date (the last 自…起施行 of the text, or its date where it is in force 自发布之日起), issuing body. */
export function readMeta(headParagraphs: string[], text: string, docNumber: string | null): DocumentMeta {
  const history = readHistory(headParagraphs);
  // The document's date is when it was last made (adopted, amended, promulgated), not when it took effect.
  const dates = history.filter((h) => h.event !== 'effective').map((h) => h.date).sort();
  let effective: string | null = null;
  for (const m of text.matchAll(EFFECTIVE)) effective = isoDate(m[1]!, m[2]!, m[3]!) ?? effective;
  effective ??= history.filter((h) => h.event === 'effective').pop()?.date ?? null;
  // 自发布之日起施行: in force from its publication, the latest date of its history (this text's own).
  if (!effective && ON_PUBLICATION.test(text)) effective = dates[dates.length - 1] ?? null;
  const first = history.find((h) => h.event === 'adopted' || h.event === 'promulgated') ?? history[0];
  // The body that adopted it, without the date and the term of office (…第十三届人民代表大会常务委员会 → …人民代表大会常务委员会).
  const named = first ? first.text.replace(DATE, '').replace(/第[一二三四五六七八九十百]+届/, '') : '';
  const issuer = ISSUER.exec(named)?.[1] ?? null;
  return { history, date: dates[dates.length - 1] ?? null, effective, issuer, docNumber };
}
