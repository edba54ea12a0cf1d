/**
 * Fleiss' kappa for many coders with a fixed number of ratings per unit (Fleiss 1971, "Measuring
 * nominal scale agreement among many raters", Psychological Bulletin 76:378–382).
 * With N units, n ratings per unit and n_ij the number of ratings of unit i in category j:
 *
 *   p_j = Σ_i n_ij / (N n)                      share of all ratings in category j
 *   P_i = (Σ_j n_ij² − n) / (n (n − 1))         agreeing rater pairs in unit i
 *   P̄ = Σ_i P_i / N,   P̄_e = Σ_j p_j²,   κ = (P̄ − P̄_e) / (1 − P̄_e)
 *
 * The raters of different units need not be the same people, but each unit must have exactly n
 * ratings; with missing values use Krippendorff's α instead.
 */
import { valueCounts, type RatingValue } from './percent-agreement.js';

export interface FleissKappa {
  /** Null when P̄_e = 1 (every rating in one category). */
  kappa: number | null;
  observedAgreement: number;
  expectedAgreement: number;
  units: number;
  ratingsPerUnit: number;
}

/** κ from the N × k table of counts n_ij, Fleiss's own layout. */
export function fleissKappa(counts: readonly (readonly number[])[]): FleissKappa {
  const units = counts.length;
  const n = counts[0]?.reduce((s, x) => s + x, 0) ?? 0;
  if (units === 0 || n < 2)
    throw new RangeError('fleissKappa: need units with at least 2 ratings each');
  counts.forEach((row, i) => {
    const m = row.reduce((s, x) => s + x, 0);
    if (m !== n)
      throw new RangeError(
        `fleissKappa: unit ${i + 1} has ${m} ratings, the first has ${n}; Fleiss' κ needs the same number for every unit`,
      );
  });
  const categories = counts[0]?.length ?? 0;
  let observed = 0;
  for (const row of counts) observed += (row.reduce((s, x) => s + x * x, 0) - n) / (n * (n - 1));
  observed /= units;
  let expected = 0;
  for (let j = 0; j < categories; j++) {
    const pj = counts.reduce((s, row) => s + (row[j] ?? 0), 0) / (units * n);
    expected += pj * pj;
  }
  const kappa = expected < 1 ? (observed - expected) / (1 - expected) : null;
  return {
    kappa,
    observedAgreement: observed,
    expectedAgreement: expected,
    units,
    ratingsPerUnit: n,
  };
}

/** κ from ratings (rows units, columns raters, no missing values), tallied into Fleiss's table. */
export function fleissKappaFromRatings(units: readonly (readonly RatingValue[])[]): FleissKappa {
  const categories = [...new Set(units.flat())];
  const counts = units.map((unit) => {
    const tally = valueCounts(unit);
    return categories.map((c) => tally.get(c) ?? 0);
  });
  return fleissKappa(counts);
}
