/**
 * A distance matrix over a sequence set, stored as distances between distinct sequences
 * (../shared/seq/README.md §6.1: `seqdist` computes unique pairs and expands), with accessors for the full
 * n × n view. Memory: d·(d−1)/2 doubles for d distinct sequences, plus n indices.
 */
import { computeDistanceRows, condensedIndex, pairCount } from './distance-kernels.js';
import { prepareDistanceJob, type DistanceJob, type DistanceOptions } from './distance-job.js';
import type { SequenceSet } from './sequence-set.js';

export interface SequenceDistances {
  ids: string[];
  /** Row → index of its distinct sequence. */
  distinctOf: Int32Array;
  /** Number of distinct sequences d. */
  distinctCount: number;
  /** Distances between distinct sequences, pairs i < j row by row (see `condensedIndex`). */
  condensed: Float64Array;
}

/** `seqdist(seqdata, method, sm, indel, norm)` on one thread. */
export function sequenceDistances(set: SequenceSet, options: DistanceOptions): SequenceDistances {
  const job = prepareDistanceJob(set, options);
  const condensed = new Float64Array(pairCount(job.count));
  computeDistanceRows(job, 0, job.count, condensed);
  return distancesFromCondensed(set.ids, job, condensed);
}

/** Wraps distinct-pair distances computed elsewhere (e.g. by worker threads) for `set`. */
export function distancesFromCondensed(
  ids: string[],
  job: DistanceJob,
  condensed: Float64Array,
): SequenceDistances {
  return { ids, distinctOf: job.distinctOf, distinctCount: job.count, condensed };
}

/** d(i, j) for rows i and j of the set (0 on the diagonal and between equal sequences). */
export function distanceBetween(d: SequenceDistances, i: number, j: number): number {
  const a = d.distinctOf[i] as number;
  const b = d.distinctOf[j] as number;
  if (a === b) return 0;
  const at = a < b ? condensedIndex(d.distinctCount, a, b) : condensedIndex(d.distinctCount, b, a);
  return d.condensed[at] as number;
}

/** Row i of the full n × n matrix, written into `out` (allocated when not given). */
export function distanceRow(
  d: SequenceDistances,
  i: number,
  out = new Float64Array(d.ids.length),
): Float64Array {
  for (let j = 0; j < d.ids.length; j++) out[j] = distanceBetween(d, i, j);
  return out;
}

/** The full symmetric n × n matrix, row-major (n² doubles: for small sets and tests). */
export function fullDistanceMatrix(d: SequenceDistances): Float64Array {
  const n = d.ids.length;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) distanceRow(d, i, out.subarray(i * n, (i + 1) * n));
  return out;
}
