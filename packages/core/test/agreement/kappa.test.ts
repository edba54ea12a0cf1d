import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cohensKappa,
  cohensKappaFromTable,
  fleissKappa,
  fleissKappaFromRatings,
  percentAgreement,
} from '../../src/index.js';

describe("Cohen's kappa", () => {
  it('reproduces Cohen (1960, Table 1): p_o = .70, p_e = .41, κ = .492 on 200 units', () => {
    // Cohen's table gives proportions; × 200 they are these counts (rows judge A, columns judge B).
    const r = cohensKappaFromTable([
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ]);
    expect(r.units).toBe(200);
    expect(r.percentAgreement).toBeCloseTo(0.7, 12);
    expect(r.expectedAgreement).toBeCloseTo(0.41, 12);
    expect(r.kappa).toBeCloseTo(0.29 / 0.59, 12);
    // σ_κ = √(p_o(1 − p_o) / (N (1 − p_e)²)) = √(.21 / (200 × .3481)) (Cohen 1960).
    expect(r.standardError).toBeCloseTo(Math.sqrt(0.21 / (200 * 0.3481)), 12);
  });

  it('reproduces the SAS PROC FREQ example used by statsmodels: κ = 0.4842', () => {
    expect(
      cohensKappaFromTable([
        [0, 4, 1],
        [0, 8, 0],
        [0, 1, 5],
      ]).kappa,
    ).toBeCloseTo(0.4842, 4);
  });

  it('gives the same κ from ratings as from their contingency table, skipping missing units', () => {
    // Wikipedia's two-reader example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4.
    const a = [...Array(25).fill('yes'), ...Array(25).fill('no')];
    const b = [
      ...Array(20).fill('yes'),
      ...Array(5).fill('no'),
      ...Array(10).fill('yes'),
      ...Array(15).fill('no'),
    ];
    const r = cohensKappa([...a, 'yes', null], [...b, null, 'no']);
    expect(r.units).toBe(50);
    expect(r.percentAgreement).toBeCloseTo(0.7, 12);
    expect(r.kappa).toBeCloseTo(0.4, 12);
  });

  it('is undefined when both coders use one category throughout', () => {
    expect(cohensKappa(['x', 'x'], ['x', 'x']).kappa).toBeNull();
    expect(cohensKappa([null], ['x']).units).toBe(0);
  });

  it('stays within [-1, 1] and equals percent agreement for two coders', () => {
    const ratings = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(ratings, (pairs) => {
        const a = pairs.map((p) => p[0]);
        const b = pairs.map((p) => p[1]);
        const r = cohensKappa(a, b);
        if (r.kappa !== null) {
          expect(r.kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(r.kappa).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(percentAgreement(pairs).agreement).toBeCloseTo(r.percentAgreement as number, 12);
      }),
      { numRuns: 100 },
    );
  });
});

describe("Fleiss' kappa", () => {
  /**
   * Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (1 depression,
   * 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other), as R's irr::diagnoses and the
   * statsmodels test suite (test_inter_rater.py) hold it; κ = 0.430 (irr: 0.4302445).
   */
  const DIAGNOSES = [
    [4, 4, 4, 4, 4, 4],
    [2, 2, 2, 5, 5, 5],
    [2, 3, 3, 3, 3, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4],
    [1, 1, 3, 3, 3, 3],
    [3, 3, 3, 3, 5, 5],
    [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4],
    [5, 5, 5, 5, 5, 5],
    [1, 4, 4, 4, 4, 4],
    [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3],
    [1, 4, 4, 4, 4, 4],
    [2, 2, 4, 4, 4, 5],
    [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5],
    [1, 1, 1, 1, 1, 2],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 4, 4, 4, 4, 4],
    [2, 2, 4, 5, 5, 5],
    [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5],
    [2, 2, 2, 2, 2, 4],
    [1, 1, 1, 1, 5, 5],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3],
    [5, 5, 5, 5, 5, 5],
  ];

  it('reproduces Fleiss (1971): κ = 0.430 on the psychiatric diagnoses', () => {
    const r = fleissKappaFromRatings(DIAGNOSES);
    expect(r).toMatchObject({ units: 30, ratingsPerUnit: 6 });
    expect(r.kappa).toBeCloseTo(0.4302445, 7);
  });

  it("reproduces Wikipedia's 10 subjects × 14 raters example: κ = 0.210", () => {
    const r = fleissKappa([
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ]);
    expect(r.kappa).toBeCloseTo(0.21, 3);
  });

  it('refuses units with different numbers of ratings', () => {
    expect(() =>
      fleissKappa([
        [1, 1],
        [2, 1],
      ]),
    ).toThrow(/unit 2 has 3 ratings/);
  });
});

describe('percent agreement', () => {
  it('counts agreeing coder pairs within units and stays within [0, 1]', () => {
    expect(
      percentAgreement([
        ['a', 'a', 'b'],
        ['a', null, 'a'],
        ['c', null, null],
      ]),
    ).toEqual({
      agreement: 2 / 4,
      pairs: 4,
      agreeingPairs: 2,
    });
    const data = fc.array(
      fc.array(fc.option(fc.constantFrom('a', 'b', 'c')), { minLength: 2, maxLength: 5 }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(data, (units) => {
        const r = percentAgreement(units);
        if (r.agreement === null) expect(r.pairs).toBe(0);
        else {
          expect(r.agreement).toBeGreaterThanOrEqual(0);
          expect(r.agreement).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
