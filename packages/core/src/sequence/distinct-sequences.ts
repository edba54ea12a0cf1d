/**
 * Distinct sequences, as `seqdist` keeps `unique()` rows before computing distances (TraMineR
 * R/seqdist.R; ../shared/seq/README.md §6.1): work and memory then grow with the number of distinct sequences,
 * and the n × n result is read through `distinctOf`.
 */
import { sequenceAt, type SequenceSet } from './sequence-set.js';

export interface DistinctSequences {
  /** Number of distinct sequences d. */
  count: number;
  /** For each row of the set, the index (0..d−1) of its distinct sequence. */
  distinctOf: Int32Array;
  /** Start of each distinct sequence in `states`; `offsets[d]` is the total length. */
  offsets: Int32Array;
  /**
   * The distinct sequences' states, concatenated in lexicographic order of their codes (a prefix
   * before its extensions): neighbours then share long prefixes, which the OM kernel exploits.
   */
  states: Int16Array;
}

export function distinctSequences(set: SequenceSet): DistinctSequences {
  const n = set.ids.length;
  const firstRow = new Map<string, number>();
  const keys = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    keys[i] = keyOf(sequenceAt(set, i));
    if (!firstRow.has(keys[i] as string)) firstRow.set(keys[i] as string, i);
  }
  // Code-unit order of the keys is the lexicographic order of the state codes.
  const ordered = [...firstRow.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ordered.map((key, d) => [key, d]));
  const firstRows = ordered.map((key) => firstRow.get(key) as number);
  const distinctOf = Int32Array.from(keys, (key) => index.get(key) as number);
  return { count: ordered.length, distinctOf, ...pack(set, firstRows) };
}

/** A sequence as a string of UTF-16 code units (codes are small non-negative integers). */
function keyOf(seq: Int16Array): string {
  let key = '';
  for (const s of seq) key += String.fromCharCode(s);
  return key;
}

function pack(set: SequenceSet, rows: number[]): { offsets: Int32Array; states: Int16Array } {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach(
    (row, d) => (offsets[d + 1] = (offsets[d] as number) + (set.lengths[row] as number)),
  );
  const states = new Int16Array(offsets[rows.length] as number);
  rows.forEach((row, d) => states.set(sequenceAt(set, row), offsets[d]));
  return { offsets, states };
}
