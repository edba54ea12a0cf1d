import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectionRate, segmentOverlap, type CodedSegment } from '../../src/index.js';

const seg = (
  coder: string,
  code: string,
  start: number,
  end: number,
  document = 'd1',
): CodedSegment => ({
  document,
  coder,
  code,
  start,
  end,
});

describe('segment overlap agreement (MAXQDA)', () => {
  it('rates overlap as shared / covered characters', () => {
    expect(intersectionRate({ start: 0, end: 100 }, { start: 0, end: 90 })).toBe(0.9);
    expect(intersectionRate({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15, 15);
    expect(intersectionRate({ start: 0, end: 10 }, { start: 10, end: 15 })).toBe(0);
  });

  it('counts every segment of both coders, agreed at the 90 % default threshold', () => {
    const r = segmentOverlap(
      [
        seg('a', 'risk', 0, 100), // b's [0, 90) overlaps 90 %: agreed both ways
        seg('b', 'risk', 0, 90),
        seg('a', 'risk', 200, 300), // b's [210, 300) covers 90 %: agreed both ways
        seg('b', 'risk', 210, 300),
        seg('a', 'risk', 400, 500), // b's [420, 500) is 80 %: neither agrees
        seg('b', 'risk', 420, 500),
        seg('a', 'help', 0, 50), // b used another code here
        seg('b', 'help', 0, 50, 'd2'), // same code, other document
      ],
      ['a', 'b'],
    );
    expect(r.threshold).toBe(0.9);
    expect(r.perCode).toEqual([
      { code: 'risk', agreed: 4, segments: 6, agreement: 4 / 6 },
      { code: 'help', agreed: 0, segments: 2, agreement: 0 },
    ]);
    expect(r.pooled).toEqual({ agreed: 4, segments: 8, agreement: 0.5 });
    const lenient = segmentOverlap(
      [seg('a', 'risk', 400, 500), seg('b', 'risk', 420, 500)],
      ['a', 'b'],
      0.8,
    );
    expect(lenient.pooled.agreement).toBe(1);
  });

  it('ignores other coders and refuses a threshold outside (0, 1]', () => {
    const r = segmentOverlap([seg('a', 'x', 0, 5), seg('c', 'x', 0, 5)], ['a', 'b']);
    expect(r.pooled).toEqual({ agreed: 0, segments: 1, agreement: 0 });
    expect(() => segmentOverlap([], ['a', 'b'], 0)).toThrow(/threshold/);
  });

  it('is symmetric in the two coders and bounded by [0, 1]', () => {
    const segments = fc.array(
      fc.record({
        coder: fc.constantFrom('a', 'b'),
        code: fc.constantFrom('x', 'y'),
        start: fc.integer({ min: 0, max: 50 }),
        length: fc.integer({ min: 1, max: 20 }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(segments, fc.double({ min: 0.05, max: 1, noNaN: true }), (list, threshold) => {
        const all = list.map((s) => seg(s.coder, s.code, s.start, s.start + s.length));
        const ab = segmentOverlap(all, ['a', 'b'], threshold).pooled;
        expect(segmentOverlap(all, ['b', 'a'], threshold).pooled).toEqual(ab);
        if (ab.agreement !== null) {
          expect(ab.agreement).toBeGreaterThanOrEqual(0);
          expect(ab.agreement).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 80 },
    );
  });
});
