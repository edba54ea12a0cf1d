/**
 * The OM kernel's two engines (the WebAssembly loop and the JavaScript one) against TraMineR's
 * algorithm written out plainly (OMdistance.cpp: strip the common prefix, then the common suffix,
 * then F[r][k] = min(F[r−1][k−1] + sm, min(F[r][k−1], F[r−1][k]) + indel)), bit for bit, on
 * random sets built to share prefixes (so DP rows are reused and widened) and on mvad.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDistanceRows,
  pairCount,
  prepareDistanceJob,
  sequenceSetFromRows,
  type DistanceJob,
  type SequenceSet,
} from '../../src/sequence/index.js';
import { loadMvad } from './reference-data.js';

const STATES = ['a', 'b', 'c', 'd'];

/** TraMineR's OM for one pair of state-code arrays, in its order of operations. */
function strippedOm(x: number[], y: number[], sm: Float64Array, k: number, indel: number) {
  let s = 0;
  while (s < x.length && s < y.length && x[s] === y[s]) s++;
  let mEnd = x.length;
  let nEnd = y.length;
  while (mEnd > s && nEnd > s && x[mEnd - 1] === y[nEnd - 1]) {
    mEnd--;
    nEnd--;
  }
  const xs = x.slice(s, mEnd);
  const ys = y.slice(s, nEnd);
  if (xs.length === 0) return ys.length * indel;
  if (ys.length === 0) return xs.length * indel;
  let prev = Array.from({ length: xs.length + 1 }, (_, c) => c * indel);
  for (let r = 1; r <= ys.length; r++) {
    const cur = [r * indel];
    for (let c = 1; c <= xs.length; c++) {
      const sub =
        (prev[c - 1] as number) + (sm[(ys[r - 1] as number) * k + (xs[c - 1] as number)] as number);
      const ind = Math.min(cur[c - 1] as number, prev[c] as number) + indel;
      cur.push(sub < ind ? sub : ind);
    }
    prev = cur;
  }
  return prev[xs.length] as number;
}

function distinctRows(job: DistanceJob): number[][] {
  return Array.from({ length: job.count }, (_, i) =>
    Array.from(job.states.subarray(job.offsets[i], job.offsets[i + 1])),
  );
}

function run(job: DistanceJob, webAssembly: boolean): Float64Array {
  const out = new Float64Array(pairCount(job.count));
  computeDistanceRows(job, 0, job.count, out, { webAssembly });
  return out;
}

/** Index of the first pair where the two arrays differ in any bit, or −1. */
const firstDifference = (a: Float64Array, b: Float64Array): number =>
  a.findIndex((v, i) => !Object.is(v, b[i]));

function setOf(rows: string[][]): SequenceSet {
  const ids = rows.map((_, i) => `s${i}`);
  return sequenceSetFromRows(ids, rows, STATES);
}

/** Sequences made from a few stems plus random tails, so many share long prefixes. */
const sets = fc
  .array(fc.array(fc.constantFrom(...STATES), { minLength: 0, maxLength: 14 }), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((stems) =>
    fc.array(
      fc
        .tuple(
          fc.nat(stems.length - 1),
          fc.array(fc.constantFrom(...STATES), { minLength: 0, maxLength: 14 }),
        )
        .map(([stem, tail]) => [...(stems[stem] as string[]), ...tail]),
      { minLength: 2, maxLength: 12 },
    ),
  );
const costs = fc
  .array(fc.double({ min: 0.05, max: 3, noNaN: true }), { minLength: 6, maxLength: 6 })
  .map(
    ([ab, ac, ad, bc, bd, cd]) =>
      [
        [0, ab, ac, ad],
        [ab, 0, bc, bd],
        [ac, bc, 0, cd],
        [ad, bd, cd, 0],
      ] as number[][],
  );

describe('OM kernel engines', () => {
  it('both equal TraMineR’s algorithm bit for bit, for any costs, indel and lengths', () => {
    fc.assert(
      fc.property(
        sets,
        costs,
        fc.double({ min: 0.1, max: 2.5, noNaN: true }),
        (rows, sm, indel) => {
          const job = prepareDistanceJob(setOf(rows), { method: 'OM', sm, indel });
          const seqs = distinctRows(job);
          const expected = new Float64Array(pairCount(job.count));
          let at = 0;
          for (let i = 0; i < job.count; i++)
            for (let j = i + 1; j < job.count; j++)
              expected[at++] = strippedOm(seqs[i]!, seqs[j]!, job.costs, job.size, indel);
          expect(firstDifference(run(job, true), expected)).toBe(-1);
          expect(firstDifference(run(job, false), expected)).toBe(-1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('give the same mvad OM matrix (TRATE, indel auto) bit for bit', () => {
    // distances.test.ts compares the default engine with TraMineR's matrix for indel 1.
    const job = prepareDistanceJob(loadMvad(), { method: 'OM', sm: 'TRATE', indel: 'auto' });
    const wasm = run(job, true);
    expect(firstDifference(wasm, run(job, false))).toBe(-1);
    expect(wasm.some((v) => v > 0)).toBe(true);
  });
});
