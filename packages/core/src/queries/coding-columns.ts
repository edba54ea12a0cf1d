/**
 * Codings as parallel typed arrays (one row per coding) so a million of them fit in a few
 * megabytes and are swept without allocating an object each. Text versions and codes are dense
 * indexes; spans are UTF-16 code units, end exclusive.
 */
import type { Id } from '../model/study.js';

export interface CodingColumns {
  length: number;
  /** Dense index of the coding's text version (0 … versionIds.length − 1). */
  version: Int32Array;
  /** Dense index of the coding's code in `codeIds`. */
  code: Int32Array;
  start: Int32Array;
  end: Int32Array;
  versionIds: Id[];
  codeIds: Id[];
  /**
   * True when rows are already grouped by version (version 0's rows first, then 1's, …) and
   * sorted by start within each version, so `versionOrder` need not sort them again.
   */
  sorted?: boolean;
}

/**
 * Collects codings of the given codes row by row (codings of other codes are skipped), growing
 * its arrays by doubling.
 */
export class CodingColumnsBuilder {
  private readonly codeIndex: Map<Id, number>;
  private readonly versionIndex = new Map<Id, number>();
  private cols: Omit<CodingColumns, 'versionIds' | 'codeIds'>;

  constructor(
    readonly codeIds: readonly Id[],
    capacity = 1024,
  ) {
    this.codeIndex = new Map(codeIds.map((id, i) => [id, i]));
    const size = Math.max(1, capacity);
    this.cols = {
      length: 0,
      version: new Int32Array(size),
      code: new Int32Array(size),
      start: new Int32Array(size),
      end: new Int32Array(size),
    };
  }

  push(textVersionId: Id, codeId: Id, startUtf16: number, endUtf16: number): void {
    const code = this.codeIndex.get(codeId);
    if (code === undefined) return;
    let version = this.versionIndex.get(textVersionId);
    if (version === undefined) {
      version = this.versionIndex.size;
      this.versionIndex.set(textVersionId, version);
    }
    if (this.cols.length === this.cols.version.length) this.grow();
    const i = this.cols.length++;
    this.cols.version[i] = version;
    this.cols.code[i] = code;
    this.cols.start[i] = startUtf16;
    this.cols.end[i] = endUtf16;
  }

  private grow(): void {
    const size = this.cols.version.length * 2;
    const copy = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const { length, version, code, start, end } = this.cols;
    this.cols = {
      length,
      version: copy(version),
      code: copy(code),
      start: copy(start),
      end: copy(end),
    };
  }

  build(): CodingColumns {
    const n = this.cols.length;
    return {
      length: n,
      version: this.cols.version.subarray(0, n),
      code: this.cols.code.subarray(0, n),
      start: this.cols.start.subarray(0, n),
      end: this.cols.end.subarray(0, n),
      versionIds: [...this.versionIndex.keys()],
      codeIds: [...this.codeIds],
    };
  }
}

/** Keys below 2^20 rows per version keep `start · 2^20 + row` exact in a double (< 2^53). */
const ROW_BITS = 2 ** 20;

/** Sorts one version's rows (in place) by start, ties in row order. */
function sortByStart(rows: Uint32Array, start: Int32Array): void {
  if (rows.length < ROW_BITS) {
    const keys = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) keys[k] = start[rows[k]!]! * ROW_BITS + k;
    keys.sort();
    const copy = rows.slice();
    for (let k = 0; k < rows.length; k++) rows[k] = copy[keys[k]! % ROW_BITS]!;
    return;
  }
  rows.set(Array.from(rows).sort((a, b) => start[a]! - start[b]! || a - b));
}

function identity(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * Row order grouped by text version and sorted by start within each: a counting sort on the
 * version index, then a numeric typed-array sort per version (native, no comparator calls);
 * rows already `sorted` keep their order.
 * Returns the order and `bounds`, where version v's rows are order[bounds[v] … bounds[v+1]).
 */
export function versionOrder(cols: CodingColumns): { order: Uint32Array; bounds: Uint32Array } {
  const versions = cols.versionIds.length;
  const bounds = new Uint32Array(versions + 1);
  for (let i = 0; i < cols.length; i++) bounds[cols.version[i]! + 1]!++;
  for (let v = 0; v < versions; v++) bounds[v + 1]! += bounds[v]!;
  if (cols.sorted === true) return { order: identity(cols.length), bounds };
  const next = bounds.slice(0, versions);
  const order = new Uint32Array(cols.length);
  for (let i = 0; i < cols.length; i++) order[next[cols.version[i]!]!++] = i;
  for (let v = 0; v < versions; v++) {
    sortByStart(order.subarray(bounds[v]!, bounds[v + 1]!), cols.start);
  }
  return { order, bounds };
}
