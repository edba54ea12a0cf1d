/**
 * Ward hierarchical clustering exactly as R's `hclust(d, method = "ward.D2")` (Fortran
 * `hclust.f` by F. Murtagh, as in R 4.2; ../shared/seq/README.md §6.10): squared distances,
 * Lance–Williams updates and nearest-neighbour lists, with the same strict comparisons so ties —
 * common in sequence data, where many sequences are equal — are broken as R breaks them and the
 * tree, heights included, is R's. O(n²) time per merge in the worst case, n(n−1)/2 doubles of memory.
 */
import type { CondensedDistances } from './condensed.js';
import { condensedIndex } from './distance-kernels.js';

export interface Dendrogram {
  /** Number of observations. */
  n: number;
  /**
   * R's merge matrix, row-major `(n−1) × 2`: −i is observation i (1-based), +s the cluster of
   * merge step s (1-based); singletons first, then the smaller step (`hcass2`).
   */
  merge: Int32Array;
  /** Height of each merge: √ of the Ward criterion (ward.D2), in distance units. */
  height: Float64Array;
  /** The two observations (0-based) whose clusters each step joins; the first keeps the label. */
  joined: Int32Array;
}

export function wardD2(d: CondensedDistances): Dendrogram {
  const { n } = d;
  if (n < 2) throw new RangeError('Ward clustering needs at least 2 observations');
  const state = newState(d);
  const joined = new Int32Array(2 * (n - 1));
  const height = new Float64Array(n - 1);
  for (let step = 0; step < n - 1; step++) {
    const [i2, j2, criterion] = closestPair(state);
    joined[2 * step] = i2;
    joined[2 * step + 1] = j2;
    height[step] = Math.sqrt(criterion);
    deactivate(state, j2);
    updateFromMerge(state, i2, j2);
    refreshNeighbours(state, i2, j2);
  }
  return { n, merge: mergeMatrix(joined, n), height, joined };
}

interface WardState {
  n: number;
  /** Squared distances, updated in place; entries of merged-away observations are stale. */
  diss: Float64Array;
  /**
   * The active observations in increasing order, `alive[0..count)`: hclust.f scans all n and
   * skips inactive ones; scanning only these visits the same indices in the same order.
   */
  alive: Int32Array;
  count: number;
  /** Cluster sizes (doubles, as MEMBR in hclust.f). */
  size: Float64Array;
  /** Nearest active neighbour to the right of each i, and its distance (NN, DISNN). */
  nn: Int32Array;
  disnn: Float64Array;
}

function newState(d: CondensedDistances): WardState {
  const { n } = d;
  const state: WardState = {
    n,
    diss: squared(d.values),
    alive: Int32Array.from({ length: n }, (_, i) => i),
    count: n,
    size: new Float64Array(n).fill(1),
    nn: new Int32Array(n),
    disnn: new Float64Array(n).fill(Infinity),
  };
  for (let p = 0; p < n - 1; p++) nearestToTheRight(state, p);
  return state;
}

/** The squared distances (plain loop: `Float64Array.from` with a map is several times slower). */
function squared(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v >= 0 && v < Infinity))
      throw new RangeError('distances must be finite and non-negative');
    out[i] = v * v;
  }
  return out;
}

/** Removes j from the active list (binary search, then a shift). */
function deactivate(s: WardState, j: number): void {
  let lo = 0;
  let hi = s.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s.alive[mid] as number) < j) lo = mid + 1;
    else hi = mid;
  }
  s.alive.copyWithin(lo, lo + 1, s.count);
  s.count--;
}

/**
 * NN(i) = the first active j > i with the smallest distance (strict `<`), as hclust.f; `p` is
 * i's position in the active list. Left unchanged (with DISNN = ∞) when no j > i is active.
 */
function nearestToTheRight(s: WardState, p: number): void {
  const i = s.alive[p] as number;
  let best = Infinity;
  let at = s.nn[i] as number;
  const base = condensedIndex(s.n, i, i + 1) - i - 1;
  for (let q = p + 1; q < s.count; q++) {
    const j = s.alive[q] as number;
    const v = s.diss[base + j] as number;
    if (v < best) {
      best = v;
      at = j;
    }
  }
  s.nn[i] = at;
  s.disnn[i] = best;
}

/** The active i with the smallest DISNN (first on ties) and its neighbour, ordered. */
function closestPair(s: WardState): [number, number, number] {
  let best = Infinity;
  let im = 0;
  for (let p = 0; p < s.count; p++) {
    const i = s.alive[p] as number;
    if ((s.disnn[i] as number) < best) {
      best = s.disnn[i] as number;
      im = i;
    }
  }
  const jm = s.nn[im] as number;
  return [Math.min(im, jm), Math.max(im, jm), best];
}

const pairIndex = (n: number, a: number, b: number): number =>
  a < b ? condensedIndex(n, a, b) : condensedIndex(n, b, a);

/**
 * Lance–Williams update for Ward: d(i2∪j2, k) = ((n_i2+n_k)·d(i2,k) + (n_j2+n_k)·d(j2,k) −
 * n_k·d(i2,j2)) / (n_i2+n_j2+n_k), on squared distances, in hclust.f's operation order. Also
 * tracks the new NN(i2) and lowers NN(k) for k < i2 (J. Bien's fix in hclust.f).
 */
function updateFromMerge(s: WardState, i2: number, j2: number): void {
  const { n, diss, size } = s;
  const between = diss[condensedIndex(n, i2, j2)] as number;
  const ni = size[i2] as number;
  const nj = size[j2] as number;
  let best = Infinity;
  let bestAt = s.nn[i2] as number;
  for (let p = 0; p < s.count; p++) {
    const k = s.alive[p] as number;
    if (k === i2) continue;
    const nk = size[k] as number;
    const ind1 = pairIndex(n, i2, k);
    const ind2 = pairIndex(n, j2, k);
    const updated =
      ((ni + nk) * (diss[ind1] as number) + (nj + nk) * (diss[ind2] as number) - nk * between) /
      (ni + nj + nk);
    diss[ind1] = updated;
    if (i2 < k) {
      if (updated < best) {
        best = updated;
        bestAt = k;
      }
    } else if (updated < (s.disnn[k] as number)) {
      s.disnn[k] = updated;
      s.nn[k] = i2;
    }
  }
  size[i2] = ni + nj;
  s.disnn[i2] = best;
  s.nn[i2] = bestAt;
}

/** Recomputes NN for every active i whose neighbour was one of the merged pair. */
function refreshNeighbours(s: WardState, i2: number, j2: number): void {
  for (let p = 0; p < s.count; p++) {
    const nn = s.nn[s.alive[p] as number];
    if (nn === i2 || nn === j2) nearestToTheRight(s, p);
  }
}

/**
 * R's merge matrix from the joined observation pairs (`hcass2` in hclust.f): a cluster is
 * named by its lowest observation until it merges again, then by that merge's step number.
 */
function mergeMatrix(joined: Int32Array, n: number): Int32Array {
  const merge = new Int32Array(2 * (n - 1));
  const lastStep = new Int32Array(n).fill(-1);
  for (let step = 0; step < n - 1; step++) {
    const pair = [joined[2 * step] as number, joined[2 * step + 1] as number].map((obs) =>
      (lastStep[obs] as number) >= 0 ? (lastStep[obs] as number) + 1 : -(obs + 1),
    ) as [number, number];
    const [a, b] = orderPair(pair);
    merge[2 * step] = a;
    merge[2 * step + 1] = b;
    lastStep[joined[2 * step] as number] = step;
  }
  return merge;
}

/** hcass2's order: a singleton before a cluster; two clusters by step; two singletons as joined. */
function orderPair([a, b]: [number, number]): [number, number] {
  if (a > 0 && b < 0) return [b, a];
  if (a > 0 && b > 0) return [Math.min(a, b), Math.max(a, b)];
  return [a, b];
}

/**
 * R's `cutree(tree, k)`: applies the first n − k merges and numbers the clusters 1..k in the
 * order of their first observation. Returns one 1-based cluster number per observation.
 */
export function cutTree(tree: Dendrogram, k: number): Int32Array {
  const { n } = tree;
  if (!Number.isInteger(k) || k < 1 || k > n)
    throw new RangeError(`k must be an integer from 1 to ${n}`);
  const root = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (root[r] !== r) r = root[r] as number;
    return r;
  };
  for (let step = 0; step < n - k; step++)
    root[find(tree.joined[2 * step + 1] as number)] = find(tree.joined[2 * step] as number);
  const number = new Map<number, number>();
  return Int32Array.from({ length: n }, (_, i) => {
    const r = find(i);
    if (!number.has(r)) number.set(r, number.size + 1);
    return number.get(r) as number;
  });
}

/** Number of observations in each cluster 1..k of a `cutTree` membership. */
export function clusterSizes(membership: Int32Array, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const c of membership) sizes[c - 1] = (sizes[c - 1] as number) + 1;
  return sizes;
}
