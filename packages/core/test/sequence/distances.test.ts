import { beforeAll, describe, expect, it } from 'vitest';
import {
  customCosts,
  distancesFromCondensed,
  normalizeRows,
  prepareDistanceJob,
  distanceBetween,
  fullDistanceMatrix,
  sequenceDistances,
  sequenceSetFromRows,
  timeVaryingTrateCosts,
  trateCosts,
  type DistanceOptions,
  type SequenceDistances,
  type SequenceSet,
} from '../../src/sequence/index.js';
import { loadMatrix, loadMvad, loadReference, type Reference } from './reference-data.js';

let mvad: SequenceSet;
let ref: Reference;
beforeAll(() => {
  mvad = loadMvad();
  ref = loadReference();
});

/** The largest |ours − TraMineR's| over every pair, and the first pair where it occurs. */
function worstPair(d: SequenceDistances, expected: { n: number; values: Float64Array }) {
  let worst = { diff: 0, i: 0, j: 0 };
  for (let i = 0; i < expected.n; i++)
    for (let j = 0; j < expected.n; j++) {
      const diff = Math.abs(
        distanceBetween(d, i, j) - (expected.values[i * expected.n + j] as number),
      );
      if (!(diff <= worst.diff)) worst = { diff, i, j };
    }
  return worst;
}

function upperSummary(d: SequenceDistances) {
  const n = d.ids.length;
  let sum = 0;
  let max = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = distanceBetween(d, i, j);
      sum += v;
      max = Math.max(max, v);
    }
  return { mean: sum / ((n * (n - 1)) / 2), max };
}

describe('substitution costs', () => {
  it('TRATE equals seqsubm(method = "TRATE") bit for bit, with indel auto = max/2', () => {
    const sm = trateCosts(mvad);
    expect(Array.from(sm.matrix)).toEqual(ref.sm_trate.flat());
    expect(sm.indel).toBe(ref.sm_trate_auto_indel);
  });

  it('time-varying TRATE (cval 4) equals DHD’s costs at every position', () => {
    expect(Array.from(timeVaryingTrateCosts(mvad, 4))).toEqual(ref.sm_dhd_trate_tv.flat(2));
  });

  it('a user matrix gets indel max/2', () => {
    expect(customCosts(ref.toy.sm).indel).toBe(1);
  });
});

const METHODS: [string, DistanceOptions, string][] = [
  ['OM_trate_indel1', { method: 'OM', sm: 'TRATE', indel: 1 }, 'dist_om_trate_indel1.csv.gz'],
  ['HAM', { method: 'HAM' }, 'dist_ham.csv.gz'],
  ['LCS', { method: 'LCS' }, 'dist_lcs.csv.gz'],
  ['DHD', { method: 'DHD' }, 'dist_dhd.csv.gz'],
];

/** Raw distances per method, computed once: normalisations are applied to copies of them. */
const raw = new Map<string, SequenceDistances>();
function rawDistances(name: string, options: DistanceOptions): SequenceDistances {
  const cached = raw.get(name) ?? sequenceDistances(mvad, options);
  raw.set(name, cached);
  return cached;
}

function normalized(name: string, options: DistanceOptions): SequenceDistances {
  const job = prepareDistanceJob(mvad, options);
  const values = rawDistances(name, { ...options, norm: 'none' }).condensed.slice();
  normalizeRows(job, 0, job.count, values);
  return distancesFromCondensed(mvad.ids, job, values);
}

describe('full 712 × 712 matrices equal TraMineR’s on every pair', () => {
  it.each(METHODS)('%s', (name, options, file) => {
    const worst = worstPair(rawDistances(name, options), loadMatrix(file));
    // The issue asks for 1e-9; the kernels reproduce TraMineR bit for bit (README §6.4).
    expect(worst).toEqual({ diff: 0, i: 0, j: 0 });
  });
});

describe('normalisations match the reference summaries', () => {
  const norms = ['maxlength', 'gmean', 'maxdist', 'YujianBo'] as const;
  const cases = METHODS.flatMap(([name, o]) =>
    norms.map((norm) => [`${name}_${norm}`, name, { ...o, norm }] as const),
  );
  it.each(cases)('%s', (key, name, options) => {
    const expected = ref.dist_norm[key];
    const d = normalized(name, options);
    const got = upperSummary(d);
    expect(relative(got.mean, expected?.mean_upper)).toBeLessThan(1e-12);
    expect(got.max).toBe(expected?.max);
    expect(distanceBetween(d, 0, 1)).toBe(expected?.d_1_2);
  });

  it('normalising in the kernel gives the same values as normalising raw distances', () => {
    const options: DistanceOptions = { method: 'HAM', norm: 'gmean' };
    expect(sequenceDistances(mvad, options).condensed).toEqual(
      normalized('HAM', options).condensed,
    );
  });

  it('OM with sm TRATE and indel auto (0.99974…)', () => {
    const got = upperSummary(sequenceDistances(mvad, { method: 'OM', sm: 'TRATE' }));
    const expected = ref.dist_norm.OM_smTRATE_indelauto?.mean_upper;
    // R sums in long double: means agree to ~1e-13 relative, not bit for bit (README §6.9).
    expect(relative(got.mean, expected)).toBeLessThan(1e-12);
  });
});

function relative(got: number, expected: number | undefined): number {
  return Math.abs(got - (expected ?? NaN)) / Math.abs(expected ?? NaN);
}

describe('unequal-length toy example (reference.json → toy)', () => {
  let toy: SequenceSet;
  beforeAll(() => {
    const rows = ref.toy.sequences.map((s) => s.split('-'));
    toy = sequenceSetFromRows(
      rows.map((_, i) => String(i + 1)),
      rows,
      ['A', 'B', 'C'],
    );
  });
  const norms = ['none', 'maxlength', 'gmean', 'maxdist', 'YujianBo'] as const;
  const cases = norms.flatMap(
    (norm) =>
      [
        [`OM_sm_indel1_${norm}`, { method: 'OM', sm: 'user', indel: 1, norm }],
        [`OM_sm_indel0.6_${norm}`, { method: 'OM', sm: 'user', indel: 0.6, norm }],
        [`LCS_${norm}`, { method: 'LCS', norm }],
      ] as const,
  );
  it.each(cases)('%s', (key, o) => {
    const options: DistanceOptions = o.method === 'LCS' ? o : { ...o, sm: ref.toy.sm };
    const got = Array.from(fullDistanceMatrix(sequenceDistances(toy, options)));
    expect(got).toEqual(ref.toy.results[key]?.flat());
  });

  it('HAM and DHD refuse sequences of unequal length', () => {
    expect(() => sequenceDistances(toy, { method: 'HAM' })).toThrow(/equal length/);
  });
});
