// Groups near-duplicate items by locality-sensitive hashing of their MinHash signatures (banding), then union-find.
import { estimateJaccard, SIGNATURE_LENGTH } from './minhash-signature.js';

export interface SignedItem {
  /** Items of the same group never join each other directly (e.g. two clauses of one document). */
  group: string;
  signature: Uint32Array;
}

const ROWS = 2;
const BANDS = SIGNATURE_LENGTH / ROWS;
/** Candidates compared per bucket, so a bucket of thousands of copies stays linear. */
const PER_BUCKET = 8;

/** Clusters of item indexes whose estimated Jaccard with a cluster member reaches `threshold`; singletons left out. */
export function clusterSignatures(items: SignedItem[], threshold: number): number[][] {
  const parent = Int32Array.from({ length: items.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    items.forEach((item, i) => {
      const key = Array.from(item.signature.subarray(band * ROWS, band * ROWS + ROWS)).join(',');
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [i]);
        return;
      }
      for (const j of bucket) {
        if (items[j]!.group === item.group || find(i) === find(j)) continue;
        if (estimateJaccard(item.signature, items[j]!.signature) >= threshold) parent[find(i)] = find(j);
      }
      if (bucket.length < PER_BUCKET) bucket.push(i);
    });
  }
  const clusters = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const c = clusters.get(r);
    if (c) c.push(i);
    else clusters.set(r, [i]);
  });
  return [...clusters.values()].filter((c) => c.length > 1);
}
