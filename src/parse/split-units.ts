// Finds the responsible-units note （责任单位：A、B、各乡镇（街道））at the end of a clause, or such a line without brackets, and splits it.

export interface UnitsNote {
  /** Offsets of the whole note in the clause text. */
  start: number;
  end: number;
  units: string[];
}

const OPEN = /[（(]\s*(?:责任单位|牵头单位|责任部门)\s*[：:]/g;
/** A note on a line of its own at the end, without brackets: 责任单位：市商务局、市财政局; 牵头单位：市商务局；配合单位：市市场监管局. */
const LINE = /(?:^|\n)[ \t　]*((?:责任单位|牵头单位|责任部门)[ \t　]*[：:][^\n]*?)[ \t　。]*$/;
const ROLE = /^(?:责任单位|牵头单位|责任部门|配合单位|协同单位|参与单位)[ \t　]*[：:]/;

/** The last responsible-units note in a text — in balanced brackets, or a line of its own at the end without them — or null. */
export function findUnitsNote(text: string): UnitsNote | null {
  const line = LINE.exec(text);
  if (line) {
    const start = line.index + line[0].indexOf(line[1]!);
    const units = line[1]!.split(/[；;]/).flatMap((part) => splitUnits(part.trim().replace(ROLE, '')));
    if (units.length) return { start, end: text.length, units };
  }
  let found: UnitsNote | null = null;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
    const innerStart = m.index + m[0].length;
    let depth = 1;
    let i = innerStart;
    for (; i < text.length && depth > 0; i++) {
      const c = text[i];
      if (c === '（' || c === '(') depth++;
      else if (c === '）' || c === ')') depth--;
    }
    const innerEnd = depth === 0 ? i - 1 : text.length;
    found = { start: m.index, end: i, units: splitUnits(text.slice(innerStart, innerEnd)) };
  }
  return found;
}

/** Splits a list of units on 、，, outside brackets: 市民政局、各乡镇（街道） → two units. */
export function splitUnits(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of list) {
    if (c === '（' || c === '(') depth++;
    if (c === '）' || c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (c === '、' || c === '，' || c === ',' || c === '；')) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else {
      cur += c;
    }
  }
  if (cur.trim()) out.push(cur.trim());
  return out.map((u) => u.replace(/[。.]$/, ''));
}
