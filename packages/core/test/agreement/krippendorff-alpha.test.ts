import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHA_LEVELS, krippendorffAlpha, type AlphaLevel } from '../../src/index.js';
import { exactAlpha } from './exact-alpha.js';

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers × 12 units
 * with missing values (rows are observers A–D, columns units 1–12).
 */
const CANONICAL: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const PUBLISHED: Record<AlphaLevel, number> = {
  nominal: 0.743,
  ordinal: 0.815,
  interval: 0.849,
  ratio: 0.797,
};

/** Rows = units, columns = coders, as krippendorffAlpha takes them. */
const transpose = <T>(m: T[][]): T[][] => (m[0] ?? []).map((_, u) => m.map((row) => row[u] as T));

describe("Krippendorff's alpha", () => {
  it.each(ALPHA_LEVELS)(
    'reproduces the %s figure of Krippendorff (2011) and an exact rational computation',
    (level) => {
      const result = krippendorffAlpha(transpose(CANONICAL), level);
      expect(result).toMatchObject({ level, units: 12, coders: 4, pairable: 40 });
      expect(Math.abs((result.alpha as number) - PUBLISHED[level])).toBeLessThan(1e-3);
      const exact = exactAlpha(CANONICAL, level).toNumber();
      expect(Math.abs((result.alpha as number) - exact)).toBeLessThan(1e-12);
    },
  );

  it('excludes units with fewer than two values and is undefined without variation', () => {
    expect(
      krippendorffAlpha(
        [
          [1, null],
          [null, 2],
        ],
        'nominal',
      ),
    ).toMatchObject({
      alpha: null,
      pairable: 0,
    });
    expect(
      krippendorffAlpha(
        [
          ['a', 'a'],
          ['a', 'a'],
        ],
        'nominal',
      ).alpha,
    ).toBeNull();
  });

  it('refuses non-numeric values at numeric levels', () => {
    expect(() => krippendorffAlpha([['a', 'b']], 'interval')).toThrow(/needs numbers/);
  });

  const matrix = fc
    .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 12 }))
    .chain(([coders, units]) =>
      fc.array(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 4 }), {
          minLength: coders,
          maxLength: coders,
        }),
        { minLength: units, maxLength: units },
      ),
    );

  it('equals the exact computation on random data at every level', () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom(...ALPHA_LEVELS), (data, level) => {
        const result = krippendorffAlpha(data, level).alpha;
        const byCoder = transpose(data);
        const defined = result !== null;
        if (!defined) return;
        expect(Math.abs(result - exactAlpha(byCoder, level).toNumber())).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('is 1 for perfect agreement with variation, whatever the level', () => {
    const units = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 15 });
    fc.assert(
      fc.property(
        units,
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom(...ALPHA_LEVELS),
        (values, coders, level) => {
          fc.pre(new Set(values).size > 1);
          const data = values.map((v) => Array.from({ length: coders }, () => v));
          expect(krippendorffAlpha(data, level).alpha).toBeCloseTo(1, 12);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('does not depend on the order of coders or units', () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom(...ALPHA_LEVELS), (data, level) => {
        const a = krippendorffAlpha(data, level).alpha;
        const reversed = krippendorffAlpha(
          [...data].reverse().map((row) => [...row].reverse()),
          level,
        ).alpha;
        if (a === null) expect(reversed).toBeNull();
        else expect(reversed as number).toBeCloseTo(a, 10);
      }),
      { numRuns: 60 },
    );
  });
});
