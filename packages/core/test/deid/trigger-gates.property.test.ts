/**
 * The whole-text gates in front of the structured recognizers (trigger-gates.ts) must never change
 * what is found: each recognizer in STRUCTURED_RECOGNIZERS gives exactly what the ungated module
 * export gives, on random text built from identifier fragments (with and without their digits),
 * digits, separators and non-ASCII letters, with and without a force's own crime reference pattern.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mod23CheckLetter,
  STRUCTURED_RECOGNIZERS,
  type DeidSettings,
  type Recognizer,
  WHOLE_TEXT_RECOGNIZERS,
} from '../../src/index.js';

const UNGATED = WHOLE_TEXT_RECOGNIZERS;

function gatedNamed(name: string): Recognizer {
  const found = STRUCTURED_RECOGNIZERS.find((r) => r.name === name);
  if (!found) throw new Error(`no structured recognizer ${name}`);
  return found;
}

const PNC = `12/345678${mod23CheckLetter('120345678')}`;
const CRO = `123456/78${mod23CheckLetter('78123456')}`;
/** Pieces of identifiers and their trigger words; some hold no digit at all. */
const FRAGMENTS = [
  'SW1A 1AA',
  'sw1a 1aa',
  'M1 1AE',
  'GIR 0AA',
  'ZZ99 3WZ',
  'BFPO 1234',
  'bfpo 12',
  'Bfpo',
  PNC,
  CRO,
  `PNC ${PNC}`,
  'SF12/3456',
  'CRO ',
  'pnc ',
  'AB12 CDE',
  'A123 BCD',
  'ABC 123D',
  'reg ',
  'VRM ',
  'index AXZ 1234',
  '07700 900123',
  '+44 (0)113 496 0000',
  '0113 496 0000',
  'tel ',
  '/ 900456',
  'jean@example.com',
  'a@b',
  '@',
  'user.name',
  '.co.uk',
  '4111 1111 1111 1111',
  'card ',
  '943 476 5919',
  'NHS ',
  'AB 12 34 56 C',
  'AB123456C',
  'NI no ',
  'DOB ',
  '02/09/1980',
  'the fourth of February nineteen eighty-nine',
  'FIRST OF MAY TWO THOUSAND',
  '4 April 1970',
  'May 1st, 1977',
  'aged ',
  'aged 34',
  '(34)',
  ' years old',
  ' y/o',
  'male, 34;',
  'children 3 and 5',
  "she's only sixteen",
  'who is nine',
  "HE'S ",
  'PC ',
  'PC 1234',
  'DS ',
  'Op 3505',
  'collar no ',
  'Log ',
  'crime ref ',
  'CAD ',
  '26/81596/21',
  'CU/2025/56715',
  'XXABC',
  'XX',
];
/** A spoken date in every month, so that a month missing from the date gate shows. */
const SPOKEN_DATES = [
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'],
  ...['October', 'November', 'December', 'Sept', 'jan'],
].map((month) => `the first of ${month} nineteen ninety`);
const SEPARATORS = [' ', ', ', '.', '/', '-', ':', '(', ')', '\n', '\r\n', '\t'];
const OTHER = ['é', 'ß', 'Ł', '😀', '١٢٣', 'ＡＢ１２', 'Jean SMITH', 'the', 'of'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.constantFrom(...SPOKEN_DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{1,6}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{1,3}$/) },
);
/** Random text; about half the time every digit is taken out (the case the gates skip). */
const text = fc
  .tuple(fc.array(piece, { maxLength: 14 }), fc.boolean())
  .map(([pieces, noDigits]) => {
    const joined = pieces.join('');
    return noDigits ? joined.replace(/\d/g, '') : joined;
  });
const settings = fc.constantFrom<DeidSettings>({}, { crimeRefPatterns: ['\\bXX[A-Z]{3}\\b'] });

function sameAsUngated(sample: string, options: DeidSettings): boolean {
  return UNGATED.every((ungated) => {
    const gated = gatedNamed(ungated.name).detect(sample, options);
    return JSON.stringify(gated) === JSON.stringify(ungated.detect(sample, options));
  });
}

describe('trigger gates of the structured recognizers', () => {
  it('gate every recognizer the detection uses, keeping names and types', () => {
    expect(STRUCTURED_RECOGNIZERS.map((r) => [r.name, r.types])).toEqual(
      UNGATED.map((r) => [r.name, r.types]),
    );
  });

  it('find exactly what the ungated recognizers find, on random fragment text', () => {
    fc.assert(
      fc.property(text, settings, (sample, options) => sameAsUngated(sample, options)),
      { numRuns: 3000 },
    );
  });

  it('keep detections on texts that only just pass a gate', () => {
    // Each text holds something a gated recognizer finds with little around it to trip the gate.
    const cases: [string, string, DeidSettings][] = [
      ['postcode', 'lives at sw1a 1aa now', {}],
      ['postcode', 'BFPO 1234', {}],
      ['pnc-id', `PNC ${PNC}`, {}],
      ['cro-number', `CRO ${CRO}`, {}],
      ['email', 'write to jean@example.com', {}],
      ['crime-ref', 'ref XXABC seen', { crimeRefPatterns: ['\\bXX[A-Z]{3}\\b'] }],
      ['date', 'the fourth of February nineteen eighty-nine', {}],
    ];
    for (const [name, sample, options] of cases) {
      const found = gatedNamed(name).detect(sample, options);
      expect(found.length, `${name} in ${sample}`).toBeGreaterThan(0);
      expect(sameAsUngated(sample, options)).toBe(true);
    }
  });
});
