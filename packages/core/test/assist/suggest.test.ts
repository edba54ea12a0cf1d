import { describe, expect, it } from 'vitest';
import {
  fitTfidf,
  precisionRecallAtK,
  suggestCodes,
  tfidfVector,
  trainSuggester,
  unitCodes,
  type TrainingUnit,
} from '../../src/assist/index.js';

/** Units about three themes plus uncoded small talk; each code has its own vocabulary. */
const TOPICS: Record<string, string[]> = {
  share: ['consent', 'confidentiality', 'share', 'information', 'records', 'governance'],
  s136: ['suite', 'section', 'detained', 'custody', 'conveyed', 'assessment'],
  night: ['midnight', 'overnight', 'weekend', 'night', 'hours', 'shut'],
};

function corpus(): TrainingUnit[] {
  const units: TrainingUnit[] = [];
  const codes = Object.keys(TOPICS);
  for (let i = 0; i < 60; i++) {
    const code = codes[i % 3] as string;
    const words = TOPICS[code] as string[];
    const text = `officer said ${words[i % 6]} and ${words[(i + 2) % 6]} then ${words[(i + 4) % 6]}`;
    units.push({ text, codes: [code] });
    units.push({ text: `thank you ${i % 2 ? 'very much' : 'okay'} officer`, codes: [] });
  }
  return units;
}

describe('TF-IDF', () => {
  it('weights rarer terms more and normalises each row to unit length', () => {
    const model = fitTfidf(
      [
        ['a', 'b'],
        ['a', 'c'],
        ['a', 'b'],
      ],
      1,
    );
    const v = tfidfVector(model, ['a', 'b', 'b', 'zzz']);
    expect(model.terms).toEqual(['a', 'b', 'c']);
    // idf(a) = ln(4/4) + 1 = 1, idf(b) = ln(4/3) + 1; tf(b) = 2 → 1 + ln 2.
    const a = 1;
    const b = (1 + Math.log(2)) * (Math.log(4 / 3) + 1);
    expect(v.indices).toEqual([0, 1]);
    expect(v.values[0]).toBeCloseTo(a / Math.hypot(a, b), 12);
    expect(v.values[1]).toBeCloseTo(b / Math.hypot(a, b), 12);
  });
});

describe('trainSuggester', () => {
  it('suggests the code whose vocabulary a new unit uses, with a high probability', () => {
    const model = trainSuggester(corpus());
    expect(model.codes.map((c) => c.code)).toEqual(['night', 's136', 'share']);
    const [top] = suggestCodes(model, 'she was detained and taken to the suite in custody', 3);
    expect(top?.code).toBe('s136');
    expect(top?.probability).toBeGreaterThan(0.5);
    const smallTalk = suggestCodes(model, 'thank you very much officer', 1)[0];
    expect(smallTalk?.probability).toBeLessThan(0.5);
  });

  it('is deterministic and leaves out excluded and rarely used codes', () => {
    const units = [...corpus(), { text: 'a rare code', codes: ['rare'] }];
    const a = trainSuggester(units);
    const b = trainSuggester(units);
    expect(a.untrained).toEqual(['rare']);
    expect(a.codes.map((c) => [...c.weights])).toEqual(b.codes.map((c) => [...c.weights]));
    const text = 'consent to share records';
    expect(suggestCodes(a, text, 1)[0]?.code).toBe('share');
    expect(suggestCodes(a, text, 2, new Set(['share'])).map((s) => s.code)).not.toContain('share');
  });

  it('refuses to train on nothing', () => {
    expect(() => trainSuggester([])).toThrow('no training units');
  });
});

describe('unitCodes and precisionRecallAtK', () => {
  it('labels each unit with the codes whose spans overlap it', () => {
    const units = [
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 30 },
    ];
    const codings = [
      { start: 5, end: 15, code: 'b' },
      { start: 2, end: 3, code: 'a' },
      { start: 20, end: 20, code: 'empty' },
    ];
    expect(unitCodes(units, codings)).toEqual([['a', 'b'], ['b'], []]);
  });

  it('averages precision and recall at k over units that have codes', () => {
    const ranked = [
      ['a', 'b', 'c'],
      ['c', 'a', 'b'],
      ['a', 'b', 'c'],
    ];
    const truth = [['a'], ['a', 'b'], []];
    // Unit 1: top-1 {a} hits 1 of 1; unit 2: top-1 {c} hits 0 of 2.
    expect(precisionRecallAtK(ranked, truth, 1)).toEqual({
      k: 1,
      precision: 0.5,
      recall: 0.5,
      units: 2,
    });
    // k = 3: unit 1 hits 1 (p 1/3, r 1), unit 2 hits 2 (p 2/3, r 1).
    const at3 = precisionRecallAtK(ranked, truth, 3);
    expect(at3.precision).toBeCloseTo(0.5, 12);
    expect(at3.recall).toBe(1);
  });
});
