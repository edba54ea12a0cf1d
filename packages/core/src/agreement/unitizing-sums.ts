/**
 * The three sums behind α_u (unitizing-alpha.ts has the formulas and sources), each in
 * O(N log N) instead of over all pairs of coders.
 */
import { sortedOrder, sortedValues } from './sort-by-key.js';

/** One code's units over all coders, parallel arrays; the first `count` entries are used. */
export interface Units {
  coder: Int32Array;
  b: Float64Array;
  e: Float64Array;
  count: number;
}

/**
 * Σ_u Σ_{v overlapping u} (b_u − b_v)² + (e_u − e_v)², over ordered pairs of units sorted by
 * start. Units of one coder never overlap (they are merged), so every overlapping pair is between
 * two coders, and u = v adds 0. Units are cut into clusters of transitively overlapping spans;
 * within a cluster, offsets are taken from its start so that the sums stay exact in doubles
 * (integers below 2^53) for any realistic text, and overlapping = all − (v starts at or after u's
 * end) − (v ends at or before u's start), each a range of prefix sums.
 */
export function overlapSum(units: Units): number {
  const scratch = new Scratch(units.count);
  let total = 0;
  let first = 0;
  let reach = -Infinity;
  for (let i = 0; i < units.count; i++) {
    const b = units.b[i] as number;
    const e = units.e[i] as number;
    if (b >= reach) {
      if (i > first) total += scratch.clusterSum(units, first, i);
      first = i;
      reach = e;
    } else if (e > reach) reach = e;
  }
  if (units.count > first) total += scratch.clusterSum(units, first, units.count);
  return total;
}

/** Cumulative count, Σb, Σb², Σe, Σe² (index i = the first i units of some order). */
class Moments {
  readonly b: Float64Array;
  readonly b2: Float64Array;
  readonly e: Float64Array;
  readonly e2: Float64Array;
  constructor(size: number) {
    this.b = new Float64Array(size + 1);
    this.b2 = new Float64Array(size + 1);
    this.e = new Float64Array(size + 1);
    this.e2 = new Float64Array(size + 1);
  }
  set(i: number, b: number, e: number): void {
    this.b[i + 1] = (this.b[i] as number) + b;
    this.b2[i + 1] = (this.b2[i] as number) + b * b;
    this.e[i + 1] = (this.e[i] as number) + e;
    this.e2[i + 1] = (this.e2[i] as number) + e * e;
  }
  /** Σ_v (b − b_v)² + (e − e_v)² over positions [from, to). */
  range(from: number, to: number, b: number, e: number): number {
    const sb = (this.b[to] as number) - (this.b[from] as number);
    const sb2 = (this.b2[to] as number) - (this.b2[from] as number);
    const se = (this.e[to] as number) - (this.e[from] as number);
    const se2 = (this.e2[to] as number) - (this.e2[from] as number);
    return (to - from) * (b * b + e * e) - 2 * b * sb + sb2 - 2 * e * se + se2;
  }
}

/** Buffers sized once for the largest cluster, so clusters allocate nothing. */
class Scratch {
  private readonly b: Float64Array;
  private readonly e: Float64Array;
  private readonly ends: Float64Array;
  private readonly order: Int32Array;
  private readonly packed: Float64Array;
  private readonly byStart: Moments;
  private readonly byEnd: Moments;
  constructor(size: number) {
    this.b = new Float64Array(size);
    this.e = new Float64Array(size);
    this.ends = new Float64Array(size);
    this.order = new Int32Array(size);
    this.packed = new Float64Array(size);
    this.byStart = new Moments(size);
    this.byEnd = new Moments(size);
  }

  clusterSum(units: Units, from: number, to: number): number {
    const k = to - from;
    if (k < 2) return 0;
    this.load(units, from, to);
    let total = 0;
    for (let i = 0; i < k; i++) {
      const b = this.b[i] as number;
      const e = this.e[i] as number;
      const all = this.byStart.range(0, k, b, e);
      const after = this.byStart.range(lowerBound(this.b, e, k), k, b, e);
      const before = this.byEnd.range(0, upperBound(this.ends, b, k), b, e);
      total += all - after - before;
    }
    return total;
  }

  /**
   * order[0..k) by end, ties by index: the native numeric sort of e·k + i when that is exact
   * (integer offsets), else a comparator sort (stable, so the same order).
   */
  private orderByEnd(k: number): void {
    const e = this.e;
    let integral = true;
    let max = 0;
    for (let i = 0; i < k; i++) {
      const x = e[i] as number;
      if (!Number.isInteger(x) || x < 0) integral = false;
      if (x > max) max = x;
    }
    if (!integral || (max + 1) * k >= 2 ** 53) {
      this.order.subarray(0, k).sort((x, y) => (e[x] as number) - (e[y] as number));
      return;
    }
    const packed = this.packed.subarray(0, k);
    for (let i = 0; i < k; i++) packed[i] = (e[i] as number) * k + i;
    packed.sort();
    for (let i = 0; i < k; i++) this.order[i] = (packed[i] as number) % k;
  }

  /** Cluster-local offsets, and the moments in start order and in end order. */
  private load(units: Units, from: number, to: number): void {
    const k = to - from;
    const origin = units.b[from] as number;
    for (let i = 0; i < k; i++) {
      this.b[i] = (units.b[from + i] as number) - origin;
      this.e[i] = (units.e[from + i] as number) - origin;
      this.order[i] = i;
      this.byStart.set(i, this.b[i] as number, this.e[i] as number);
    }
    this.orderByEnd(k);
    const e = this.e;
    for (let i = 0; i < k; i++) {
      const j = this.order[i] as number;
      this.ends[i] = e[j] as number;
      this.byEnd.set(i, this.b[j] as number, e[j] as number);
    }
  }
}

type Sorted = ArrayLike<number>;

/** First index below `length` with sorted[i] ≥ x. */
export function lowerBound(sorted: Sorted, x: number, length = sorted.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index below `length` with sorted[i] > x. */
export function upperBound(sorted: Sorted, x: number, length = sorted.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Σ_u l_u² · (gaps of other coders that contain u). A coder's gaps are disjoint, so at most one
 * of them contains u, and it does exactly when that coder has no unit overlapping u; a coder's own
 * gaps never contain their own unit. Counting gaps with start ≤ b_u and end ≥ e_u is a 2-D
 * dominance count: sweep units by start, insert gaps by start, keep gap ends in a Fenwick tree.
 */
export function insideGapSum(units: Units, gaps: Gaps): number {
  const ends = sortedValues(gaps.end);
  const gapRank = lowerBounds(ends, gaps.end);
  const unitRank = lowerBounds(ends, units.e.subarray(0, units.count));
  const tree = new Int32Array(ends.length + 1);
  const byStart = sortedOrder(gaps.start);
  let next = 0;
  let total = 0;
  for (let i = 0; i < units.count; i++) {
    const b = units.b[i] as number;
    for (; next < byStart.length && (gaps.start[byStart[next] as number] as number) <= b; next++)
      for (let k = (gapRank[byStart[next] as number] as number) + 1; k <= ends.length; k += k & -k)
        tree[k] = (tree[k] as number) + 1;
    let endedBefore = 0;
    for (let k = unitRank[i] as number; k > 0; k -= k & -k) endedBefore += tree[k] as number;
    total += ((units.e[i] as number) - b) ** 2 * (next - endedBefore);
  }
  return total;
}

/**
 * lowerBound(sorted, q) for every query q, walking the queries in ascending order once: a radix
 * sort and a merge instead of one unpredictable binary search per query.
 */
export function lowerBounds(sorted: Float64Array, queries: Float64Array): Int32Array {
  const order = sortedOrder(queries);
  const out = new Int32Array(queries.length);
  let at = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const q = queries[i] as number;
    while (at < sorted.length && (sorted[at] as number) < q) at++;
    out[i] = at;
  }
  return out;
}

/** Every coder's gaps of one code, in parallel arrays of start and end offsets. */
export interface Gaps {
  start: Float64Array;
  end: Float64Array;
}

/** D_e(c) of Krippendorff (2004, p. 253); gap lengths from every coder, sorted once. */
export function expectedDisagreement(units: Units, gaps: Gaps, m: number, length: number): number {
  const unsorted = new Float64Array(gaps.end.length);
  for (let i = 0; i < unsorted.length; i++)
    unsorted[i] = (gaps.end[i] as number) - (gaps.start[i] as number);
  const lengths = sortedValues(unsorted);
  const suffix = new Float64Array(lengths.length + 1);
  for (let i = lengths.length - 1; i >= 0; i--)
    suffix[i] = (suffix[i + 1] as number) + (lengths[i] as number);
  const nc = units.count;
  const unitLengths = new Float64Array(nc);
  for (let i = 0; i < nc; i++) unitLengths[i] = (units.e[i] as number) - (units.b[i] as number);
  const bounds = lowerBounds(lengths, unitLengths);
  let numerator = 0;
  let squares = 0;
  for (let i = 0; i < nc; i++) {
    const l = unitLengths[i] as number;
    const from = bounds[i] as number;
    const gapTerm = (suffix[from] as number) - (l - 1) * (lengths.length - from);
    numerator += ((nc - 1) * l * (2 * l * l - 3 * l + 1)) / 3 + l * l * gapTerm;
    squares += l * (l - 1);
  }
  const denominator = m * length * (m * length - 1) - squares;
  return denominator > 0 ? ((2 / length) * numerator) / denominator : 0;
}
