/**
 * A cluster's typical trajectory: its medoid, the member with the smallest sum of distances to
 * the other members (WeightedCluster's and TraMineR `seqrep(criterion = "dist")`'s
 * representative of a group when one sequence is kept). First member on ties, in row order.
 */
import { condensedIndex } from './distance-kernels.js';
import type { CondensedDistances } from './condensed.js';

/** For each cluster 1..k of `membership`, the 0-based row of its medoid (−1 for an empty cluster). */
export function medoids(d: CondensedDistances, membership: Int32Array): number[] {
  const k = membership.reduce((max, c) => Math.max(max, c), 0);
  const sums = new Float64Array(d.n);
  for (let i = 0; i < d.n; i++) {
    for (let j = i + 1; j < d.n; j++) {
      if (membership[i] !== membership[j]) continue;
      const v = d.values[condensedIndex(d.n, i, j)] as number;
      sums[i] = (sums[i] as number) + v;
      sums[j] = (sums[j] as number) + v;
    }
  }
  const best = new Array<number>(k).fill(-1);
  for (let i = 0; i < d.n; i++) {
    const c = (membership[i] as number) - 1;
    const current = best[c] as number;
    if (current === -1 || (sums[i] as number) < (sums[current] as number)) best[c] = i;
  }
  return best;
}
