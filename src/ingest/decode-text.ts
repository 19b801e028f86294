// Decodes a document's bytes: UTF-8, UTF-16 (with or without BOM) or GB18030/GBK; refuses binary data.
import { InputError } from '../errors.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Decodes bytes to text, detecting the encoding; `name` is used in error messages. */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  if (bytes.length === 0) throw emptyFileError(name);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrict(bytes.subarray(3), 'utf-8', name), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeStrict(bytes.subarray(2), 'utf-16le', name), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeStrict(bytes.subarray(2), 'utf-16be', name), encoding: 'utf-16be' };
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return { text: decodeStrict(bytes, bomless16, name), encoding: bomless16 };
  if (bytes.includes(0)) throw binaryError(name);
  try {
    return checked({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }, name);
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
  // UTF-8 text with a bad byte or a character cut off at the end: read, with the bad bytes as � (parse says where). GB18030 text
  // read as UTF-8 gives a � for nearly every character, so a few among much readable Han text is UTF-8.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = lenient.match(/\uFFFD/g)?.length ?? 0;
  const han = lenient.match(/\p{Script=Han}/gu)?.length ?? 0;
  // A few bad bytes among much readable Han text: at most one per 200 characters, or 3 in a short text.
  if (bad > 0 && han >= 10 && (bad <= 3 ? bad * 5 <= han : bad * 200 <= lenient.length)) return { text: lenient, encoding: 'utf-8' };
  try {
    return checked({ text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' }, name);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw binaryError(name);
  }
}

function decodeStrict(bytes: Uint8Array, encoding: DecodedText['encoding'], name: string): string {
  try {
    return checked({ text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding }, name).text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${name}: the file is not valid ${encoding} text; save it as UTF-8 and try again`);
  }
}

/**
 * UTF-16 without a BOM. Text in UTF-8 or GB18030 never has a zero byte, UTF-16 has one in every
 * ASCII character (line ends at least); so when there are zero bytes, take the byte order whose
 * decoding is plausible text (Han, CJK punctuation, full-width forms, printable ASCII, whitespace).
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let best: 'utf-16le' | 'utf-16be' | null = null;
  let bestShare = 0.9;
  for (const order of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(order).decode(sample);
    let plausible = 0;
    for (const ch of text) if (PLAUSIBLE.test(ch)) plausible++;
    const share = plausible / Math.max(1, [...text].length);
    if (share > bestShare) {
      best = order;
      bestShare = share;
    }
  }
  return best;
}

const PLAUSIBLE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u206f\x20-\x7e\t\r\n]/u;

function checked(decoded: DecodedText, name: string): DecodedText {
  let control = 0;
  const text = decoded.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  if (control > Math.max(2, text.length * 0.01)) throw binaryError(name);
  // Spaces and line ends alone are no text.
  if (!/\S/.test(text)) throw emptyFileError(name);
  return decoded;
}

/** The one message for an empty input, whatever its format. */
export function emptyFileError(name: string): InputError {
  return new InputError(`${name}: the file is empty; give a policy document with text in it`);
}

function binaryError(name: string): InputError {
  return new InputError(`${name}: this looks like a binary file, not text; give a policy document as .txt, .md, .html, .docx or .pdf`);
}
