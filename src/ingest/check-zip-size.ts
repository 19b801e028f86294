// Reads a zip's central directory (no unpacking) and refuses one that would unpack too large or into too many entries: a zip bomb.
import { InputError } from '../errors.js';

/**
 * A Word file of a policy unpacks to a few MB of XML (its images are already compressed): more XML than this, or more in all, is
 * refused before anything is unpacked. 300 KB of zip can hold millions of empty paragraphs.
 */
const MAX_XML = 40 * 2 ** 20;
const MAX_UNPACKED = 400 * 2 ** 20;
const MAX_ENTRIES = 5_000;

/** Throws an InputError naming the limit when the zip would unpack beyond it (or its directory cannot be read). */
export function checkZipSize(bytes: Uint8Array, name: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new InputError(`${name}: not a readable Word file (its zip directory is missing); save it again as .docx`);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entries === 0xffff || at === 0xffffffff) throw new InputError(`${name}: a Word file too large to read (a ZIP64 archive); a policy document is far smaller`);
  if (entries > MAX_ENTRIES) throw new InputError(`${name}: the Word file holds ${entries} parts (the limit is ${MAX_ENTRIES}); is it the right file?`);
  let total = 0;
  let xml = 0;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new InputError(`${name}: not a readable Word file (its zip directory is damaged); save it again as .docx`);
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) throw new InputError(`${name}: a Word file too large to read (a ZIP64 archive); a policy document is far smaller`);
    const nameLength = view.getUint16(at + 28, true);
    const part = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    total += size;
    if (/\.(?:xml|rels)$/i.test(part)) xml += size;
    if (xml > MAX_XML || total > MAX_UNPACKED) {
      const [what, limit] = xml > MAX_XML ? ['XML', MAX_XML] : ['data', MAX_UNPACKED];
      throw new InputError(`${name}: the Word file unpacks to more than ${limit / 2 ** 20} MB of ${what} (the limit; a policy document unpacks to a few MB); is it the right file?`);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
