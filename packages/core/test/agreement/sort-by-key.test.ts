import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByIntegerKey } from '../../src/agreement/sort-by-key.js';

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
