/**
 * The distance kernels over distinct sequences: OM's dynamic programme (TraMineR src/
 * OMdistance.cpp) and the positional sums of HAM and DHD (src/DHDdistance.cpp), as ../shared/seq/README.md §6.4–6.7
 * defines them. Results go to a condensed array of the d·(d−1)/2 distinct pairs (i < j, row by
 * row), so a worker can fill its own rows of a shared buffer.
 */
import type { DistanceJob } from './distance-job.js';
import { normalizeDistance } from './normalize-distance.js';

/** Number of distinct pairs i < j among `count` sequences. */
export function pairCount(count: number): number {
  return (count * (count - 1)) / 2;
}

/** Index in the condensed array of the pair (i, j), i < j. */
export function condensedIndex(count: number, i: number, j: number): number {
  return i * count - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Computes the pairs (i, j > i) for rows first ≤ i < last into `out` (condensed, full size). */
export function computeDistanceRows(
  job: DistanceJob,
  first: number,
  last: number,
  out: Float64Array,
): void {
  if (job.kind === 'alignment') new AlignmentKernel(job).rows(first, last, out);
  else positionalRows(job, first, last, out);
  if (job.norm !== 'none') normalizeRows(job, first, last, out);
}

/**
 * Replaces the raw distances of rows first ≤ i < last in `out` by their normalised values
 * (`job.norm`). A normalised value depends only on the raw value and the two lengths, so raw
 * distances computed once can be normalised several ways.
 */
export function normalizeRows(
  job: DistanceJob,
  first: number,
  last: number,
  out: Float64Array,
): void {
  const { count, offsets, indel, maxScost, maxDist, norm } = job;
  if (norm === 'none') return;
  for (let i = first; i < last; i++) {
    const m = (offsets[i + 1] as number) - (offsets[i] as number);
    let at = condensedIndex(count, i, i + 1);
    for (let j = i + 1; j < count; j++, at++) {
      const raw = out[at] as number;
      if (job.kind === 'positional') {
        out[at] = normalizeDistance(raw, maxDist, maxDist, maxDist, norm);
        continue;
      }
      const n = (offsets[j + 1] as number) - (offsets[j] as number);
      const omMax = Math.abs(n - m) * indel + maxScost * Math.min(m, n);
      out[at] = normalizeDistance(raw, omMax, m * indel, n * indel, norm);
    }
  }
}

/**
 * OM for one row sequence x against every later sequence y. Three savings, none of which changes
 * a value (each DP cell is the same expression on the same operands as in TraMineR):
 * - `profile[a·|x| + k]` = sm[a][x_k] turns the cost lookup into a sequential read;
 * - the DP table is kept between pairs: distinct sequences are in lexicographic order, so
 *   consecutive ys often share a long prefix, and DP rows for that shared prefix (same stripped
 *   start s, at least as many columns) are reused rather than recomputed (about a third of all
 *   rows on mvad and mvad4x); cells beyond a pair's last column never feed the cells before it;
 * - rows are computed two at a time, skewed by one column, so the CPU overlaps their chains.
 */
class AlignmentKernel {
  /** DP table, `(width + 1)²`, row r at r·stride: F[r][k] for y's r-th and x's k-th core states. */
  private readonly table: Float64Array;
  private readonly stride: number;
  private readonly profile: Float64Array;
  /** What the table holds: rows 0..heldRows of sequence heldY's core from heldS, heldCols wide. */
  private heldY = -1;
  private heldS = -1;
  private heldRows = 0;
  private heldCols = 0;

  constructor(private readonly job: DistanceJob) {
    this.stride = job.width + 1;
    this.table = new Float64Array(this.stride * this.stride);
    this.profile = new Float64Array(job.size * job.width);
  }

  rows(first: number, last: number, out: Float64Array): void {
    const { count, offsets } = this.job;
    for (let i = first; i < last; i++) {
      const x0 = offsets[i] as number;
      const m = (offsets[i + 1] as number) - x0;
      this.fillProfile(x0, m);
      this.heldY = -1;
      let at = condensedIndex(count, i, i + 1);
      for (let j = i + 1; j < count; j++) out[at++] = this.raw(x0, m, j);
    }
  }

  private fillProfile(x0: number, m: number): void {
    const { size, costs, states } = this.job;
    for (let a = 0; a < size; a++)
      for (let k = 0; k < m; k++)
        this.profile[a * m + k] = costs[a * size + (states[x0 + k] as number)] as number;
  }

  /**
   * Strips the common prefix, then the common suffix of the remainders, as TraMineR does (it
   * changes no exact value but can change the last bit), then runs F[r][k] = min(F[r−1][k−1] +
   * sm[y_r][x_k], min(F[r][k−1], F[r−1][k]) + indel) with rows over y and columns over x.
   */
  private raw(x0: number, m: number, j: number): number {
    const { states, indel, offsets } = this.job;
    const y0 = offsets[j] as number;
    const n = (offsets[j + 1] as number) - y0;
    let s = 0;
    while (s < m && s < n && states[x0 + s] === states[y0 + s]) s++;
    let mEnd = m;
    let nEnd = n;
    while (mEnd > s && nEnd > s && states[x0 + mEnd - 1] === states[y0 + nEnd - 1]) {
      mEnd--;
      nEnd--;
    }
    const cols = mEnd - s;
    const rows = nEnd - s;
    if (cols === 0) return rows * indel;
    if (rows === 0) return cols * indel;
    return this.core(s, cols, j, rows, m);
  }

  /** Rows of the held table still valid for y = sequence j from start s, `cols` wide. */
  private reusableRows(s: number, cols: number, j: number, rows: number): number {
    if (this.heldY < 0 || this.heldS !== s || cols > this.heldCols) return 0;
    const { states, offsets } = this.job;
    const p0 = offsets[this.heldY] as number;
    const y0 = offsets[j] as number;
    const limit = s + Math.min(this.heldRows, rows);
    let l = s;
    while (l < limit && states[p0 + l] === states[y0 + l]) l++;
    return l - s;
  }

  private core(s: number, cols: number, j: number, rows: number, m: number): number {
    const { states, indel, offsets } = this.job;
    const valid = this.reusableRows(s, cols, j, rows);
    // Reused rows are `heldCols` wide; new rows are made as wide so the table stays uniform.
    const width = valid > 0 ? this.heldCols : cols;
    if (valid === 0) for (let k = 0; k <= width; k++) this.table[k] = k * indel;
    // profile[base + k] = sm[y_r][x_{s+k}], y_r being states[yBefore + r].
    const yBefore = (offsets[j] as number) + s - 1;
    const shift = s - 1;
    let r = valid + 1;
    for (; r < rows; r += 2) {
      const baseA = (states[yBefore + r] as number) * m + shift;
      this.twoRows(baseA, (states[yBefore + r + 1] as number) * m + shift, r, width);
    }
    if (r === rows) this.oneRow((states[yBefore + r] as number) * m + shift, r, width);
    this.heldY = j;
    this.heldS = s;
    this.heldRows = rows;
    this.heldCols = width;
    return this.table[rows * this.stride + cols] as number;
  }

  /** Row r from row r − 1; `profile[base + k]` = sm[y_r][x_{s+k}] for column k ≥ 1. */
  private oneRow(base: number, r: number, cols: number): void {
    const { table, profile } = this;
    const indel = this.job.indel;
    const p = (r - 1) * this.stride;
    const c = r * this.stride;
    let left = r * indel;
    let diag = table[p] as number;
    table[c] = left;
    for (let k = 1; k <= cols; k++) {
      const up = table[p + k] as number;
      const sub = diag + (profile[base + k] as number);
      const ind = (left < up ? left : up) + indel;
      left = sub < ind ? sub : ind;
      table[c + k] = left;
      diag = up;
    }
  }

  /** Rows r and r + 1 from row r − 1, row r + 1 one column behind row r. */
  private twoRows(baseA: number, baseB: number, r: number, cols: number): void {
    const { table, profile } = this;
    const indel = this.job.indel;
    const p = (r - 1) * this.stride;
    const a = r * this.stride;
    const b = a + this.stride;
    let leftA = r * indel;
    let leftB = (r + 1) * indel;
    table[a] = leftA;
    table[b] = leftB;
    let diagA = table[p] as number;
    let diagB = leftA;
    // Column 1 of row r alone; then row r at k together with row r + 1 at k − 1.
    const up = table[p + 1] as number;
    let sub = diagA + (profile[baseA + 1] as number);
    let ind = (leftA < up ? leftA : up) + indel;
    leftA = sub < ind ? sub : ind;
    table[a + 1] = leftA;
    diagA = up;
    for (let k = 2; k <= cols; k++) {
      const upA = table[p + k] as number;
      const subA = diagA + (profile[baseA + k] as number);
      const indA = (leftA < upA ? leftA : upA) + indel;
      const subB = diagB + (profile[baseB + k - 1] as number);
      const indB = (leftB < leftA ? leftB : leftA) + indel;
      diagB = leftA;
      leftB = subB < indB ? subB : indB;
      table[b + k - 1] = leftB;
      leftA = subA < indA ? subA : indA;
      table[a + k] = leftA;
      diagA = upA;
    }
    // Column `cols` of row r + 1 alone.
    sub = diagB + (profile[baseB + cols] as number);
    ind = (leftB < leftA ? leftB : leftA) + indel;
    table[b + cols] = sub < ind ? sub : ind;
  }
}

/** HAM and DHD: raw = Σ_t sm_t[x_t][y_t] in position order (equal lengths). */
function positionalRows(job: DistanceJob, first: number, last: number, out: Float64Array): void {
  const { count, offsets, states, costs, size, width } = job;
  const k2 = size * size;
  for (let i = first; i < last; i++) {
    const x0 = offsets[i] as number;
    let at = condensedIndex(count, i, i + 1);
    for (let j = i + 1; j < count; j++) {
      const y0 = offsets[j] as number;
      let raw = 0;
      for (let t = 0; t < width; t++)
        raw += costs[
          t * k2 + (states[x0 + t] as number) * size + (states[y0 + t] as number)
        ] as number;
      out[at++] = raw;
    }
  }
}
