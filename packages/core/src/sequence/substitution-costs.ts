/**
 * Substitution costs as TraMineR 2.2-12 builds them (`seqcost` / `seqsubm`, R/seqcost.R and
 * R/seqtrate.R; ../shared/seq/README.md §6.2–6.3). Matrices are row-major `K × K` Float64Arrays
 * over state codes; the time-varying kind stacks one such matrix per position.
 */
import { sequenceAt, type SequenceSet } from './sequence-set.js';

export interface SubstitutionCosts {
  /** Alphabet size K. */
  size: number;
  /** `K × K` costs, row-major, 0 on the diagonal. */
  matrix: Float64Array;
  /** TraMineR's companion indel (`seqcost(...)$indel`): 1 for CONSTANT, max/2 for TRATE. */
  indel: number;
}

/** `seqcost(method = "CONSTANT", cval)`: cval off the diagonal, 0 on it; indel 1. */
export function constantCosts(size: number, cval = 2): SubstitutionCosts {
  const matrix = new Float64Array(size * size).fill(cval);
  for (let a = 0; a < size; a++) matrix[a * size + a] = 0;
  return { size, matrix, indel: 1 };
}

/** Costs from a user matrix (`seqdist(sm = m)`): the "auto" indel is then max(sm)/2. */
export function customCosts(rows: number[][]): SubstitutionCosts {
  const size = rows.length;
  const matrix = new Float64Array(size * size);
  rows.forEach((row, a) => {
    if (row.length !== size) throw new RangeError('the substitution matrix must be square');
    row.forEach((v, b) => (matrix[a * size + b] = v));
  });
  return { size, matrix, indel: maxOf(matrix) / 2 };
}

/**
 * `seqcost(method = "TRATE")`: sm[a][b] = (cval − p(a→b)) − p(b→a), computed once per a < b in
 * that order and mirrored (floating-point subtraction is not order-free); indel = max(sm)/2.
 */
export function trateCosts(set: SequenceSet, cval = 2): SubstitutionCosts {
  const size = set.alphabet.length;
  const p = transitionRatesOf(transitionCounts(set, 0, set.width - 1), size);
  const matrix = new Float64Array(size * size);
  for (let a = 0; a < size; a++)
    for (let b = a + 1; b < size; b++) {
      const c = cval - (p[a * size + b] as number) - (p[b * size + a] as number);
      matrix[a * size + b] = c;
      matrix[b * size + a] = c;
    }
  return { size, matrix, indel: maxOf(matrix) / 2 };
}

/**
 * Time-varying TRATE (`seqcost(method = "TRATE", time.varying = TRUE, transition = "both")`,
 * DHD's default with cval 4): one `K × K` matrix per position t. Inside, c = ((((0 − p_{t−1}(a,b))
 * − p_{t−1}(b,a)) − p_t(a,b)) − p_t(b,a)) + cval; at the first and last position only the one
 * existing rate pair is used, doubled. Costs are clamped at 0. Returns `width × K × K` values.
 */
export function timeVaryingTrateCosts(set: SequenceSet, cval = 4): Float64Array {
  const size = set.alphabet.length;
  const rates: Float64Array[] = [];
  for (let t = 0; t + 1 < set.width; t++)
    rates.push(transitionRatesOf(transitionCounts(set, t, t + 1), size));
  const out = new Float64Array(set.width * size * size);
  for (let t = 0; t < set.width; t++) {
    const before = rates[t - 1];
    const after = rates[t];
    for (let a = 0; a < size; a++)
      for (let b = a + 1; b < size; b++) {
        const c = Math.max(0, positionCost(before, after, a * size + b, b * size + a, cval));
        out[t * size * size + a * size + b] = c;
        out[t * size * size + b * size + a] = c;
      }
  }
  return out;
}

function positionCost(
  before: Float64Array | undefined,
  after: Float64Array | undefined,
  ab: number,
  ba: number,
  cval: number,
): number {
  let cost = 0;
  if (before) cost = cost - (before[ab] as number) - (before[ba] as number);
  if (after) cost = cost - (after[ab] as number) - (after[ba] as number);
  // TraMineR doubles the one-sided sum at the ends so every position weighs two transitions.
  if (!before || !after) cost = cost * 2;
  return cost + cval;
}

/**
 * Lag-1 transition counts from positions t ∈ [first, last) to t + 1 (0-based), `K × K` plus the
 * per-origin totals PA[a] in the last K slots: transitions into a void state are not counted
 * (../shared/seq/README.md §6.2).
 */
function transitionCounts(set: SequenceSet, first: number, last: number): Float64Array {
  const size = set.alphabet.length;
  const counts = new Float64Array(size * size + size);
  for (let i = 0; i < set.ids.length; i++) {
    const seq = sequenceAt(set, i);
    const end = Math.min(last, seq.length - 1);
    for (let t = first; t < end; t++) {
      const a = seq[t] as number;
      counts[a * size + (seq[t + 1] as number)]! += 1;
      counts[size * size + a]! += 1;
    }
  }
  return counts;
}

/** p(a→b) = N[a][b] / PA[a], a row of zeros when PA[a] = 0. */
function transitionRatesOf(counts: Float64Array, size: number): Float64Array {
  const rates = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    const total = counts[size * size + a] as number;
    if (total === 0) continue;
    for (let b = 0; b < size; b++) rates[a * size + b] = (counts[a * size + b] as number) / total;
  }
  return rates;
}

function maxOf(values: Float64Array): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}
