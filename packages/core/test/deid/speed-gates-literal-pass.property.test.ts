/**
 * A speed pass replaced regex tests that the rules run on every text with answers read off work
 * already done per text: the literal pass (literal-gate.ts `includesGate`, for regexes that are
 * alternations of literals), the merged scan's digit runs (text-sites.ts, for the confusable
 * letters beside a digit), and a range test for ASCII letters. Each must answer as
 * the regex it stands for on random texts built from its literals, near misses, non-ASCII letters
 * (capitals and small, astral ones too), digits and separators.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedLiteralGate, includesGate } from '../../src/deid/literal-gate.js';
import { MIXED, hasMixedDigits } from '../../src/deid/recognizers/ocr-digits.js';
import { isLetterOrMarkAt } from '../../src/deid/recognizers/recognizer-helpers.js';
import { TITLE_THEN_NAME, mayHoldTitle } from '../../src/deid/names/lowercase-names.js';
import { inTextBatch } from '../../src/deid/text-memo.js';

const PIECES = [
  ...['0s', "0's", '0’s', '0‘s', '0', 's', 'ties', 'TIES', 'tie', 'teens', 'teen', '70s', '1960'],
  ...['\n', '\r', '\u2028', '\u2029', '"', '<', '=', '“', '>', "'", '‘', '’', '\t'],
  ...[', ', ',', ' ', 'Ab', 'AB', 'ab', 'Éa', 'Ñ', 'ñ', 'É', 'é', '𝐀', '𝐚', 'ǅ', 'ß', 'x'],
  ...['O', 'o', 'l', 'I', 'L', 'i', '1', '7', '12', 'O7', 'l1', '-', '/', '\t', '🙂'],
  ...[' by', ' BY', ' bY', 'by', ' b', 'y', 'Y', ' ｂy'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const RUNS = { numRuns: 3000 };

describe('regex tests answered by the literal pass', () => {
  const cases = [
    { re: /0['’]?s|ties|teens/, gate: includesGate(['0s', "0's", '0’s', 'ties', 'teens']) },
    { re: /[\n\r\u2028\u2029]/, gate: includesGate(['\n', '\r', '\u2028', '\u2029']) },
    { re: /["<=]/, gate: includesGate(['"', '<', '=']) },
    { re: /["“'‘]/, gate: includesGate(['"', '“', "'", '‘']) },
    { re: /[ \t]["“'‘]/, gate: includesGate([' "', ' “', " '", ' ‘', '\t"', '\t“', "\t'", '\t‘']) },
    // operator-tags.ts `mayHoldBy`: `i` without `u` folds ASCII letters only.
    { re: / by/i, gate: foldedLiteralGate([' by']) },
  ];
  it('answer as the regexes they stand for', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const { re, gate } of cases) expect(gate(t)).toBe(re.test(t));
      }),
      RUNS,
    );
  });
});

describe('a digit beside a confusable letter, read off the digit runs', () => {
  it('answers as MIXED, alone and in a batch', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(hasMixedDigits(a)).toBe(MIXED.test(a));
        inTextBatch(() => {
          expect(hasMixedDigits(b)).toBe(MIXED.test(b));
          expect(hasMixedDigits(a)).toBe(MIXED.test(a));
        }, [a, b]);
      }),
      RUNS,
    );
  });
});

describe('a letter or mark at a code unit', () => {
  it('answers as /[\\p{L}\\p{M}]/u on the code unit, before, inside and past the text', () => {
    const LETTER = /[\p{L}\p{M}]/u;
    const units = [
      'a',
      'Z',
      '_',
      '1',
      ' ',
      '\u0301',
      'ª',
      'é',
      'ǅ',
      '𝐀',
      '\uD835',
      '\uDC00',
      '-',
      '’',
    ];
    const piece = fc.array(fc.constantFrom(...units), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(piece, (t) => {
        for (let i = -2; i <= t.length + 1; i++) {
          expect(isLetterOrMarkAt(t, i)).toBe(LETTER.test(t.charAt(i)));
        }
      }),
      RUNS,
    );
  });
});

describe('the lower-case title gate', () => {
  it('never says no to a text where a lower-case title or rank and a name stand', () => {
    const words = [
      ...['mrs', 'mr', 'ms', 'miss', 'dr', 'signed', 'pcso', 'pc', 'ps', 'sgt', 'dc', 'ds', 'Mr'],
      ...['PCSO', 'm', 'r', 's', 'p', 'c', 'd', '1234', '12', 'j.', 'craig', 'denby', 'o’kane'],
      ...['élodie', 'Ñ', ' ', ' ', '\t', '.', ',', '\n', 'x'],
    ];
    const title = fc.array(fc.constantFrom(...words), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(title, (t) => {
        TITLE_THEN_NAME.lastIndex = 0;
        if (TITLE_THEN_NAME.test(t)) expect(mayHoldTitle(t)).toBe(true);
        TITLE_THEN_NAME.lastIndex = 0;
      }),
      RUNS,
    );
    expect(mayHoldTitle('seen by pcso 1234 jones')).toBe(true);
    expect(mayHoldTitle('Seen by PCSO 1234 Jones')).toBe(false);
  });
});
