/**
 * Sums as R's `sum()` does. R accumulates in 80-bit long double and rounds once at the end, so a
 * plain double loop can differ from it in the last bits. Neumaier's compensated summation keeps
 * the rounding error of every addition and adds it back once, which gives the same double as R
 * except in rare double-rounding ties (README §6.9 in ../shared/seq: compare aggregates at 1e-12).
 */
export class RSum {
  private sum = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.sum + x;
    this.compensation += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    return this.sum + this.compensation;
  }
}

/** R's `sum(values)`. */
export function rSum(values: ArrayLike<number>): number {
  const acc = new RSum();
  for (let i = 0; i < values.length; i++) acc.add(values[i] as number);
  return acc.value;
}
