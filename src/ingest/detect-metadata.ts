// Detects a document's metadata from its text: document number, date, jurisdiction name, stage.
import type { JurisdictionLevel, Stage } from '../model/corpus.js';
import type { ParsedDocument } from '../model/parsed-document.js';

/** An order number after a date or at a line's start: 2019年10月22日中华人民共和国国务院令第722号公布. */
const ORDER_NUMBER = /(?<=^|[^\u4e00-\u9fa5]|[日月])(?![日月年])((?:中华人民共和国)?[\u4e00-\u9fa5]{1,16}?令\s*(?:\d{4}年)?第[0-9零〇一二三四五六七八九十百千]+号)/gm;
const DOC_NUMBER = /([\u4e00-\u9fa5]{1,8}[〔\[（(［]\s*\d{4}\s*[〕\]）)］]\s*\d{1,4}\s*号)/;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const JURISDICTION = /([\u4e00-\u9fa5]{2,6}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区))(?:人民政府|政府|贯彻|关于|印发|进一步|推动)/;

export interface DetectedMetadata {
  docNumber: string | null;
  date: string | null;
  jurisdiction: string | null;
  stage: Stage;
}

/** The document number printed in a text (建政函〔2024〕50号), brackets made uniform; null when none. */
export function detectDocNumber(head: string): string | null {
  const num = DOC_NUMBER.exec(head);
  if (num) return num[1]!.replace(/\s+/g, '').replace(/[\[（(［]/, '〔').replace(/[\]）)］]/, '〕');
  // A regulation's or rule's order number: 中华人民共和国国务院令第722号, 财政部令第6号, 交通运输部令2023年第5号; of a revised one, the
  // latest order (its history lists them in order), never one it cites (依据…令, （…令第98号）).
  const orders = [...head.matchAll(ORDER_NUMBER)].filter((m) => !/^(?:依据|根据|依照|按照)/.test(m[1]!) && !/[（(]/.test(head[m.index - 1] ?? ''));
  const last = orders[orders.length - 1];
  return last ? last[1]!.replace(/\s+/g, '') : null;
}

const NATIONAL_ISSUER = /^(?:全国人民代表大会(?:常务委员会)?|国务院)$/;
/** The place a title names first (上海市优化营商环境条例 → 上海市); 本省/本市 name none. */
const TITLE_PLACE = /^([\u4e00-\u9fa5]{2,8}?(?:省|自治区|特别行政区|市|自治州|地区|盟|自治县|县|旗|区))/;

/**
 * What a parsed document says about itself: number, date (a law's latest history date), stage, and which jurisdiction issued it —
 * national for 中华人民共和国… laws and the State Council's regulations, else the place its title (or its head) names.
 */
export function documentMetadata(parsed: Pick<ParsedDocument, 'cover' | 'title' | 'meta'>, text: string): DetectedMetadata & { level: JurisdictionLevel | null } {
  const m = detectMetadata(`${parsed.cover}\n${parsed.title}`, text);
  const law = parsed.meta;
  const date = law?.date ?? m.date;
  const docNumber = m.docNumber ?? law?.docNumber ?? null;
  if (/^中华人民共和国|^国务院/.test(parsed.title) || NATIONAL_ISSUER.test(law?.issuer ?? '')) return { ...m, date, docNumber, jurisdiction: '中华人民共和国', level: 'national' };
  const place = TITLE_PLACE.exec(parsed.title)?.[1] ?? m.jurisdiction;
  return { ...m, date, docNumber, jurisdiction: place && !place.startsWith('本') ? place : null, level: null };
}

/** Reads what the text prints about itself: its number (建政函〔2024〕50号), date, issuer and draft status. */
export function detectMetadata(head: string, whole: string): DetectedMetadata {
  const docNumber = detectDocNumber(head);
  const date = DATE.exec(head) ?? DATE.exec(whole.slice(-400));
  const iso = date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : null;
  const jur = JURISDICTION.exec(head);
  const stage: Stage = /征求意见稿|送审稿|讨论稿|草案/.test(whole.slice(0, 2000)) ? 'draft' : 'final';
  return { docNumber, date: iso, jurisdiction: jur ? jur[1]! : null, stage };
}
