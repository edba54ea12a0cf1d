/**
 * Cohen's kappa for two coders and nominal categories (Cohen 1960, "A coefficient of agreement
 * for nominal scales", Educational and Psychological Measurement 20:37–46):
 *
 *   κ = (p_o − p_e) / (1 − p_e),  p_o = Σ_c p_cc,  p_e = Σ_c p_c· · p_·c
 *
 * where p_cc is the share of units both coders put in category c and p_c·, p_·c are each coder's
 * own marginal shares (unlike Scott's π, each coder keeps their own distribution). Its standard
 * error is Cohen's (1960) large-sample approximation σ_κ = √(p_o(1 − p_o) / (N(1 − p_e)²)).
 *
 * Missing values: only units that both coders rated are used (N counts them); a unit one coder
 * skipped is neither agreement nor disagreement.
 */
import type { RatingValue } from './percent-agreement.js';

export interface CohensKappa {
  /** Null when p_e = 1 (both coders used one and the same category throughout): κ is undefined. */
  kappa: number | null;
  /** p_o: share of units both coded where they agree (0..1), null with no such unit. */
  percentAgreement: number | null;
  /** p_e: agreement expected from the two coders' marginal distributions. */
  expectedAgreement: number | null;
  standardError: number | null;
  /** Units rated by both coders. */
  units: number;
}

/** κ from two parallel rating arrays (index = unit); `null` marks a missing rating. */
export function cohensKappa(
  a: readonly (RatingValue | null)[],
  b: readonly (RatingValue | null)[],
): CohensKappa {
  if (a.length !== b.length)
    throw new RangeError(
      `cohensKappa: ${a.length} ratings for one coder, ${b.length} for the other`,
    );
  const pairs: [RatingValue, RatingValue][] = [];
  a.forEach((x, i) => {
    const y = b[i] ?? null;
    if (x !== null && y !== null) pairs.push([x, y]);
  });
  return kappaFromPairs(pairs);
}

function kappaFromPairs(pairs: [RatingValue, RatingValue][]): CohensKappa {
  const n = pairs.length;
  if (n === 0)
    return {
      kappa: null,
      percentAgreement: null,
      expectedAgreement: null,
      standardError: null,
      units: 0,
    };
  const rowTotals = new Map<RatingValue, number>();
  const colTotals = new Map<RatingValue, number>();
  let agreeing = 0;
  for (const [x, y] of pairs) {
    rowTotals.set(x, (rowTotals.get(x) ?? 0) + 1);
    colTotals.set(y, (colTotals.get(y) ?? 0) + 1);
    if (x === y) agreeing++;
  }
  let expected = 0;
  for (const [c, r] of rowTotals) expected += (r / n) * ((colTotals.get(c) ?? 0) / n);
  return fromProportions(agreeing / n, expected, n);
}

/**
 * κ from a square contingency table of counts (rows coder A, columns coder B, same category
 * order), as Cohen (1960, Table 1) lays the data out.
 */
export function cohensKappaFromTable(table: readonly (readonly number[])[]): CohensKappa {
  const k = table.length;
  if (table.some((row) => row.length !== k))
    throw new RangeError('cohensKappaFromTable: the table must be square');
  const n = table.flat().reduce((s, x) => s + x, 0);
  if (n === 0)
    return {
      kappa: null,
      percentAgreement: null,
      expectedAgreement: null,
      standardError: null,
      units: 0,
    };
  let agreeing = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    const row = table[c] as readonly number[];
    agreeing += row[c] as number;
    const rowSum = row.reduce((s, x) => s + x, 0);
    const colSum = table.reduce((s, r) => s + (r[c] as number), 0);
    expected += (rowSum / n) * (colSum / n);
  }
  return fromProportions(agreeing / n, expected, n);
}

function fromProportions(po: number, pe: number, n: number): CohensKappa {
  const defined = pe < 1;
  return {
    kappa: defined ? (po - pe) / (1 - pe) : null,
    percentAgreement: po,
    expectedAgreement: pe,
    standardError: defined ? Math.sqrt((po * (1 - po)) / (n * (1 - pe) ** 2)) : null,
    units: n,
  };
}
