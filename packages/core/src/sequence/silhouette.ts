/**
 * Silhouette widths as R's `cluster::silhouette(clustering, dist)` (Rousseeuw 1987; C routine
 * `sildist` in cluster 2.1): a(i) is the mean distance from i to the other members of its
 * cluster, b(i) the smallest mean distance to another cluster (its neighbour), and
 * s(i) = (b − a) / max(a, b); s(i) = 0 for a singleton cluster or when a = b.
 */
import type { CondensedDistances } from './condensed.js';

export interface Silhouette {
  /** s(i) for each observation, in [−1, 1]. */
  widths: Float64Array;
  /** The neighbouring cluster (1-based) of each observation. */
  neighbour: Int32Array;
  /** Mean of the widths (`summary(sil)$avg.width`). */
  average: number;
}

/** `membership`: 1-based cluster numbers 1..k, one per observation, as `cutTree` returns. */
export function silhouette(d: CondensedDistances, membership: Int32Array): Silhouette {
  const { n } = d;
  if (membership.length !== n) throw new RangeError('one cluster number per observation needed');
  if (membership.some((c) => c < 1)) throw new RangeError('cluster numbers start at 1');
  const k = membership.reduce((max, c) => Math.max(max, c), 0);
  if (k < 2) throw new RangeError('silhouette widths need at least 2 clusters');
  const sums = distanceSums(d, membership, k);
  const counts = new Float64Array(k);
  for (const c of membership) counts[c - 1] = (counts[c - 1] as number) + 1;
  const widths = new Float64Array(n);
  const neighbour = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const own = (membership[i] as number) - 1;
    const means = sums.subarray(i * k, (i + 1) * k).map((s, c) => {
      const others = c === own ? (counts[c] as number) - 1 : (counts[c] as number);
      return others > 0 ? s / others : s;
    });
    const [b, nb] = nearestOtherCluster(means, own);
    const a = means[own] as number;
    neighbour[i] = nb + 1;
    widths[i] = counts[own] === 1 || a === b ? 0 : (b - a) / Math.max(a, b);
  }
  const average = widths.reduce((s, w) => s + w, 0) / n;
  return { widths, neighbour, average };
}

/** Row-major n × k: sum of distances from each observation to each cluster. */
function distanceSums(d: CondensedDistances, membership: Int32Array, k: number): Float64Array {
  const { n, values } = d;
  const sums = new Float64Array(n * k);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const ci = (membership[i] as number) - 1;
    for (let j = i + 1; j < n; j++) {
      const v = values[at++] as number;
      const to = i * k + (membership[j] as number) - 1;
      sums[to] = (sums[to] as number) + v;
      sums[j * k + ci] = (sums[j * k + ci] as number) + v;
    }
  }
  return sums;
}

/** Smallest mean over the other clusters, first on ties (as `sildist`). */
function nearestOtherCluster(means: Float64Array, own: number): [number, number] {
  let best = Infinity;
  let at = -1;
  means.forEach((m, c) => {
    if (c !== own && (at === -1 || m < best)) {
      best = m;
      at = c;
    }
  });
  return [best, at];
}
