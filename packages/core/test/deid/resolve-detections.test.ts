import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  resolveDetections,
  type Detection,
  type EntityType,
} from '../../src/deid/index.js';

function det(type: EntityType, start: number, end: number, score = 0.5): Detection {
  return {
    type,
    startUtf16: start,
    endUtf16: end,
    text: 'x'.repeat(end - start),
    score,
    recognizer: 't',
  };
}

const summary = (ds: Detection[]) => ds.map((d) => `${d.type}@${d.startUtf16}-${d.endUtf16}`);

describe('resolveDetections', () => {
  it('prefers checksummed identifiers over fixed formats, context types and names', () => {
    const out = resolveDetections([
      det('PHONE', 0, 12, 0.9),
      det('NHS_NUMBER', 0, 12, 0.5),
      det('PERSON', 20, 30, 0.9),
      det('POSTCODE', 25, 33, 0.3),
    ]);
    expect(summary(out)).toEqual(['NHS_NUMBER@0-12', 'POSTCODE@25-33']);
  });

  it('prefers the longer span within a tier, then the higher score', () => {
    const out = resolveDetections([
      det('PERSON', 0, 6, 0.9),
      det('ADDRESS', 0, 11, 0.6),
      det('PERSON', 20, 25, 0.6),
      det('LOCATION', 20, 25, 0.7),
    ]);
    expect(summary(out)).toEqual(['ADDRESS@0-11', 'LOCATION@20-25']);
  });

  it('keeps touching spans, collapses duplicates and drops empty spans', () => {
    const out = resolveDetections([
      det('ADDRESS', 0, 10),
      det('ADDRESS', 0, 10, 0.9),
      det('POSTCODE', 10, 17),
      det('PERSON', 30, 30),
    ]);
    expect(summary(out)).toEqual(['ADDRESS@0-10', 'POSTCODE@10-17']);
    expect(out[0]!.score).toBe(0.9);
  });

  it('returns non-overlapping spans in text order, each one of the inputs', () => {
    const arbDetection = fc
      .record({
        type: fc.constantFrom(...ENTITY_TYPES),
        start: fc.nat(200),
        length: fc.integer({ min: 1, max: 30 }),
        score: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map((r) => det(r.type, r.start, r.start + r.length, r.score));
    fc.assert(
      fc.property(fc.array(arbDetection, { maxLength: 40 }), (input) => {
        const out = resolveDetections(input);
        out.forEach((d, i) => {
          expect(input).toContain(d);
          if (i > 0) expect(out[i - 1]!.endUtf16).toBeLessThanOrEqual(d.startUtf16);
        });
        // Every input is either kept or overlaps something kept.
        for (const d of input) {
          const hit = out.some((k) => k.startUtf16 < d.endUtf16 && d.startUtf16 < k.endUtf16);
          expect(hit).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
