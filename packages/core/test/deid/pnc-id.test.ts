import { describe, expect, it } from 'vitest';
import { isValidPncId, mod23CheckLetter, parsePncId, pncIdRecognizer } from '../../src/index.js';
import { formatVectors, spans } from './shared-cases.js';

describe('PNC ID recognizer', () => {
  it.each(formatVectors('PNC_ID'))('judges the MoJ vector $value', (v) => {
    expect(isValidPncId(v.value)).toBe(v.expected_valid);
  });

  it('computes the MoJ check letter over YY and the serial padded to 7 digits', () => {
    expect(mod23CheckLetter('020073319')).toBe('Z');
    expect(parsePncId('2002/0073319Z')).toEqual({ year: '2002', serial: '0073319', check: 'Z' });
    expect(parsePncId('033Y')).toEqual({ year: '03', serial: '3', check: 'Y' });
  });

  it('finds slashed PNC IDs anywhere, with exact offsets', () => {
    const text = 'Subject PNC 2017/4103697Y, also 92/3468356B and 81/34U.';
    expect(spans(pncIdRecognizer, text)).toEqual([
      ['2017/4103697Y', 12, 25],
      ['92/3468356B', 32, 43],
      ['81/34U', 48, 54],
    ]);
  });

  it('takes forms without a slash only after the word PNC', () => {
    expect(spans(pncIdRecognizer, 'PNC ID 20020073319Z')).toEqual([['20020073319Z', 7, 19]]);
    expect(spans(pncIdRecognizer, 'flat 033Y and code 0273319Z')).toEqual([]);
  });

  it('rejects wrong check letters, dates, times and crime references', () => {
    const text = 'PNC 2001/0171310S at 20/11/2024 22:40, ref 26/81596/21, bag 12/3A';
    expect(spans(pncIdRecognizer, text)).toEqual([]);
  });
});
