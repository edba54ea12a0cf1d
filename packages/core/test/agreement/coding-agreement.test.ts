import { describe, expect, it } from 'vitest';
import { codingAgreement, unitizingAlpha, type CodedSegment } from '../../src/index.js';

const documents = [
  {
    id: 'log',
    length: 100,
    units: [
      { start: 0, end: 40 },
      { start: 40, end: 70 },
      { start: 70, end: 100 },
    ],
  },
  {
    id: 'interview',
    length: 60,
    units: [
      { start: 0, end: 30 },
      { start: 30, end: 60 },
    ],
  },
];
const seg = (
  coder: string,
  code: string,
  document: string,
  start: number,
  end: number,
): CodedSegment => ({
  coder,
  code,
  document,
  start,
  end,
});
const codings = [
  seg('ann', 'risk', 'log', 5, 35),
  seg('bob', 'risk', 'log', 5, 38),
  seg('ann', 'risk', 'interview', 35, 50),
  seg('bob', 'help', 'log', 45, 60),
  seg('cat', 'help', 'log', 0, 100),
];

describe('codingAgreement', () => {
  const report = codingAgreement({ documents, codings, coders: ['ann', 'bob'] });

  it('computes α_u on the documents laid end to end', () => {
    const direct = unitizingAlpha({
      coders: ['ann', 'bob'],
      length: 160,
      spans: [
        { coder: 'ann', code: 'risk', start: 5, end: 35 },
        { coder: 'bob', code: 'risk', start: 5, end: 38 },
        { coder: 'ann', code: 'risk', start: 135, end: 150 },
        { coder: 'bob', code: 'help', start: 45, end: 60 },
      ],
    });
    expect(report.unitizing).toMatchObject({ ...direct, uncodedCountsAsAgreement: true });
    expect(report.unitizing.uncodedExplanation).toMatch(/agreed absence/);
  });

  it('rates units coded / not coded per code, uncoded units agreeing', () => {
    const [kappa] = report.unitKappa;
    expect(kappa?.coders).toEqual(['ann', 'bob']);
    expect(kappa?.uncodedCountsAsAgreement).toBe(true);
    // risk over 5 units: ann [1,0,0,0,1], bob [1,0,0,0,0] → p_o = 4/5, p_e = .4·.2 + .6·.8 = .56.
    const risk = kappa?.perCode.find((k) => k.code === 'risk');
    expect(risk?.units).toBe(5);
    expect(risk?.percentAgreement).toBeCloseTo(0.8, 12);
    expect(risk?.kappa).toBeCloseTo((0.8 - 0.56) / 0.44, 12);
    // Pooled over risk and help (10 ratings): help is ann [0,0,0,0,0], bob [0,1,0,0,0] → 8/10.
    expect(kappa?.pooled.units).toBe(10);
    expect(kappa?.pooled.percentAgreement).toBeCloseTo(0.8, 12);
  });

  it('reports segment overlap per pair, not counting uncoded text', () => {
    const [overlap] = report.segmentOverlap;
    expect(overlap).toMatchObject({
      coders: ['ann', 'bob'],
      threshold: 0.9,
      uncodedCountsAsAgreement: false,
    });
    // risk in the log: 30/33 ≈ 0.909 ≥ 0.9, agreed both ways; ann's interview segment and bob's help are not.
    expect(overlap?.pooled).toEqual({ agreed: 2, segments: 4, agreement: 0.5 });
  });

  it('compares every pair when more coders are given, and needs two', () => {
    const three = codingAgreement({
      documents,
      codings,
      coders: ['ann', 'bob', 'cat'],
      threshold: 0.5,
    });
    expect(three.segmentOverlap.map((s) => s.coders)).toEqual([
      ['ann', 'bob'],
      ['ann', 'cat'],
      ['bob', 'cat'],
    ]);
    expect(three.unitizing.coders).toBe(3);
    expect(() => codingAgreement({ documents, codings, coders: ['ann'] })).toThrow(/two coders/);
  });
});
