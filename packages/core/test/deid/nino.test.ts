import { describe, expect, it } from 'vitest';
import { isValidNino, ninoRecognizer } from '../../src/index.js';
import { formatVectors, presidioCases, scoreCases, spans } from './shared-cases.js';

describe('National Insurance number recognizer', () => {
  it.each(formatVectors('NINO'))('judges the sourced vector $value ($note)', (v) => {
    expect(isValidNino(v.value)).toBe(v.expected_valid);
  });

  it('finds every Presidio UK NINO case and nothing else', () => {
    const score = scoreCases(ninoRecognizer, presidioCases('UK_NINO'));
    expect(score).toEqual({ truePositives: 5, falseNegatives: [], falsePositives: [] });
  });

  it('leaves out the leading space Presidio includes in its span', () => {
    const text = 'Here is my National Insurance Number YZ 61 48 68 B';
    expect(spans(ninoRecognizer, text)).toEqual([['YZ 61 48 68 B', 37, 50]]);
  });

  it('finds spaced and compact forms with exact offsets', () => {
    const text = 'NINO GP231056D | NINO XB 21 04 10 B | NINO YW740143 A.';
    expect(spans(ninoRecognizer, text)).toEqual([
      ['GP231056D', 5, 14],
      ['XB 21 04 10 B', 22, 35],
      ['YW740143 A', 43, 53],
    ]);
  });

  it('takes a number without its suffix only with a context word', () => {
    expect(spans(ninoRecognizer, 'NI number AB123456 given')).toEqual([['AB123456', 10, 18]]);
    expect(spans(ninoRecognizer, 'item AB123456 logged')).toEqual([]);
  });

  it('rejects unallocated prefixes, bad letters, mixed case and longer tokens', () => {
    for (const text of [
      'GB123456A',
      'ZZ 12 34 56 A',
      'AO123456A',
      'Ab123456C',
      'XAB123456C',
      'AB123456CD',
      'AB1234567',
    ]) {
      expect(spans(ninoRecognizer, text)).toEqual([]);
    }
  });
});
