import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, nhsNumberRecognizer } from '../../src/index.js';
import { formatVectors, presidioCases, scoreCases, spans } from './shared-cases.js';

describe('NHS number recognizer', () => {
  it.each(formatVectors('NHS_NUMBER'))('judges the sourced vector $value', (v) => {
    expect(isValidNhsNumber(v.value)).toBe(v.expected_valid);
  });

  it('finds every Presidio UK NHS case and nothing else', () => {
    const score = scoreCases(nhsNumberRecognizer, presidioCases('UK_NHS'));
    expect(score).toEqual({ truePositives: 3, falseNegatives: [], falsePositives: [] });
  });

  it('finds spaced, hyphenated and plain numbers with exact offsets', () => {
    const text = 'NHS 999 929 0817; alt 999-050-4962 and 9994754238.';
    expect(spans(nhsNumberRecognizer, text)).toEqual([
      ['999 929 0817', 4, 16],
      ['999-050-4962', 22, 34],
      ['9994754238', 39, 49],
    ]);
  });

  it('rejects failed check digits, placeholders, mixed separators and longer digit runs', () => {
    for (const text of [
      '999 929 0818',
      '0000000000',
      '4444444444',
      '999 929-0817',
      '99992908170',
      '1999 929 0817',
    ]) {
      expect(spans(nhsNumberRecognizer, text)).toEqual([]);
    }
  });

  it('rejects numbers whose check digit would be 10 (never issued)', () => {
    // 100000001x: weighted sum 10 + 2 = 12, 12 mod 11 = 1, check = 10.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).toBe(false);
  });

  it('scores the 3-3-4 layout above a bare run and raises both with NHS context', () => {
    const [bare] = nhsNumberRecognizer.detect('ref 9994754238', {});
    const [grouped] = nhsNumberRecognizer.detect('ref 999 475 4238', {});
    const [withContext] = nhsNumberRecognizer.detect('NHS no: 9994754238', {});
    expect(bare!.score).toBeLessThan(grouped!.score);
    expect(withContext!.score).toBeGreaterThan(bare!.score);
  });

  it('ignores timestamps, money and decimals', () => {
    const text = '20/11/2024 22:40 paid £1,234,567.89; reading 123.456.7890; 1.9994754238';
    expect(spans(nhsNumberRecognizer, text)).toEqual([]);
  });
});
