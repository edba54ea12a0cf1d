/**
 * Distance normalisations of TraMineR's `seqdist(norm = ...)` (C++ `normalizeDistance` in
 * src/distancecalculator.h; ../shared/seq/README.md §6.4–6.6). The definitions follow Studer & Ritschard (2016),
 * "What matters in differences between life trajectories", JRSS A 179(2), §4.4 and Yujian & Bo
 * (2007), "A normalized Levenshtein distance metric", IEEE TPAMI 29(6).
 */
export type Normalization = 'none' | 'auto' | 'maxlength' | 'gmean' | 'maxdist' | 'YujianBo';

/** A normalisation with "auto" resolved for the method. */
export type ResolvedNormalization = Exclude<Normalization, 'auto'>;

export const NORMALIZATIONS: readonly Normalization[] = [
  'none',
  'auto',
  'maxlength',
  'gmean',
  'maxdist',
  'YujianBo',
];

/**
 * Normalises `raw` given the largest possible distance `maxDist` and the two "lengths" l1, l2
 * (OM: length × indel; HAM/DHD: maxDist itself). A zero distance stays 0 under every norm.
 */
export function normalizeDistance(
  raw: number,
  maxDist: number,
  l1: number,
  l2: number,
  norm: ResolvedNormalization,
): number {
  if (raw === 0 || norm === 'none') return raw;
  switch (norm) {
    case 'maxlength':
      return raw / (l1 > l2 ? l1 : l2);
    case 'gmean':
      if (l1 * l2 === 0) return l1 !== l2 ? 1 : 0;
      return 1 - (maxDist - raw) / (2 * Math.sqrt(l1) * Math.sqrt(l2));
    case 'maxdist':
      return maxDist === 0 ? 1 : raw / maxDist;
    case 'YujianBo':
      return maxDist === 0 ? 1 : (2 * raw) / (raw + maxDist);
  }
}
