/**
 * The twenty-first speed pass replaced regex tests with literal gates (literal-gate.ts), which say
 * true exactly when the text holds one of their literals, and a whole-text place-cue test with the
 * same regex tried at the letter runs that may begin its words. Each must answer as the regex it
 * stands for (or, before a regex with a `\b` the gate cannot read, never say no where it matches),
 * on random texts built from the literals in every case, near misses, `ſ`, the Kelvin sign and
 * other non-ASCII letters, digits, `_` and separators.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedLiteralGate, literalGate } from '../../src/deid/literal-gate.js';
import {
  CUE_SCANS,
  PLACE_CUE_SITE_GATE,
  matchesAtWordStarts,
  mayHoldPlaceCue,
} from '../../src/deid/places/location-recognizer.js';
import { regexMatches } from '../../src/deid/regex-matches.js';
import {
  DOUBLE_BARRELLED,
  doubleBarrelledMatches,
} from '../../src/deid/names/double-barrelled-names.js';
import { capitalsAroundSlash } from '../../src/deid/names/operator-tags.js';
import { SHORT_THEN_FULL, shortThenFull } from '../../src/deid/names/bracket-names.js';
import { SPOKEN_RUN, spokenRunMatches } from '../../src/deid/recognizers/spoken-numbers.js';
import { inTextBatch } from '../../src/deid/text-memo.js';

const SERVICES = ['Adult', 'Children', 'Social', 'Environmental', 'Probation', 'CMHT', 'CAMHS'];
const PIECES = [
  ...['age', 'AGE', 'Age', 'aGe', 'ag', 'née ', 'NÉE ', 'nee ', 'Nee', 'neé ', 'nÉe ', 'ne e'],
  ...['_date', '_DT', 'Date_', 'updated', 'MODIFIED', ' date', ' Date', 'dat', 'updat'],
  ...[' of ', ' of the ', ...SERVICES, 'Early', 'Youth', 'youth', 'the'],
  ...[" o'", ' o’', ' mc', ' mac', ' ff', ' Mc', ' O’', 'o', 'm', 'c', 'f'],
  ...['in', 'from', 'lives', 'lived', 'Born', 'born', 'Teams', 'hub', 'way', 'job', 'fled'],
  ...['Near', 'NEAR', 'towards', 'TOWARDS', 'Edge of', 'ZONE:', 'into', 'Into', 'outside', 'over'],
  ...['to', 'To', 'enter', 'around', 'Kelby', 'ASHTON', 'Ulverdene', 'leeds', 'milton keynes'],
  ...['ſ', 'K', 'é', 'É', '_', '2', '12', ' ', '\t', '\n', ',', '-', 'x', 'Ab', '🙂'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

/** A gate and the regex it stands for; `exact` when the gate must agree both ways. */
const CASES: { gate: (t: string) => boolean; regex: RegExp; exact: boolean }[] = [
  { gate: foldedLiteralGate(['age']), regex: /age/i, exact: true },
  { gate: foldedLiteralGate(['nee ', 'née ', 'nÉe ']), regex: /\bn[ée]e /i, exact: false },
  {
    gate: foldedLiteralGate(['_date', '_dt', 'date_', 'updated', 'modified', ' date']),
    regex: /_date|_dt|date_|updated|modified| date\b/i,
    exact: false,
  },
  {
    gate: literalGate([...SERVICES, 'Early', 'Youth'].flatMap((w) => [` of ${w}`, ` of the ${w}`])),
    regex: / of (?:the )?(?:Adult|Children|Social|Environmental|Probation|CMHT|CAMHS|Early|Youth)/,
    exact: true,
  },
  {
    gate: literalGate([" o'", ' o’', ' mc', ' mac', ' ff']),
    regex: / (?:o['’]|ma?c|ff)/,
    exact: true,
  },
  { gate: literalGate([' - ', ' – ', ' — ']), regex: / [-–—] /, exact: true },
];

describe('speed gates (twenty-first pass)', () => {
  it('answer as the regexes they stand for', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const { gate, regex, exact } of CASES) {
          if (exact) expect(gate(t)).toBe(regex.test(t));
          else if (regex.test(t)) expect(gate(t)).toBe(true);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('answer the same inside a batch, texts asked in turn', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        const outside = texts.map((t) => CASES.map(({ gate }) => gate(t)));
        const inside = inTextBatch(() => texts.map((t) => CASES.map(({ gate }) => gate(t))), texts);
        expect(inside).toEqual(outside);
      }),
      { numRuns: 300 },
    );
  });

  it("finds the cue scans' matches at their word starts, as the whole-text scan does", () => {
    const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1], m[2]]);
    fc.assert(
      fc.property(text, (t) => {
        for (const { pattern, starts } of CUE_SCANS) {
          expect(spans(matchesAtWordStarts(pattern, t, starts))).toEqual(
            spans(regexMatches(pattern, t)),
          );
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('finds double-barrelled names and capitals around a slash as the whole-text regexes do', () => {
    const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1], m[2]]);
    const pieces = [
      ...['Ann', 'Sol', 'Osei', 'Kerr', 'O’Neil', "D'Arcy", 'ÉLODIE', 'Élodie', 'ann', 'AB', 'CD'],
      ...[
        'Sol Osei',
        '-Kerr',
        ' Osei-Kerr',
        'Ann O’Neil-Kerr',
        'Élodie Ñuñez-Ruiz',
        '𝐀nn Osei-Kerr',
        'B Osei-Kerr',
        'R. Osei-Kerr',
        'B',
        'R.',
        '.',
        ',',
      ],
      ...['-', ' ', '  ', '–', '/', '’', "'", '1', 'é', 'É', '𝐀', '𝐚', 'x', '\n', '(', 'ŁÓ', 'ſ'],
    ];
    const names = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(names, (t) => {
        expect(spans(doubleBarrelledMatches(t))).toEqual(spans(regexMatches(DOUBLE_BARRELLED, t)));
        expect(capitalsAroundSlash(t)).toBe(/\p{Lu}{2}\/\p{Lu}{2}/u.test(t));
      }),
      { numRuns: 6000 },
    );
  });

  it('finds a short name before a full name in brackets as SHORT_THEN_FULL does', () => {
    const pieces = [
      ...['Nouri', ' (', 'Anouar Benali', ')', 'JD', 'ABC', 'ABCD', 'McDonald', 'É', 'E\u0301mile'],
      ...['Jordan Dacosta', 'O’Neil', 'Ann-Marie', '𝐀nn', '𝐀𝐁', ' ', '(', 'x', '-', '’', '\n', 'ſ'],
      ...['Nouri (Anouar Benali)', 'JD (Jordan Dacosta Smith)', ' (Al)', 'ŁUK'],
    ];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join(''));
    fc.assert(
      fc.property(texts, (t) => {
        const whole = [...t.matchAll(SHORT_THEN_FULL)].map((m) => ({
          start: m.index,
          short: m[1],
          full: m[2],
        }));
        expect(shortThenFull(t)).toEqual(whole);
      }),
      { numRuns: 6000 },
    );
  });

  it('finds spoken digit runs at their word starts as the whole-text scan does', () => {
    const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);
    const pieces = [
      ...['oh', 'Oh', 'OH', 'seven', 'SEVEN', 'double', 'Treble ', 'nine', 'hundred', 'one'],
      ...['ſix', 'ſeven', 'phone', 'someone', 'zero', 'nought', 'two', 'three', 'four', 'five'],
      ...[' ', ', ', '-', '  ', 'x', '2', 'é', 'K', '\n', '(', 'ohh', 'eight'],
      ...['oh seven seven ', ' nine oh oh', 'double oh, nine ', 'ſix ſix one ', 'TWO THREE '],
    ];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(texts, (t) => {
        expect(spans(spokenRunMatches(t))).toEqual(spans(regexMatches(SPOKEN_RUN, t)));
      }),
      { numRuns: 6000 },
    );
  });

  it('finds a place cue where the whole-text regex does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(mayHoldPlaceCue(t)).toBe(PLACE_CUE_SITE_GATE.pattern.test(t));
      }),
      { numRuns: 4000 },
    );
  });
});
