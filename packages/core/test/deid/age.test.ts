import { describe, expect, it } from 'vitest';
import { ageRecognizer } from '../../src/index.js';
import { spans } from './shared-cases.js';

describe('age recognizer', () => {
  it('finds the number in every age form, with exact offsets', () => {
    const text =
      'Caller Ffion HILL (aged 22); ex-partner, aged 79. A 34-year-old male, 17 yrs old, 15yo, 16 y/o, AGE: 40, Jean SMITH (34), 18 yrs.';
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual([
      '22',
      '79',
      '34',
      '17',
      '15',
      '16',
      '40',
      '34',
      '18',
    ]);
    const [first] = spans(ageRecognizer, text);
    expect(first).toEqual(['22', 24, 26]);
  });

  it('ignores durations, counts in brackets after non-names, and page or section numbers', () => {
    const text =
      'served 3 yrs; for 10 yrs; 5 years ago; aged 5 minutes; Section (3); Form (2); page 12; (12) items; aged 130; 2040 hrs';
    expect(spans(ageRecognizer, text)).toEqual([]);
  });
});
