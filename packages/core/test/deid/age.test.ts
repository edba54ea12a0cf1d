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

  // Forms without an age word: "a man of fifty" (English usage), the police description order
  // (ethnicity code, sex, age, height), the age after a date of birth, a list of children's ages
  // and a name's age between commas.
  it('finds ages without an age word in common idioms and police descriptions', () => {
    const text =
      'a girl of 77, Precious. Anthony MARSHALL (IC1 male, 31, 5\'9"). Shane DOHERTY (b. 19/12/1988, 36), DOB 02/09/1980 (44). children 5 and 9 at home; kids 3, 6 and 12. Partner Keeley, 24, email.';
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual([
      '77',
      '31',
      '36',
      '44',
      '5',
      '9',
      '3',
      '6',
      '12',
      '24',
    ]);
    const [girl] = spans(ageRecognizer, text);
    expect(girl).toEqual(['77', 10, 12]);
  });

  it('leaves numbers in those shapes that are not ages', () => {
    const text =
      'a man of 200 words; children 2 and 3 hours later; Flat, 12, Mill Lane; Section, 12, applies; a total of 12.5; Mill Lane, 24 hrs';
    expect(spans(ageRecognizer, text)).toEqual([]);
  });

  it('ignores durations, counts in brackets after non-names, and page or section numbers', () => {
    const text =
      'served 3 yrs; for 10 yrs; 5 years ago; aged 5 minutes; Section (3); Form (2); page 12; (12) items; aged 130; 2040 hrs';
    expect(spans(ageRecognizer, text)).toEqual([]);
  });
});
