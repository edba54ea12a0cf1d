/**
 * Properties of the structured recognizers: generated valid identifiers are found with exact
 * offsets inside random text, a corrupted check character makes them disappear, and no input makes
 * any recognizer throw or return a malformed span.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardNumberRecognizer,
  mod23CheckLetter,
  nhsNumberRecognizer,
  ninoRecognizer,
  passesLuhn,
  pncIdRecognizer,
  STRUCTURED_RECOGNIZERS,
  type Recognizer,
} from '../../src/index.js';

const RUNS = { numRuns: 150 };
/** Surrounding text: letters (incl. non-ASCII and astral), spaces, punctuation and newlines; no digits. */
const filler = fc.string({
  unit: fc.constantFrom(...'abcdefXYZ ,.;:()-\n\r\téß😀'.split(/(?:)/u)),
  maxLength: 30,
});
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

function nhsCheck(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  return (11 - (sum % 11)) % 11;
}
const nhsNumber = digits(9)
  .filter((nine) => nhsCheck(nine) !== 10 && !/^(\d)\1*$/.test(nine + String(nhsCheck(nine))))
  .chain((nine) =>
    fc.constantFrom('', ' ', '-').map((sep) => {
      const all = nine + String(nhsCheck(nine));
      return sep ? `${all.slice(0, 3)}${sep}${all.slice(3, 6)}${sep}${all.slice(6)}` : all;
    }),
  );

const FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const nino = fc
  .tuple(
    fc.constantFrom(...FIRST),
    fc.constantFrom(...SECOND),
    digits(6),
    fc.constantFrom('A', 'B', 'C', 'D'),
    fc.boolean(),
  )
  .filter(([a, b]) => !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(a + b))
  .map(([a, b, d, s, spaced]) =>
    spaced ? `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${a}${b}${d}${s}`,
  );

const pncId = fc
  .tuple(fc.constantFrom(2, 4), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 7 }))
  .chain(([yearDigits, yy, serialLength]) =>
    digits(serialLength).map((serial) => {
      const year =
        yearDigits === 2
          ? String(yy).padStart(2, '0')
          : `${yy < 50 ? 20 : 19}${String(yy).padStart(2, '0')}`;
      const check = mod23CheckLetter(year.slice(-2) + serial.padStart(7, '0'));
      return `${year}/${serial}${check}`;
    }),
  );

function luhnComplete(body: string): string {
  for (let d = 0; d <= 9; d++) if (passesLuhn(body + String(d))) return body + String(d);
  throw new Error('unreachable: one Luhn digit always fits');
}
const card = fc
  .tuple(fc.constantFrom('4', '5', '6'), digits(14), fc.constantFrom('', ' ', '-'))
  .map(([first, rest, sep]) => {
    const all = luhnComplete(first + rest);
    return sep ? all.match(/.{4}/g)!.join(sep) : all;
  });

function foundExactly(
  recognizer: Recognizer,
  value: string,
  before: string,
  after: string,
): boolean {
  const text = `${before} ${value} ${after}`;
  const start = before.length + 1;
  return recognizer
    .detect(text, {})
    .some((d) => d.startUtf16 === start && d.endUtf16 === start + value.length && d.text === value);
}

function corruptLast(value: string, alphabet: string): fc.Arbitrary<string> {
  const last = value[value.length - 1] as string;
  return fc.constantFrom(...alphabet.replace(last, '')).map((c) => value.slice(0, -1) + c);
}

describe('structured recognizer properties', () => {
  const cases: [string, Recognizer, fc.Arbitrary<string>, string][] = [
    ['NHS numbers', nhsNumberRecognizer, nhsNumber, '0123456789'],
    ['PNC IDs', pncIdRecognizer, pncId, 'ZABCDEFGHJKLMNPQRTUVWXY'],
    ['card numbers', cardNumberRecognizer, card, '0123456789'],
  ];

  it.each(cases)(
    'finds generated %s with exact offsets in random text',
    (_name, recognizer, values) => {
      fc.assert(
        fc.property(values, filler, filler, (v, a, b) => foundExactly(recognizer, v, a, b)),
        RUNS,
      );
    },
  );

  it.each(cases)(
    'does not find %s whose check character is corrupted',
    (_name, recognizer, values, alphabet) => {
      const corrupted = values.chain((v) => corruptLast(v, alphabet));
      fc.assert(
        fc.property(
          corrupted,
          filler,
          filler,
          (v, a, b) => recognizer.detect(`${a} ${v} ${b}`, {}).length === 0,
        ),
        RUNS,
      );
    },
  );

  it('finds generated NINOs with exact offsets, and not with an unallocated prefix', () => {
    fc.assert(
      fc.property(nino, filler, filler, (v, a, b) => foundExactly(ninoRecognizer, v, a, b)),
      RUNS,
    );
    const unallocated = nino.map((v) => `GB${v.slice(2)}`);
    fc.assert(
      fc.property(unallocated, filler, filler, (v, a, b) => !foundExactly(ninoRecognizer, v, a, b)),
      RUNS,
    );
  });

  it('never throws and always returns well-formed spans on arbitrary text', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({
        unit: fc.constantFrom(...'0123456789 /-.:()+@ABCDKLMNPRSTXZabc\n'.split('')),
        maxLength: 200,
      }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        for (const r of STRUCTURED_RECOGNIZERS) {
          for (const d of r.detect(text, {})) {
            const ok =
              d.startUtf16 >= 0 &&
              d.startUtf16 < d.endUtf16 &&
              d.endUtf16 <= text.length &&
              d.text === text.slice(d.startUtf16, d.endUtf16) &&
              d.score >= 0 &&
              d.score <= 1 &&
              r.types.includes(d.type);
            if (!ok) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('scans a hostile 1 MB line with no line breaks, dense with identifier-like tokens', () => {
    const unit =
      '01/02/2024 22:40 PC 1234 aged 34 (0113) 496 0000 AB12 CDE Log 26/81596/21 a@b.co ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const types = new Set(
      STRUCTURED_RECOGNIZERS.flatMap((r) => r.detect(text, {}).map((d) => d.type)),
    );
    expect([...types].sort()).toEqual([
      'AGE',
      'COLLAR_NUMBER',
      'CRIME_REF',
      'DATE',
      'EMAIL',
      'PHONE',
      'VRM',
    ]);
  });
});
