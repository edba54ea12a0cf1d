/**
 * Code co-occurrence over codings, in two modes:
 *
 * - `overlap`: cell (i, j) counts unordered pairs of codings {a, b} in the same text version,
 *   a of code i and b of code j, whose half-open spans share at least one code unit
 *   (max(start) < min(end)); an empty span overlaps nothing. The diagonal counts pairs of two
 *   codings of the same code that overlap (two coders marking the same passage, say).
 * - `unit`: cell (i, j) counts units (police-log entries, transcript turns, document sections)
 *   touched by at least one coding of i and one of j; the diagonal counts units touched by code i.
 *   This is "co-occurrence within the same segment" as ATLAS.ti and MAXQDA offer it.
 *
 * Overlap pairs are reported by a sweep line over each version's codings sorted by start, keeping
 * the "active" codings whose end lies beyond the sweep position: the interval-intersection
 * reporting of Shamos & Hoey, "Geometric intersection problems", FOCS 1976 (see de Berg et al.,
 * Computational Geometry, 3rd ed., ch. 10). Time O(n log n + k) for n codings and k pairs,
 * against O(n²) for comparing every pair.
 */
import type { Id } from '../model/study.js';
import type { Structure } from '../model/source.js';
import { versionOrder, type CodingColumns } from './coding-columns.js';

export const COOCCURRENCE_MODES = ['overlap', 'unit'] as const;
export type CooccurrenceMode = (typeof COOCCURRENCE_MODES)[number];

export interface CooccurrenceMatrix {
  mode: CooccurrenceMode;
  codeIds: Id[];
  /** counts[i][j] as described above; symmetric. */
  counts: number[][];
  /** Codings of each code (what the matrix was computed over). */
  codings: number[];
}

/** Adds one unordered pair of codes to a row-major symmetric matrix. */
function addPair(counts: Uint32Array, size: number, i: number, j: number): void {
  counts[i * size + j]!++;
  if (i !== j) counts[j * size + i]!++;
}

/** Sweeps one version's rows (sorted by start) and counts every overlapping pair. */
function sweepVersion(
  cols: CodingColumns,
  rows: Uint32Array,
  active: Int32Array,
  out: Uint32Array,
) {
  const size = cols.codeIds.length;
  let live = 0;
  for (const row of rows) {
    const start = cols.start[row]!;
    if (cols.end[row]! <= start) continue;
    const code = cols.code[row]!;
    let kept = 0;
    for (let k = 0; k < live; k++) {
      const other = active[k]!;
      if (cols.end[other]! <= start) continue; // ends before the sweep: never overlaps again
      active[kept++] = other;
      addPair(out, size, code, cols.code[other]!);
    }
    active[kept] = row;
    live = kept + 1;
  }
}

/** Overlap co-occurrence as a row-major code × code count matrix. */
export function countOverlaps(cols: CodingColumns): Uint32Array {
  const size = cols.codeIds.length;
  const out = new Uint32Array(size * size);
  const { order, bounds } = versionOrder(cols);
  const active = new Int32Array(cols.length);
  for (let v = 0; v + 1 < bounds.length; v++) {
    sweepVersion(cols, order.subarray(bounds[v]!, bounds[v + 1]!), active, out);
  }
  return out;
}

/** Unit spans of each text version, by the version's dense index; sorted, non-overlapping. */
export interface UnitSpans {
  start: Int32Array;
  end: Int32Array;
}

/** Whole log entries, transcript turns or document sections of a structure. */
export function unitSpansOf(structure: Structure): UnitSpans {
  const spans: readonly { startUtf16: number; endUtf16: number }[] =
    structure.kind === 'police_log'
      ? structure.entries
      : structure.kind === 'transcript'
        ? structure.turns
        : structure.sections;
  return {
    start: Int32Array.from(spans, (s) => s.startUtf16),
    end: Int32Array.from(spans, (s) => s.endUtf16),
  };
}

interface UnitSweep {
  active: Int32Array;
  stamp: Int32Array;
  distinct: Int32Array;
  unitsSeen: number;
}

/** Distinct codes among the active codings touching [uStart, uEnd); returns how many. */
function codesInUnit(cols: CodingColumns, sweep: UnitSweep, live: number, uEnd: number): number {
  const tag = ++sweep.unitsSeen;
  let found = 0;
  for (let k = 0; k < live; k++) {
    const row = sweep.active[k]!;
    if (cols.start[row]! >= uEnd) continue;
    const code = cols.code[row]!;
    if (sweep.stamp[code] === tag) continue;
    sweep.stamp[code] = tag;
    sweep.distinct[found++] = code;
  }
  return found;
}

/** Unit co-occurrence for one version; an empty coding counts as the code unit at its start. */
function unitVersion(
  cols: CodingColumns,
  rows: Uint32Array,
  units: UnitSpans,
  sweep: UnitSweep,
  out: Uint32Array,
): void {
  const size = cols.codeIds.length;
  let next = 0;
  let live = 0;
  const endOf = (row: number) => Math.max(cols.end[row]!, cols.start[row]! + 1);
  for (let u = 0; u < units.start.length; u++) {
    const uStart = units.start[u]!;
    const uEnd = units.end[u]!;
    while (next < rows.length && cols.start[rows[next]!]! < uEnd)
      sweep.active[live++] = rows[next++]!;
    let kept = 0;
    for (let k = 0; k < live; k++) {
      const row = sweep.active[k]!;
      if (endOf(row) > uStart) sweep.active[kept++] = row; // later units start later still
    }
    live = kept;
    const found = codesInUnit(cols, sweep, live, uEnd);
    for (let a = 0; a < found; a++) {
      for (let b = a; b < found; b++) addPair(out, size, sweep.distinct[a]!, sweep.distinct[b]!);
    }
  }
}

/**
 * Unit co-occurrence as a row-major code × code count matrix. `unitsOf(v)` gives the units of
 * the version with dense index v (cols.versionIds[v]); codings outside every unit count nowhere.
 */
export function countUnitCooccurrence(
  cols: CodingColumns,
  unitsOf: (version: number) => UnitSpans,
): Uint32Array {
  const size = cols.codeIds.length;
  const out = new Uint32Array(size * size);
  const { order, bounds } = versionOrder(cols);
  const sweep: UnitSweep = {
    active: new Int32Array(cols.length),
    stamp: new Int32Array(size),
    distinct: new Int32Array(size),
    unitsSeen: 0,
  };
  for (let v = 0; v + 1 < bounds.length; v++) {
    unitVersion(cols, order.subarray(bounds[v]!, bounds[v + 1]!), unitsOf(v), sweep, out);
  }
  return out;
}

/** Codings per code. */
export function codingsPerCode(cols: CodingColumns): number[] {
  const counts = new Array<number>(cols.codeIds.length).fill(0);
  for (let i = 0; i < cols.length; i++) counts[cols.code[i]!]!++;
  return counts;
}

/** The JSON shape of a row-major count matrix. */
export function cooccurrenceMatrix(
  mode: CooccurrenceMode,
  cols: CodingColumns,
  counts: Uint32Array,
): CooccurrenceMatrix {
  const size = cols.codeIds.length;
  const rows = Array.from({ length: size }, (_, i) =>
    Array.from(counts.subarray(i * size, (i + 1) * size)),
  );
  return { mode, codeIds: [...cols.codeIds], counts: rows, codings: codingsPerCode(cols) };
}
