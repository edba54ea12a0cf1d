/**
 * A symmetric distance matrix with a zero diagonal over n observations, stored once: the upper
 * triangle row by row, (0,1), (0,2), …, (0,n−1), (1,2), … (`condensedIndex` in
 * distance-kernels.ts). This is the order of R's `dist` objects read column-wise, so R matrices
 * map over without reordering. n(n−1)/2 doubles.
 */
import { condensedIndex, pairCount } from './distance-kernels.js';
import { distanceBetween, type SequenceDistances } from './sequence-distances.js';

export interface CondensedDistances {
  /** Number of observations. */
  n: number;
  /** `n(n−1)/2` distances, upper triangle row-major. */
  values: Float64Array;
}

/** d(i, j) for any i, j (0 when equal). */
export function distanceAt(d: CondensedDistances, i: number, j: number): number {
  if (i === j) return 0;
  const index = i < j ? condensedIndex(d.n, i, j) : condensedIndex(d.n, j, i);
  return d.values[index] as number;
}

/** The condensed form of a square matrix given row by row (only its upper triangle is read). */
export function condensedFromRows(rows: ArrayLike<number>[]): CondensedDistances {
  const n = rows.length;
  const values = new Float64Array(pairCount(n));
  let at = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i] as ArrayLike<number>;
    for (let j = i + 1; j < n; j++) values[at++] = row[j] as number;
  }
  return { n, values };
}

/**
 * Every pair of rows of a sequence set, from distances kept between distinct sequences: what
 * clustering needs, since equal sequences stay separate observations there (as in R, where
 * `hclust` gets the expanded `seqdist` matrix).
 */
export function expandDistances(d: SequenceDistances): CondensedDistances {
  const n = d.ids.length;
  const values = new Float64Array(pairCount(n));
  let at = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) values[at++] = distanceBetween(d, i, j);
  return { n, values };
}
