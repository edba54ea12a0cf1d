/**
 * Ward clustering as R's `hclust(method = "ward.D2")` on TraMineR's OM (TRATE, indel 1) matrix
 * for mvad: the merge matrix and all 711 heights exactly, `cutree(k = 4)` memberships as
 * per_sequence.csv; hand-checked small cases for the merge-matrix convention and silhouettes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clusterSizes,
  condensedFromRows,
  cutTree,
  distanceAt,
  silhouette,
  wardD2,
  type CondensedDistances,
} from '../../src/index.js';
import { loadMatrix, SEQ_DIR } from './reference-data.js';

interface ClusterReference {
  hclust_merge: [number, number][];
  hclust_height: number[];
  cluster: { hclust_wardD2_sizes: number[]; hclust_top_heights: number[] };
}

const reference = JSON.parse(
  readFileSync(join(SEQ_DIR, 'reference.json'), 'utf8'),
) as ClusterReference;

function omTrate(): CondensedDistances {
  const { n, values } = loadMatrix('dist_om_trate_indel1.csv.gz');
  return condensedFromRows(
    Array.from({ length: n }, (_, i) => values.subarray(i * n, (i + 1) * n)),
  );
}

/** Points on a line: d = |x_i − x_j|. */
const onLine = (xs: number[]): CondensedDistances =>
  condensedFromRows(xs.map((a) => xs.map((b) => Math.abs(a - b))));

describe('wardD2 on mvad OM-TRATE distances', () => {
  const d = omTrate();
  const tree = wardD2(d);

  it('reproduces hclust ward.D2: every merge and every height', () => {
    const merge = Array.from({ length: 711 }, (_, s) => [tree.merge[2 * s], tree.merge[2 * s + 1]]);
    expect(merge).toEqual(reference.hclust_merge);
    expect([...tree.height]).toEqual(reference.hclust_height);
    const top = [...tree.height].reverse().slice(0, 10);
    expect(top).toEqual(reference.cluster.hclust_top_heights);
  });

  it('cuts into the reference clusters for k = 4 (291 / 229 / 102 / 90)', () => {
    const membership = cutTree(tree, 4);
    expect(clusterSizes(membership, 4)).toEqual(reference.cluster.hclust_wardD2_sizes);
    const lines = readFileSync(join(SEQ_DIR, 'per_sequence.csv'), 'utf8').trim().split('\n');
    const expected = lines.slice(1).map((l) => Number(l.split(',')[1]));
    expect([...membership]).toEqual(expected);
  });

  it('gives silhouette widths in [−1, 1] whose mean is the average', () => {
    const sil = silhouette(d, cutTree(tree, 4));
    expect(sil.widths.every((w) => w >= -1 && w <= 1)).toBe(true);
    const mean = sil.widths.reduce((a, b) => a + b, 0) / sil.widths.length;
    expect(sil.average).toBeCloseTo(mean, 14);
    expect(sil.average).toBeGreaterThan(0.3);
  });
});

describe('wardD2 and cutTree on small cases', () => {
  it('merges 0,1,3 on a line as R does: [-1,-2] at 1, then [-3,1] at √(25/3)', () => {
    const tree = wardD2(onLine([0, 1, 3]));
    expect([...tree.merge]).toEqual([-1, -2, -3, 1]);
    expect(tree.height[0]).toBe(1);
    expect(tree.height[1]).toBeCloseTo(Math.sqrt(25 / 3), 14);
  });

  it('names clusters by merge step and puts singletons first', () => {
    // Pairs (0,1) and (2,3) form first, then join: R writes the last merge as [1, 2].
    const tree = wardD2(onLine([0, 1, 10, 11.5, 30]));
    expect([...tree.merge]).toEqual([-1, -2, -3, -4, 1, 2, -5, 3]);
    expect([...cutTree(tree, 2)]).toEqual([1, 1, 1, 1, 2]);
    expect([...cutTree(tree, 5)]).toEqual([1, 2, 3, 4, 5]);
    expect([...cutTree(tree, 1)]).toEqual([1, 1, 1, 1, 1]);
  });

  it('breaks ties by the first pair, as hclust.f', () => {
    const tree = wardD2(onLine([0, 0, 0, 0]));
    expect([...tree.merge]).toEqual([-1, -2, -3, 1, -4, 2]);
    expect([...tree.height]).toEqual([0, 0, 0]);
  });

  it('refuses bad input', () => {
    expect(() => wardD2({ n: 1, values: new Float64Array(0) })).toThrow(RangeError);
    expect(() => wardD2({ n: 2, values: Float64Array.of(Number.NaN) })).toThrow(RangeError);
    expect(() => cutTree(wardD2(onLine([0, 1])), 3)).toThrow(RangeError);
  });

  it('gives non-decreasing heights and k clusters for any k (random points)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 2, maxLength: 25 }),
        (xs) => {
          const tree = wardD2(onLine(xs));
          for (let s = 1; s < tree.height.length; s++)
            expect(tree.height[s]).toBeGreaterThanOrEqual((tree.height[s - 1] as number) - 1e-9);
          for (let k = 1; k <= xs.length; k++) expect(Math.max(...cutTree(tree, k))).toBe(k);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('silhouette', () => {
  it('follows cluster::silhouette on a hand-checked case', () => {
    // Clusters {0, 1} and {5}: a(0) = 1, b(0) = 5, s = 0.8; a singleton gets 0.
    const d = onLine([0, 1, 5]);
    const sil = silhouette(d, Int32Array.of(1, 1, 2));
    expect([...sil.widths]).toEqual([0.8, 0.75, 0]);
    expect([...sil.neighbour]).toEqual([2, 2, 1]);
    expect(sil.average).toBeCloseTo(1.55 / 3, 15);
    expect(distanceAt(d, 2, 0)).toBe(5);
  });

  it('refuses a single cluster or a membership of the wrong length', () => {
    expect(() => silhouette(onLine([0, 1]), Int32Array.of(1, 1))).toThrow(RangeError);
    expect(() => silhouette(onLine([0, 1]), Int32Array.of(1))).toThrow(RangeError);
  });
});
