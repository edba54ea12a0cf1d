/**
 * Everything a distance computation needs, resolved once from a sequence set and the options the
 * way `seqdist` resolves them (TraMineR 2.2-12 R/seqdist.R; ../shared/seq/README.md §6.3–6.7). A job is plain
 * data (numbers and typed arrays) so it can be posted to worker threads unchanged.
 */
import { distinctSequences } from './distinct-sequences.js';
import type { Normalization, ResolvedNormalization } from './normalize-distance.js';
import type { SequenceSet } from './sequence-set.js';
import {
  constantCosts,
  customCosts,
  timeVaryingTrateCosts,
  trateCosts,
  type SubstitutionCosts,
} from './substitution-costs.js';

export type DistanceMethod = 'OM' | 'HAM' | 'DHD' | 'LCS';
export const DISTANCE_METHODS: readonly DistanceMethod[] = ['OM', 'HAM', 'DHD', 'LCS'];

export interface DistanceOptions {
  method: DistanceMethod;
  /** Substitution costs: "TRATE", "CONSTANT" or a K × K matrix. Defaults as `seqdist`'s. */
  sm?: 'TRATE' | 'CONSTANT' | number[][];
  /** OM's insertion/deletion cost; "auto" (the default) is the cost method's companion indel. */
  indel?: number | 'auto';
  norm?: Normalization;
}

export interface DistanceJob {
  method: DistanceMethod;
  /** Alignment (OM, LCS: dynamic programming) or positional (HAM, DHD: sums per position). */
  kind: 'alignment' | 'positional';
  /** Alphabet size K. */
  size: number;
  /** Number of distinct sequences d. */
  count: number;
  /** For each row of the set, the index of its distinct sequence. */
  distinctOf: Int32Array;
  offsets: Int32Array;
  states: Int16Array;
  /** Longest sequence (positions). */
  width: number;
  /** Alignment: K × K with a zero diagonal. Positional: width × K × K, one matrix per position. */
  costs: Float64Array;
  indel: number;
  norm: ResolvedNormalization;
  /** Alignment: the largest substitution cost counted in maxdist, min(max sm, 2·indel). */
  maxScost: number;
  /** Positional: Σ_t max sm_t, the largest possible distance. */
  maxDist: number;
}

export class DistanceOptionError extends RangeError {
  override name = 'DistanceOptionError';
}

export function prepareDistanceJob(set: SequenceSet, options: DistanceOptions): DistanceJob {
  const distinct = distinctSequences(set);
  const base = { method: options.method, size: set.alphabet.length, width: set.width };
  const shared = { ...base, ...distinct };
  if (options.method === 'OM' || options.method === 'LCS')
    return { ...shared, ...alignmentCosts(set, options), kind: 'alignment', maxDist: 0 };
  requireEqualLengths(set, options.method);
  return { ...shared, ...positionalCosts(set, options), kind: 'positional', indel: 0, maxScost: 0 };
}

/** OM with the given costs; LCS is OM with CONSTANT 2 and indel 1 (../shared/seq/README.md §6.5). */
function alignmentCosts(set: SequenceSet, options: DistanceOptions) {
  const lcs = options.method === 'LCS';
  const sm = lcs ? constantCosts(set.alphabet.length, 2) : costsFor(set, options.sm ?? 'TRATE', 2);
  const indel =
    lcs || options.indel === undefined || options.indel === 'auto' ? sm.indel : options.indel;
  if (!(indel > 0 && Number.isFinite(indel)))
    throw new DistanceOptionError(`indel must be a positive number, not ${indel}`);
  const norm = resolveNorm(options.norm, lcs ? 'gmean' : 'maxlength');
  const costs = Float64Array.from(sm.matrix);
  for (let a = 0; a < sm.size; a++) costs[a * sm.size + a] = 0;
  const maxScost = norm === 'YujianBo' ? 2 * indel : Math.min(maxOffDiagonal(sm), 2 * indel);
  return { costs, indel, norm, maxScost };
}

function positionalCosts(set: SequenceSet, options: DistanceOptions) {
  const norm = resolveNorm(options.norm, 'maxlength');
  const costs = positionalMatrices(set, options);
  const k2 = set.alphabet.length ** 2;
  let maxDist = 0;
  for (let t = 0; t < set.width; t++) maxDist += maxOf(costs.subarray(t * k2, (t + 1) * k2));
  return { costs, norm, maxDist };
}

/** HAM: CONSTANT 1 by default, TRATE with cval 2; DHD: time-varying TRATE with cval 4. */
function positionalMatrices(set: SequenceSet, options: DistanceOptions): Float64Array {
  if (options.method === 'DHD') {
    if (options.sm !== undefined && options.sm !== 'TRATE')
      throw new DistanceOptionError('DHD uses time-varying TRATE costs: give --sm TRATE or none');
    return timeVaryingTrateCosts(set, 4);
  }
  const sm = costsFor(set, options.sm ?? 'CONSTANT', 1);
  const out = new Float64Array(set.width * sm.matrix.length);
  for (let t = 0; t < set.width; t++) out.set(sm.matrix, t * sm.matrix.length);
  return out;
}

function costsFor(
  set: SequenceSet,
  sm: NonNullable<DistanceOptions['sm']>,
  constantValue: number,
): SubstitutionCosts {
  if (sm === 'TRATE') return trateCosts(set, 2);
  if (sm === 'CONSTANT') return constantCosts(set.alphabet.length, constantValue);
  if (sm.length !== set.alphabet.length)
    throw new DistanceOptionError(
      `the substitution matrix has ${sm.length} rows but the alphabet has ${set.alphabet.length} states`,
    );
  return customCosts(sm);
}

function resolveNorm(norm: Normalization | undefined, auto: ResolvedNormalization) {
  if (norm === undefined) return 'none';
  return norm === 'auto' ? auto : norm;
}

function requireEqualLengths(set: SequenceSet, method: DistanceMethod): void {
  const unequal = set.lengths.findIndex((l) => l !== set.width);
  if (unequal >= 0)
    throw new DistanceOptionError(
      `${method} needs sequences of equal length: sequence ${set.ids[unequal]} has ` +
        `${set.lengths[unequal]} states, others ${set.width}; use OM or LCS`,
    );
}

function maxOffDiagonal(sm: SubstitutionCosts): number {
  let max = 0;
  for (let a = 0; a < sm.size; a++)
    for (let b = a + 1; b < sm.size; b++) max = Math.max(max, sm.matrix[a * sm.size + b] as number);
  return max;
}

function maxOf(values: Float64Array): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}
