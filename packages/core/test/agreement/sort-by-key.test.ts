import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByIntegerKey, sortedOrder, sortedValues } from '../../src/agreement/sort-by-key.js';

describe('sortByIntegerKey', () => {
  it('equals a stable comparator sort, packed or not (fractional and huge keys fall back)', () => {
    const keys = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.constantFrom(2 ** 52, -(2 ** 52)),
    );
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 60 }), (list) => {
        const items = list.map((key, i) => ({ key, i }));
        const expected = [...items].sort((x, y) => x.key - y.key || x.i - y.i);
        expect(sortByIntegerKey(items, (x) => x.key)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sortedOrder and sortedValues', () => {
  // Integer keys spanning up to 2^32 − 1 take the radix sort (all three 11-bit digits); wider
  // ones the packed native sort, fractional ones the comparator sort.
  const keys = fc.oneof(
    fc.tuple(fc.nat(0xffff), fc.nat(0xffff)).map(([high, low]) => high * 0x10000 + low),
    fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
    fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }),
  );

  it('orders indexes by key, equal keys by index, and sorts values ascending', () => {
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 60 }), fc.boolean(), (list, narrow) => {
        const values = Float64Array.from(narrow ? list.map((k) => Math.abs(Math.round(k))) : list);
        const expected = values.map((_, i) => i).sort((x, y) => values[x]! - values[y]! || x - y);
        expect([...sortedOrder(values)]).toEqual([...expected]);
        expect([...sortedValues(values)]).toEqual([...values].sort((x, y) => x - y));
      }),
      { numRuns: 300 },
    );
  });
});
