import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findDisputes,
  intersectionRate,
  segmentOverlap,
  selectDoubleCoded,
  type CodedSegment,
} from '../../src/index.js';

const seg = (coder: string, code: string, start: number, end: number, document = 'd1') => ({
  document,
  coder,
  code,
  start,
  end,
});

describe('findDisputes', () => {
  it('lists a span one coder coded and the other did not, with both sides', () => {
    const d = findDisputes({ codings: [seg('a', 'risk', 10, 20)], coders: ['a', 'b'] });
    expect(d).toEqual([
      {
        document: 'd1',
        start: 10,
        end: 20,
        kind: 'uncoded_by_some',
        sides: [
          { coder: 'a', segments: [{ code: 'risk', start: 10, end: 20 }] },
          { coder: 'b', segments: [] },
        ],
      },
    ]);
  });

  it('merges overlapping unagreed segments and tells different codes from boundaries', () => {
    const d = findDisputes({
      codings: [
        seg('a', 'risk', 0, 10),
        seg('b', 'care', 5, 15),
        seg('a', 'risk', 100, 200),
        seg('b', 'risk', 100, 150), // 50 % overlap: below 90 %
        seg('a', 'care', 300, 400),
        seg('b', 'care', 300, 395), // 95 %: agreed
      ],
      coders: ['a', 'b'],
    });
    expect(d.map((x) => [x.start, x.end, x.kind])).toEqual([
      [0, 15, 'different_codes'],
      [100, 200, 'boundaries'],
    ]);
  });

  it('compares three coders: a segment is agreed only when every other coder has it', () => {
    const d = findDisputes({
      codings: [seg('a', 'risk', 0, 10), seg('b', 'risk', 0, 10), seg('c', 'care', 0, 10)],
      coders: ['a', 'b', 'c'],
    });
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ start: 0, end: 10, kind: 'different_codes' });
    expect(d[0]!.sides.map((s) => s.segments.map((x) => x.code))).toEqual([
      ['risk'],
      ['risk'],
      ['care'],
    ]);
  });

  it('uses the threshold given and checks its input', () => {
    const codings = [seg('a', 'risk', 100, 200), seg('b', 'risk', 100, 150)];
    expect(findDisputes({ codings, coders: ['a', 'b'], threshold: 0.5 })).toEqual([]);
    expect(() => findDisputes({ codings, coders: ['a', 'b'], threshold: 0 })).toThrow(RangeError);
    expect(() => findDisputes({ codings, coders: ['a', 'a'] })).toThrow(RangeError);
  });

  const codings = (length: number) =>
    fc.array(
      fc
        .record({
          coder: fc.constantFrom('a', 'b', 'c'),
          code: fc.constantFrom('x', 'y'),
          document: fc.constantFrom('d1', 'd2'),
          start: fc.integer({ min: 0, max: length - 1 }),
          size: fc.integer({ min: 1, max: length }),
        })
        .map(({ size, ...s }) => ({ ...s, end: Math.min(length, s.start + size) })),
      { maxLength: 30 },
    );

  it('finds no dispute when coders coded identically (property)', () => {
    fc.assert(
      fc.property(codings(200), (list) => {
        const mine = list.map((s) => ({ ...s, coder: 'a' }));
        const same = [...mine, ...mine.map((s) => ({ ...s, coder: 'b' }))];
        expect(findDisputes({ codings: same, coders: ['a', 'b'] })).toEqual([]);
      }),
    );
  });

  it('keeps disputes within the text, disjoint, and covering every unagreed segment (property)', () => {
    fc.assert(
      fc.property(codings(200), (list: CodedSegment[]) => {
        const disputes = findDisputes({ codings: list, coders: ['a', 'b'] });
        for (const d of disputes)
          expect(0 <= d.start && d.start < d.end && d.end <= 200).toBe(true);
        for (let i = 1; i < disputes.length; i++) {
          const [p, q] = [disputes[i - 1]!, disputes[i]!];
          if (p.document === q.document) expect(p.end).toBeLessThanOrEqual(q.start);
        }
        // The segments segment overlap counts as not agreed are exactly the ones disputes hold:
        // each lies inside a dispute, and each dispute holds at least one of them.
        const pair = list.filter((s) => s.coder !== 'c');
        const agreed = (s: CodedSegment) =>
          pair.some(
            (t) =>
              t.coder !== s.coder &&
              t.document === s.document &&
              t.code === s.code &&
              intersectionRate(s, t) >= 0.9,
          );
        const unagreed = pair.filter((s) => !agreed(s));
        const overlap = segmentOverlap(pair, ['a', 'b']);
        expect(overlap.pooled.segments - overlap.pooled.agreed).toBe(unagreed.length);
        const inside = (s: CodedSegment, d: (typeof disputes)[number]) =>
          d.document === s.document && d.start <= s.start && s.end <= d.end;
        for (const s of unagreed) expect(disputes.some((d) => inside(s, d))).toBe(true);
        for (const d of disputes) expect(unagreed.some((s) => inside(s, d))).toBe(true);
      }),
    );
  });
});

describe('selectDoubleCoded', () => {
  it('includes only documents every coder coded and says why the others are out', () => {
    const s = selectDoubleCoded(
      ['d1', 'd2', 'd3'],
      [seg('a', 'x', 0, 1, 'd1'), seg('b', 'x', 0, 1, 'd1'), seg('a', 'x', 0, 1, 'd2')],
      ['a', 'b'],
    );
    expect(s.included).toEqual(['d1']);
    expect(s.excluded).toEqual([
      { id: 'd2', reason: 'not_coded_by_every_coder', codedBy: ['a'] },
      { id: 'd3', reason: 'coded_by_none', codedBy: [] },
    ]);
  });
});
