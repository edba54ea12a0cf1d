import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, lowerBounds } from '../../src/agreement/unitizing-sums.js';

describe('lowerBounds', () => {
  it('equals one binary search per query', () => {
    const value = fc.oneof(
      fc.integer({ min: -50, max: 50 }),
      fc.double({ min: -50, max: 50, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 40 }),
        fc.array(value, { maxLength: 40 }),
        (s, q) => {
          const sorted = Float64Array.from(s).sort();
          const queries = Float64Array.from(q);
          expect([...lowerBounds(sorted, queries)]).toEqual(q.map((x) => lowerBound(sorted, x)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
