import { describe, expect, it } from 'vitest';
import { croNumberRecognizer, isValidCroNumber } from '../../src/index.js';
import { formatVectors, spans } from './shared-cases.js';

describe('CRO number recognizer', () => {
  it.each(formatVectors('CRO_NUMBER'))('judges the MoJ vector $value', (v) => {
    expect(isValidCroNumber(v.value)).toBe(v.expected_valid);
  });

  it('finds both forms with exact offsets', () => {
    const text = 'CRO 949718/24H; prints SF05/482703J; old 65656/91H.';
    expect(spans(croNumberRecognizer, text)).toEqual([
      ['949718/24H', 4, 14],
      ['SF05/482703J', 23, 35],
      ['65656/91H', 41, 50],
    ]);
  });

  it('raises the score after the word CRO', () => {
    const [bare] = croNumberRecognizer.detect('seen 949718/24H', {});
    const [cro] = croNumberRecognizer.detect('CRO 949718/24H', {});
    expect(cro!.score).toBeGreaterThan(bare!.score);
  });

  it('rejects wrong check letters and look-alikes', () => {
    const text = 'CRO 85227/65G, date 12/03/24, ref 26/81596/21, 1234567/24H, 949718/24HX';
    expect(spans(croNumberRecognizer, text)).toEqual([]);
  });
});
