// MinHash signatures of a text's character 3-grams, to find near-duplicate clauses across many documents without comparing all pairs.

export const SIGNATURE_LENGTH = 64;
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, k) => mix(0x9e3779b9 ^ Math.imul(k + 1, 0x85ebca6b)));

/** Murmur3's finalizer: a 32-bit mix with good avalanche. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The signature of a (masked) text, or null when it has fewer than one 3-gram of Han characters. */
export function minhashSignature(text: string): Uint32Array | null {
  const chars = [...text].filter((c) => /\p{Script=Han}|[#◇]/u.test(c)).join('');
  if (chars.length < 3) return null;
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= chars.length; i++) shingles.add(hashString(chars.slice(i, i + 3)));
  const sig = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < SIGNATURE_LENGTH; k++) {
      const v = mix(h ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Share of equal positions: an estimate of the 3-gram Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_LENGTH; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_LENGTH;
}
