/**
 * Krippendorff's alpha by the coincidence-matrix method of Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability" (Annenberg School working paper), for any number of
 * coders, missing values and the four levels of measurement:
 *
 *   o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1)     coincidences
 *   n_c = Σ_k o_ck,   n = Σ_c n_c
 *   α = 1 − D_o / D_e = 1 − (n − 1) Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck
 *
 * where m_u is the number of values in unit u. Units with m_u < 2 hold no pair of values, so they
 * are not pairable and are left out. `pairable` is n: the number of values in pairable units
 * (40 in Krippendorff's 2011 example, whose unit 12 has a single value). Per unit, coincidences
 * are formed from value counts (n_uc n_uk, or n_uc(n_uc − 1) on the diagonal) rather than from
 * coder pairs, so the cost is linear in the number of values, not quadratic in coders.
 */
import { differenceMatrix, type AlphaLevel } from './alpha-metrics.js';
import { valueCounts, type RatingValue } from './percent-agreement.js';

export interface KrippendorffAlpha {
  /** Null when undefined: fewer than two pairable values, or no variation among them (D_e = 0). */
  alpha: number | null;
  level: AlphaLevel;
  /** Units (rows) in the data, pairable or not. */
  units: number;
  /** Coders (columns) in the data. */
  coders: number;
  /** n: values in units that hold at least two values. */
  pairable: number;
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
}

/** Rows are units, columns coders, `null` a missing value; numeric levels need number values. */
export function krippendorffAlpha(
  data: readonly (readonly (RatingValue | null)[])[],
  level: AlphaLevel,
): KrippendorffAlpha {
  const coders = data.reduce((max, row) => Math.max(max, row.length), 0);
  const base = { level, units: data.length, coders };
  const tallies = data.map(valueCounts).filter((t) => sumCounts(t) >= 2);
  const values = sortedValues(tallies, level);
  const index = new Map(values.map((v, i) => [v, i]));
  const o = coincidences(tallies, index, values.length);
  const nc = rowSums(o, values.length);
  const n = nc.reduce((s, x) => s + x, 0);
  if (n < 2)
    return {
      ...base,
      alpha: null,
      pairable: n,
      observedDisagreement: null,
      expectedDisagreement: null,
    };
  const delta = differenceMatrix(level, values, nc);
  return { ...base, pairable: n, ...alphaFrom(o, nc, n, delta, values.length) };
}

function sumCounts(t: Map<RatingValue, number>): number {
  let m = 0;
  for (const x of t.values()) m += x;
  return m;
}

function sortedValues(tallies: Map<RatingValue, number>[], level: AlphaLevel): RatingValue[] {
  const set = new Set<RatingValue>();
  for (const t of tallies) for (const v of t.keys()) set.add(v);
  const values = [...set];
  if (level === 'nominal') return values;
  for (const v of values)
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new RangeError(
        `krippendorffAlpha: ${level} data needs numbers, got ${JSON.stringify(v)}`,
      );
  return (values as number[]).sort((a, b) => a - b);
}

function coincidences(
  tallies: Map<RatingValue, number>[],
  index: Map<RatingValue, number>,
  v: number,
): Float64Array {
  const o = new Float64Array(v * v);
  for (const t of tallies) {
    const weight = 1 / (sumCounts(t) - 1);
    const entries = [...t].map(([value, count]) => [index.get(value) as number, count] as const);
    for (const [c, nc] of entries)
      for (const [k, nk] of entries)
        o[c * v + k] = (o[c * v + k] as number) + (c === k ? nc * (nc - 1) : nc * nk) * weight;
  }
  return o;
}

function rowSums(o: Float64Array, v: number): Float64Array {
  const sums = new Float64Array(v);
  for (let c = 0; c < v; c++)
    for (let k = 0; k < v; k++) sums[c] = (sums[c] as number) + (o[c * v + k] as number);
  return sums;
}

function alphaFrom(
  o: Float64Array,
  nc: Float64Array,
  n: number,
  delta: Float64Array,
  v: number,
): Pick<KrippendorffAlpha, 'alpha' | 'observedDisagreement' | 'expectedDisagreement'> {
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++)
    for (let k = 0; k < v; k++) {
      const d = delta[c * v + k] as number;
      observed += (o[c * v + k] as number) * d;
      expected += (nc[c] as number) * (nc[k] as number) * d;
    }
  const dO = observed / n;
  const dE = expected / (n * (n - 1));
  return { alpha: dE > 0 ? 1 - dO / dE : null, observedDisagreement: dO, expectedDisagreement: dE };
}
