/**
 * Sorts items by an integer key (UTF-16 offsets, coder indexes). Keys spanning under 2^32 take a
 * radix sort; wider ones the engine's native numeric sort of `(key − min) · n + index` packed into
 * one double; both are several times faster than a comparator sort on objects. When that pack
 * would exceed 2^53 (or a key is not an integer) it falls back to a comparator sort. Items with
 * equal keys keep their input order.
 */
export function sortByIntegerKey<T>(items: readonly T[], key: (item: T) => number): T[] {
  const keys = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) keys[i] = key(items[i] as T);
  const order = sortedOrder(keys);
  const out = new Array<T>(items.length);
  for (let i = 0; i < order.length; i++) out[i] = items[order[i] as number] as T;
  return out;
}

/**
 * Indexes 0..n−1 ordered by `keys[i]`, equal keys in index order (the same packed sort). `keys`
 * is left as it was.
 */
export function sortedOrder(keys: Float64Array): Int32Array {
  const n = keys.length;
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    if (k < min) min = k;
    if (k > max) max = k;
    if (!Number.isInteger(k)) integral = false;
  }
  if (integral && max - min < 2 ** 32) return radixOrder(keys, min, max - min);
  if (!integral || (max - min + 1) * n >= 2 ** 53) return comparatorOrder(keys);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = ((keys[i] as number) - min) * n + i;
  packed.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % n;
  return order;
}

/** Ascending copy of `values`: a radix sort when they are integers spanning under 2^32. */
export function sortedValues(values: Float64Array): Float64Array {
  const order = sortedOrder(values);
  const out = new Float64Array(values.length);
  for (let i = 0; i < order.length; i++) out[i] = values[order[i] as number] as number;
  return out;
}

/** Radix digits of 11 bits: 2,048 counters stay in the L1 cache, and 3 passes cover 2^33. */
const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/**
 * Stable least-significant-digit radix sort of the indexes (Knuth, TAOCP vol. 3, §5.2.5) on
 * `keys[i] − min`, integers in [0, range] with range < 2^32; O(n) per 11-bit digit.
 */
function radixOrder(keys: Float64Array, min: number, range: number): Int32Array {
  const n = keys.length;
  const digits = new Uint32Array(n);
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    digits[i] = (keys[i] as number) - min;
    order[i] = i;
  }
  let next = new Int32Array(n);
  const count = new Int32Array(DIGIT_MASK + 2);
  for (let shift = 0; shift < 32 - Math.clz32(range); shift += DIGIT_BITS) {
    radixPass(digits, shift, count, order, next);
    [order, next] = [next, order];
  }
  return order;
}

/** One stable counting-sort pass on the digit at `shift`: `from` reordered into `to`. */
function radixPass(
  digits: Uint32Array,
  shift: number,
  count: Int32Array,
  from: Int32Array,
  to: Int32Array,
): void {
  count.fill(0);
  for (let i = 0; i < digits.length; i++) {
    const d = (((digits[i] as number) >>> shift) & DIGIT_MASK) + 1;
    count[d] = (count[d] as number) + 1;
  }
  for (let d = 1; d < count.length; d++) count[d] = (count[d] as number) + (count[d - 1] as number);
  for (let i = 0; i < from.length; i++) {
    const j = from[i] as number;
    const d = ((digits[j] as number) >>> shift) & DIGIT_MASK;
    const at = count[d] as number;
    to[at] = j;
    count[d] = at + 1;
  }
}

function comparatorOrder(keys: Float64Array): Int32Array {
  const order = Array.from({ length: keys.length }, (_, i) => i);
  order.sort((x, y) => (keys[x] as number) - (keys[y] as number) || x - y);
  return Int32Array.from(order);
}
