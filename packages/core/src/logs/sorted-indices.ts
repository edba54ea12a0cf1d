/**
 * Entry indices kept ascending without repeats: turning-point and continuum evidence lists hold
 * one to a few indices, where inserting in place beats building a Set and sorting a copy.
 */

/** Inserts `x` into the ascending list `sorted` unless present. */
export function insertSorted(sorted: number[], x: number): void {
  let j = sorted.length;
  while (j > 0 && (sorted[j - 1] as number) > x) j--;
  if (sorted[j - 1] === x) return;
  // Indices mostly arrive in order: appending avoids the splice call.
  if (j === sorted.length) sorted.push(x);
  else sorted.splice(j, 0, x);
}
