/**
 * The distance kernels over distinct sequences: OM's dynamic programme (TraMineR src/
 * OMdistance.cpp) and the positional sums of HAM and DHD (src/DHDdistance.cpp), as ../shared/seq/README.md §6.4–6.7
 * defines them. Results go to a condensed array of the d·(d−1)/2 distinct pairs (i < j, row by
 * row), so a worker can fill its own rows of a shared buffer.
 */
import type { DistanceJob } from './distance-job.js';
import { normalizeDistance } from './normalize-distance.js';
import { OM_WASM_BASE64 } from './om-wasm-bytes.js';

/** Number of distinct pairs i < j among `count` sequences. */
export function pairCount(count: number): number {
  return (count * (count - 1)) / 2;
}

/** Index in the condensed array of the pair (i, j), i < j. */
export function condensedIndex(count: number, i: number, j: number): number {
  return i * count - (i * (i + 1)) / 2 + (j - i - 1);
}

export interface KernelOptions {
  /**
   * Run OM's inner loop in WebAssembly when available (default true). False keeps it in
   * JavaScript: about half as fast, with the same values (the tests compare the two).
   */
  webAssembly?: boolean;
}

/** Computes the pairs (i, j > i) for rows first ≤ i < last into `out` (condensed, full size). */
export function computeDistanceRows(
  job: DistanceJob,
  first: number,
  last: number,
  out: Float64Array,
  options: KernelOptions = {},
): void {
  if (job.kind === 'alignment')
    new AlignmentKernel(job, options.webAssembly ?? true).rows(first, last, out);
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
 * OM for one row sequence x against every later sequence y. Four savings, none of which changes
 * a value (each DP cell is the same minimum of the same sums as in TraMineR; the tests compare
 * every pair bit for bit):
 * - `profile[a·|x| + k]` = sm[a][x_k] turns the cost lookup into a sequential read;
 * - the DP table is kept between pairs: distinct sequences are in lexicographic order, so
 *   consecutive ys often share a long prefix, and DP rows for that shared prefix (same stripped
 *   start s) are reused rather than recomputed, widened when a pair needs more columns (a cell
 *   depends only on cells to its left and above, so widening a row later gives the cells that
 *   computing it wide at once would);
 * - the cell min(F[r−1][k−1] + sm, min(F[r][k−1], F[r−1][k]) + indel) is computed as
 *   min(min(F[r−1][k−1] + sm, F[r−1][k] + indel), F[r][k−1] + indel). Rounding is monotonic
 *   (a ≤ b ⇒ fl(a + c) ≤ fl(b + c), IEEE 754-2019 §4.3), so fl(min(a, b) + c) =
 *   min(fl(a + c), fl(b + c)): the same value, with only one addition and one minimum on the
 *   chain from the cell to the left;
 * - new rows are computed four at a time, each one column behind the one above so their chains
 *   overlap, in WebAssembly (om-wasm-bytes.ts), where the minimum is one branch-free `minpd`
 *   instead of a branch the CPU mispredicts. Where WebAssembly is unavailable (or with
 *   `webAssembly: false`) the same operations run in JavaScript, two rows at a time.
 */
class AlignmentKernel {
  /** DP table, `(width + 1)²`, row r at r·stride: F[r][k] for y's r-th and x's k-th core states. */
  private readonly table: Float64Array;
  /** Columns computed in each row of the table (row 0, k·indel, is filled once, full width). */
  private readonly rowWidth: Int32Array;
  private readonly stride: number;
  private readonly profile: Float64Array;
  /** What the table holds: rows 0..heldRows of sequence heldY's core from heldS. */
  private heldY = -1;
  private heldS = -1;
  private heldRows = 0;

  /** The WebAssembly loop and where the table, profile and row bases are in its memory. */
  private readonly wasm: OmView | null;

  constructor(
    private readonly job: DistanceJob,
    webAssembly: boolean,
  ) {
    this.stride = job.width + 1;
    const cells = this.stride * this.stride;
    const profiles = job.size * job.width;
    // Memory: the table, the profile, then one i32 per row (the profile row's address).
    const memory = webAssembly ? omMemory((cells + profiles) * 8 + this.stride * 4) : null;
    this.table = memory ? new Float64Array(memory.buffer, 0, cells) : new Float64Array(cells);
    this.profile = memory
      ? new Float64Array(memory.buffer, cells * 8, profiles)
      : new Float64Array(profiles);
    const basesAt = (cells + profiles) * 8;
    this.wasm = memory
      ? {
          memory,
          profileAt: cells * 8,
          basesAt,
          bases: new Int32Array(memory.buffer, basesAt, this.stride),
        }
      : null;
    this.rowWidth = new Int32Array(this.stride);
    for (let k = 0; k <= job.width; k++) this.table[k] = k * job.indel;
    this.rowWidth[0] = job.width;
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

  /** Rows of the held table still valid for y = sequence j from start s (any width). */
  private reusableRows(s: number, j: number, rows: number): number {
    if (this.heldY < 0 || this.heldS !== s) return 0;
    const { states, offsets } = this.job;
    const p0 = offsets[this.heldY] as number;
    const y0 = offsets[j] as number;
    const limit = s + Math.min(this.heldRows, rows);
    let l = s;
    while (l < limit && states[p0 + l] === states[y0 + l]) l++;
    return l - s;
  }

  private core(s: number, cols: number, j: number, rows: number, m: number): number {
    const { states, offsets } = this.job;
    const valid = this.reusableRows(s, j, rows);
    // profile[base + k] = sm[y_r][x_{s+k}], y_r being states[yBefore + r].
    const yBefore = (offsets[j] as number) + s - 1;
    const shift = s - 1;
    const baseOf = (r: number) => (states[yBefore + r] as number) * m + shift;
    for (let r = 1; r <= valid; r++)
      if ((this.rowWidth[r] as number) < cols) this.widen(baseOf(r), r, cols);
    let r = valid + 1;
    if (this.wasm) {
      this.fillWasm(this.wasm, baseOf, r, rows, cols);
      r = rows + 1;
    }
    for (; r < rows; r += 2) this.twoRows(baseOf(r), baseOf(r + 1), r, cols);
    if (r === rows) this.oneRow(baseOf(r), r, cols);
    this.heldY = j;
    this.heldS = s;
    this.heldRows = rows;
    return this.table[rows * this.stride + cols] as number;
  }

  /** Columns rowWidth[r] + 1..cols of row r, from row r − 1 (already at least `cols` wide). */
  private widen(base: number, r: number, cols: number): void {
    const from = this.rowWidth[r] as number;
    this.rowWidth[r] = cols;
    if (!this.wasm) return this.span(base, r, from, cols);
    const { memory, profileAt } = this.wasm;
    const c = r * this.stride * 8;
    memory.span(c - this.stride * 8, c, profileAt + base * 8, from * 8, cols * 8, this.job.indel);
  }

  /** Columns from + 1..to of row r, from row r − 1 and column `from` of row r. */
  private span(base: number, r: number, from: number, to: number): void {
    const { table, profile } = this;
    const indel = this.job.indel;
    const p = (r - 1) * this.stride;
    const c = r * this.stride;
    let left = table[c + from] as number;
    let diag = table[p + from] as number;
    for (let k = from + 1; k <= to; k++) {
      const up = table[p + k] as number;
      const sub = diag + (profile[base + k] as number);
      const vertical = up + indel;
      const best = sub < vertical ? sub : vertical;
      const horizontal = left + indel;
      left = best < horizontal ? best : horizontal;
      table[c + k] = left;
      diag = up;
    }
  }

  /** Row r from row r − 1; `profile[base + k]` = sm[y_r][x_{s+k}] for column k ≥ 1. */
  private oneRow(base: number, r: number, cols: number): void {
    this.table[r * this.stride] = r * this.job.indel;
    this.rowWidth[r] = 0;
    this.widen(base, r, cols);
  }

  /**
   * Rows first..last, `cols` wide, in WebAssembly (om-wasm-bytes.ts: the same operations as
   * `span` and `twoRows`, four rows at a time): one call per pair.
   */
  private fillWasm(
    wasm: OmView,
    baseOf: (r: number) => number,
    first: number,
    last: number,
    cols: number,
  ): void {
    const { bases, profileAt } = wasm;
    for (let r = first; r <= last; r++) {
      bases[r] = profileAt + baseOf(r) * 8;
      this.rowWidth[r] = cols;
    }
    wasm.memory.fill(first, last, cols, this.stride * 8, wasm.basesAt, this.job.indel);
  }

  /** Rows r and r + 1 from row r − 1, row r + 1 one column behind row r. */
  private twoRows(baseA: number, baseB: number, r: number, cols: number): void {
    const { table, profile } = this;
    this.rowWidth[r] = cols;
    this.rowWidth[r + 1] = cols;
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
    let vertical = up + indel;
    let best = sub < vertical ? sub : vertical;
    let horizontal = leftA + indel;
    leftA = best < horizontal ? best : horizontal;
    table[a + 1] = leftA;
    diagA = up;
    for (let k = 2; k <= cols; k++) {
      const upA = table[p + k] as number;
      const subA = diagA + (profile[baseA + k] as number);
      const verticalA = upA + indel;
      const bestA = subA < verticalA ? subA : verticalA;
      const subB = diagB + (profile[baseB + k - 1] as number);
      const verticalB = leftA + indel;
      const bestB = subB < verticalB ? subB : verticalB;
      const horizontalB = leftB + indel;
      diagB = leftA;
      leftB = bestB < horizontalB ? bestB : horizontalB;
      table[b + k - 1] = leftB;
      const horizontalA = leftA + indel;
      leftA = bestA < horizontalA ? bestA : horizontalA;
      table[a + k] = leftA;
      diagA = upA;
    }
    // Column `cols` of row r + 1 alone.
    sub = diagB + (profile[baseB + cols] as number);
    vertical = leftA + indel;
    best = sub < vertical ? sub : vertical;
    horizontal = leftB + indel;
    table[b + cols] = best < horizontal ? best : horizontal;
  }
}

type Fill = (
  first: number,
  last: number,
  cols: number,
  stride8: number,
  bases: number,
  indel: number,
) => void;

/** `span(p, c, prof, from8, to8, indel)`: columns from + 1..to of one row (byte addresses). */
type Span = (p: number, c: number, prof: number, from8: number, to8: number, indel: number) => void;

/** The kernel module's memory (the DP table, the profile, the row bases) and its loops. */
interface OmMemory {
  buffer: ArrayBuffer;
  fill: Fill;
  span: Span;
}

/** A kernel's view of that memory. */
interface OmView {
  memory: OmMemory;
  /** Byte offsets of the profile and of the bases. */
  profileAt: number;
  basesAt: number;
  bases: Int32Array;
}

/**
 * One instance per thread, compiled on first use and shared by the kernels (they run one at a
 * time: `computeDistanceRows` is synchronous); null where WebAssembly with SIMD is unavailable.
 */
let omInstance: { memory: WebAssembly.Memory; fill: Fill; span: Span } | null | undefined;

function sharedOmInstance(): typeof omInstance {
  if (omInstance !== undefined) return omInstance;
  try {
    const bytes = Uint8Array.from(atob(OM_WASM_BASE64), (c) => c.charCodeAt(0));
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    omInstance = {
      memory: exports.memory as WebAssembly.Memory,
      fill: exports.fill as Fill,
      span: exports.span as Span,
    };
  } catch {
    omInstance = null;
  }
  return omInstance;
}

/** The shared memory, grown to at least `bytes`, or null without WebAssembly. */
function omMemory(bytes: number): OmMemory | null {
  const instance = sharedOmInstance();
  if (!instance) return null;
  const { memory, fill, span } = instance;
  const PAGE = 65_536;
  const pages = Math.ceil(bytes / PAGE);
  const have = memory.buffer.byteLength / PAGE;
  if (pages > have) memory.grow(pages - have);
  return { buffer: memory.buffer, fill, span };
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
