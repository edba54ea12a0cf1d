import { describe, expect, it } from 'vitest';
import { cardNumberRecognizer, isValidCardNumber, passesLuhn } from '../../src/index.js';
import { presidioCases, scoreCases, spans } from './shared-cases.js';

describe('payment card recognizer', () => {
  it('finds every Presidio card case and nothing else', () => {
    const score = scoreCases(cardNumberRecognizer, presidioCases('CREDIT_CARD'));
    expect(score).toEqual({ truePositives: 16, falseNegatives: [], falsePositives: [] });
  });

  it('implements Luhn', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });

  it('finds grouped and plain numbers with exact offsets, including Amex 4-6-5', () => {
    const text =
      'Full card no. 6011 1111 1111 1117 cancelled; amex 3782 822463 10005; 4111111111111111.';
    expect(spans(cardNumberRecognizer, text)).toEqual([
      ['6011 1111 1111 1117', 14, 33],
      ['3782 822463 10005', 50, 67],
      ['4111111111111111', 69, 85],
    ]);
  });

  it('ignores partial numbers, NHS numbers, phone numbers, money and mixed separators', () => {
    const text =
      'card ending 1111; NHS 999 929 0817; tel 07700 900123 0115 496 0643; £4,111,111,111.11; 4111-1111 1111 1111';
    expect(spans(cardNumberRecognizer, text)).toEqual([]);
    expect(isValidCardNumber('0111111111111111')).toBe(false);
  });
});
