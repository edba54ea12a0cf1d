/**
 * Percent agreement: the share of agreeing pairs of values among all pairs that can be formed
 * within units. With two coders this is the familiar "units both coded alike / units both coded";
 * with more coders every pair of coders within a unit counts once (the pairwise definition of
 * Krippendorff 2013, Content Analysis 3rd ed., ch. 12: percent agreement is not chance-corrected
 * and rises with fewer categories, so report it beside α or κ, never alone).
 *
 * Rows are units, columns coders; `null` is a missing value. Units with fewer than two values form
 * no pair and are ignored.
 */
export type RatingValue = string | number;

export interface PercentAgreement {
  /** 0..1, or null when no unit holds two values. */
  agreement: number | null;
  /** Coder pairs compared across all units. */
  pairs: number;
  agreeingPairs: number;
}

export function percentAgreement(
  units: readonly (readonly (RatingValue | null)[])[],
): PercentAgreement {
  let pairs = 0;
  let agreeingPairs = 0;
  for (const unit of units) {
    const counts = valueCounts(unit);
    const m = [...counts.values()].reduce((a, b) => a + b, 0);
    pairs += (m * (m - 1)) / 2;
    for (const n of counts.values()) agreeingPairs += (n * (n - 1)) / 2;
  }
  return { agreement: pairs === 0 ? null : agreeingPairs / pairs, pairs, agreeingPairs };
}

/** How many coders gave each value in one unit (missing values skipped). */
export function valueCounts(unit: readonly (RatingValue | null)[]): Map<RatingValue, number> {
  const counts = new Map<RatingValue, number>();
  for (const v of unit) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
