/**
 * Properties of the distance kernels on random sequences, against direct implementations of the
 * definitions (README §6.4–6.6) without TraMineR's prefix/suffix stripping or deduplication.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distanceBetween,
  sequenceDistances,
  sequenceSetFromRows,
  type SequenceSet,
} from '../../src/sequence/index.js';

const STATES = ['a', 'b', 'c', 'd'];

function setOf(rows: string[][]): SequenceSet {
  return sequenceSetFromRows(
    rows.map((_, i) => `s${i}`),
    rows,
    STATES,
  );
}

/** The plain OM dynamic programme over the whole sequences. */
function naiveOm(x: string[], y: string[], sm: number[][], indel: number): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j * indel);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i * indel];
    for (let j = 1; j <= y.length; j++) {
      const a = STATES.indexOf(x[i - 1] as string);
      const b = STATES.indexOf(y[j - 1] as string);
      const sub = (prev[j - 1] as number) + (a === b ? 0 : (sm[a]?.[b] as number));
      cur.push(Math.min(sub, Math.min(cur[j - 1] as number, prev[j] as number) + indel));
    }
    prev = cur;
  }
  return prev[y.length] as number;
}

/** Length of a longest common subsequence. */
function llcs(x: string[], y: string[]): number {
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = [0];
    for (let j = 1; j <= y.length; j++)
      cur.push(
        x[i - 1] === y[j - 1]
          ? (prev[j - 1] as number) + 1
          : Math.max(cur[j - 1] as number, prev[j] as number),
      );
    prev = cur;
  }
  return prev[y.length] as number;
}

const sequence = (min: number, max: number) =>
  fc.array(fc.constantFrom(...STATES), { minLength: min, maxLength: max });
const costs = fc
  .array(fc.double({ min: 0.1, max: 3, noNaN: true }), { minLength: 6, maxLength: 6 })
  .map(
    ([ab, ac, ad, bc, bd, cd]) =>
      [
        [0, ab, ac, ad],
        [ab, 0, bc, bd],
        [ac, bc, 0, cd],
        [ad, bd, cd, 0],
      ] as number[][],
  );

describe('distance kernels', () => {
  it('OM equals the plain dynamic programme (to rounding) for any costs and indel', () => {
    fc.assert(
      fc.property(
        fc.array(sequence(1, 12), { minLength: 2, maxLength: 6 }),
        costs,
        fc.double({ min: 0.2, max: 2, noNaN: true }),
        (rows, sm, indel) => {
          const d = sequenceDistances(setOf(rows), { method: 'OM', sm, indel });
          for (let i = 0; i < rows.length; i++)
            for (let j = 0; j < rows.length; j++) {
              const expected =
                i === j ? 0 : naiveOm(rows[i] as string[], rows[j] as string[], sm, indel);
              expect(Math.abs(distanceBetween(d, i, j) - expected)).toBeLessThan(1e-12);
            }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('LCS is m + n − 2·LLCS and HAM counts mismatches', () => {
    fc.assert(
      fc.property(fc.array(sequence(8, 8), { minLength: 2, maxLength: 6 }), (rows) => {
        const lcs = sequenceDistances(setOf(rows), { method: 'LCS' });
        const ham = sequenceDistances(setOf(rows), { method: 'HAM' });
        const [x, y] = [rows[0] as string[], rows[1] as string[]];
        expect(distanceBetween(lcs, 0, 1)).toBe(16 - 2 * llcs(x, y));
        expect(distanceBetween(ham, 0, 1)).toBe(x.filter((s, t) => s !== y[t]).length);
      }),
      { numRuns: 150 },
    );
  });
});
