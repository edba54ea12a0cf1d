/**
 * A set of state sequences in columnar form (Plot's idiom: typed arrays, no per-row objects), the
 * input of every sequence-analysis function. Mirrors TraMineR's `seqdef` object: an alphabet, one
 * row per sequence, and a void marker after a shorter sequence's end.
 */
export const VOID_STATE = -1;

export interface SequenceSet {
  /** State labels; a state's code is its index here. TraMineR's default order is sorted labels. */
  alphabet: string[];
  /** Sequence ids, one per row. */
  ids: string[];
  /** Number of positions (columns) of the widest sequence. */
  width: number;
  /** Row-major `ids.length × width` state codes; `VOID_STATE` after a sequence's end. */
  states: Int16Array;
  /** Length of each sequence (positions before the first void). */
  lengths: Int32Array;
}

/** The states of sequence `i` (a view, not a copy), `lengths[i]` long. */
export function sequenceAt(set: SequenceSet, i: number): Int16Array {
  const start = i * set.width;
  return set.states.subarray(start, start + (set.lengths[i] ?? 0));
}

/**
 * Builds a set from rows of state labels; an empty string ends a row (void). `alphabet` fixes
 * the state order; otherwise it is the sorted distinct labels, as TraMineR orders factor levels.
 */
export function sequenceSetFromRows(
  ids: string[],
  rows: string[][],
  alphabet?: string[],
): SequenceSet {
  const labels = alphabet ?? [...new Set(rows.flat().filter((s) => s !== ''))].sort();
  const code = new Map(labels.map((l, i) => [l, i]));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const states = new Int16Array(rows.length * width).fill(VOID_STATE);
  const lengths = new Int32Array(rows.length);
  rows.forEach((row, i) => {
    let n = 0;
    while (n < row.length && row[n] !== '') {
      const c = code.get(row[n] as string);
      if (c === undefined)
        throw new RangeError(`state "${row[n]}" of sequence ${ids[i]} is not in the alphabet`);
      states[i * width + n] = c;
      n++;
    }
    lengths[i] = n;
  });
  return { alphabet: labels, ids, width, states, lengths };
}
