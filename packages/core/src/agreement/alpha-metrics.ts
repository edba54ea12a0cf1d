/**
 * Krippendorff's difference functions δ²_ck for the four levels of measurement (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability"; also Content Analysis, 3rd ed. 2013,
 * ch. 12). Values are indexed 0..V−1 in ascending order (any order for nominal data); `n` holds
 * n_c, the number of pairable values equal to value c.
 */
export const ALPHA_LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
export type AlphaLevel = (typeof ALPHA_LEVELS)[number];

/** The V × V matrix of squared differences, row-major. */
export function differenceMatrix(
  level: AlphaLevel,
  values: readonly (string | number)[],
  n: Float64Array,
): Float64Array {
  const v = values.length;
  const delta = new Float64Array(v * v);
  const diff = differenceFunction(level, values, n);
  for (let c = 0; c < v; c++) for (let k = 0; k < v; k++) delta[c * v + k] = diff(c, k);
  return delta;
}

function differenceFunction(
  level: AlphaLevel,
  values: readonly (string | number)[],
  n: Float64Array,
): (c: number, k: number) => number {
  const num = (i: number) => values[i] as number;
  switch (level) {
    case 'nominal':
      /* δ² = 0 if c = k, else 1. */
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      /* δ² = (c − k)². */
      return (c, k) => (num(c) - num(k)) ** 2;
    case 'ratio':
      /* δ² = ((c − k)/(c + k))²; 0 when both are 0 (c = k). */
      return (c, k) => (c === k ? 0 : ((num(c) - num(k)) / (num(c) + num(k))) ** 2);
    case 'ordinal':
      return ordinalDifference(n);
  }
}

/**
 * δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²: the ranks between c and k, weighted by how often
 * each was used, so ordinal α depends on the order of values, not their spacing.
 */
function ordinalDifference(n: Float64Array): (c: number, k: number) => number {
  const prefix = new Float64Array(n.length + 1);
  for (let i = 0; i < n.length; i++) prefix[i + 1] = (prefix[i] as number) + (n[i] as number);
  return (c, k) => {
    const lo = Math.min(c, k);
    const hi = Math.max(c, k);
    const between = (prefix[hi + 1] as number) - (prefix[lo] as number);
    return (between - ((n[c] as number) + (n[k] as number)) / 2) ** 2;
  };
}
