/**
 * Ranking quality of suggestions against the codes a coder actually applied, per unit and
 * macro-averaged over units that have at least one code (Manning, Raghavan & Schütze 2008,
 * §8.4): precision@k = |top k ∩ relevant| / k, recall@k = |top k ∩ relevant| / |relevant|.
 */

export interface RankScores {
  k: number;
  precision: number;
  recall: number;
  /** Units scored (those with at least one relevant code). */
  units: number;
}

/** `ranked[i]` is unit i's codes best first; `relevant[i]` the codes really applied. */
export function precisionRecallAtK(
  ranked: readonly (readonly string[])[],
  relevant: readonly (readonly string[])[],
  k: number,
): RankScores {
  let precision = 0;
  let recall = 0;
  let units = 0;
  ranked.forEach((r, i) => {
    const truth = new Set(relevant[i] ?? []);
    if (truth.size === 0) return;
    const hits = r.slice(0, k).filter((c) => truth.has(c)).length;
    precision += hits / k;
    recall += hits / truth.size;
    units++;
  });
  return { k, precision: units ? precision / units : 0, recall: units ? recall / units : 0, units };
}
