// Whether a UTF-16 code unit is a Han character (\p{Script=Han} in the BMP), by table: the hot loops test one character at a time.

let table: Uint8Array | null = null;

/** \p{Script=Han} for the code unit at `code` (astral Han characters, split in surrogates, are not counted). */
export function isHanCode(code: number): boolean {
  if (!table) {
    table = new Uint8Array(65536);
    const han = /\p{Script=Han}/u;
    // Han characters of the BMP lie in U+2E80–U+FAFF.
    for (let c = 0x2e80; c <= 0xfaff; c++) if (han.test(String.fromCharCode(c))) table[c] = 1;
  }
  return table[code] === 1;
}

/** Whether a string holds a Han character. */
export function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isHanCode(s.charCodeAt(i))) return true;
  return false;
}
