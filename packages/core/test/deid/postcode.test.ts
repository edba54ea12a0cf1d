import { describe, expect, it } from 'vitest';
import { postcodeRecognizer } from '../../src/index.js';
import { formatVectors, presidioCases, scoreCases, spans } from './shared-cases.js';

const isFound = (value: string) => spans(postcodeRecognizer, value).some(([t]) => t === value);

describe('postcode recognizer', () => {
  it.each(formatVectors('POSTCODE_BS7666').filter((v) => v.value !== 'ZZ99 3VZ'))(
    'follows BS 7666 on $value',
    (v) => {
      expect(isFound(v.value)).toBe(v.expected_valid);
    },
  );

  it('leaves the NHS no-fixed-abode pseudo-postcode alone, which names no place', () => {
    expect(postcodeRecognizer.detect('NFA postcode ZZ99 3VZ on system', {})).toEqual([]);
    expect(postcodeRecognizer.detect('home address NFA, zz99 3wz', {})).toEqual([]);
  });

  it('finds a British Forces postcode at a lower score than a street postcode', () => {
    const [forces] = postcodeRecognizer.detect('BFPO 1234', {});
    const [real] = postcodeRecognizer.detect('SW1A 1AA', {});
    expect(forces!.text).toBe('BFPO 1234');
    expect(forces!.score).toBeLessThan(real!.score);
  });

  it('agrees with the Government bulk-data regex except where BS 7666 is stricter or allows no space', () => {
    const differences = new Set(['M1 1CA', 'QA1 1AA', 'M11AA']);
    for (const v of formatVectors('POSTCODE_GOV_BDT')) {
      expect(isFound(v.value)).toBe(
        differences.has(v.value) ? !v.expected_valid : v.expected_valid,
      );
    }
  });

  it('finds every Presidio UK postcode case and nothing else', () => {
    const score = scoreCases(postcodeRecognizer, presidioCases('UK_POSTCODE'));
    expect(score).toEqual({ truePositives: 15, falseNegatives: [], falsePositives: [] });
  });

  it('finds fictional but well-formed postcodes in addresses, with exact offsets', () => {
    const text = '181 Heol y Nant, Luton L201NE. 24 Ormeau Avenue NE8 6DB; BFPO 1234; sw1a 1aa';
    expect(spans(postcodeRecognizer, text)).toEqual([
      ['L201NE', 23, 29],
      ['NE8 6DB', 48, 55],
      ['BFPO 1234', 57, 66],
      ['sw1a 1aa', 68, 76],
    ]);
  });

  it('finds postcodes padded with two spaces, as forms print them, but not three', () => {
    const text = 'Peterborough PE1  2PE; Leeds ls6  2nq; not M6   5WD';
    expect(spans(postcodeRecognizer, text)).toEqual([
      ['PE1  2PE', 13, 21],
      ['ls6  2nq', 29, 37],
    ]);
  });

  it('ignores roads, mixed case, call signs and tokens glued to other letters', () => {
    const text = 'M6 southbound at J19; Sw1a 1aa; N12 attended; ABCM11AADEF; S136 at 2040';
    expect(spans(postcodeRecognizer, text)).toEqual([]);
  });
});
