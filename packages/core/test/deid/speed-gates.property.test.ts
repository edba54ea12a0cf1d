/**
 * The sixteenth speed pass's shortcuts (docs/deid.md, Speed) against the plain checks they stand
 * for, on random text built from the words and marks each one keys on: the unit-word gate read off
 * the digit runs, the end-anchored look-backs of `incidentPlace` behind their closing marks, the
 * town-field scans behind their own marks, and the non-ASCII test of given names. A shortcut may
 * only skip work whose answer is already known, so each must agree with the plain version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INCIDENT_PLACE_PATTERNS,
  UNIT_GATE,
  incidentPlace,
  mayHoldFlat,
} from '../../src/deid/places/address-recognizer.js';
import { FIELD_SCANS } from '../../src/deid/places/town-fields.js';
import { hasNonAscii } from '../../src/deid/names/given-names.js';
import { COMMA_NAME_PATTERNS, commaAnchoredMatches } from '../../src/deid/names/comma-names.js';
import { regexMatches } from '../../src/deid/regex-matches.js';
import { PLACE_BY_CUE, mayHoldPlaceByCue } from '../../src/deid/places/location-recognizer.js';

const PIECES = [
  ...['Flat', 'FLAT', 'flat', 'Apartment', 'Apt', 'APT', 'Unit', 'UNIT', 'Room', 'Plot', 'Pitch'],
  ...['Bungalow', 'Caravan', 'Chalet', 'lat', 'off', 'on', 'of', 'an', 'a', 'the', 'Location'],
  ...['location', 'incident', 'car park', 'flats', 'house', 'POB', 'P.O.B.', 'Place of birth'],
  ...['PLACE OF BIRTH', 'Birthplace', 'Town', '"town"', '<Town>', '</Town>', 'Porto', 'Leeds'],
  ...['3', '12', '2B', ' ', '  ', '\t', ', ', ':', ': ', '\n', '"', '<', '>', '.', 'é', 'ł', '’'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

/** `incidentPlace` with every look-back run, as before its pre-checks. */
function incidentPlacePlain(t: string, from: number): boolean {
  const { LOCATION_FIELD_BEFORE, PLACE_ON_BEFORE, PLACE_THEN_STREET_BEFORE, HOME_NOUNS } =
    INCIDENT_PLACE_PATTERNS;
  if (LOCATION_FIELD_BEFORE.test(t.slice(Math.max(0, from - 24), from))) return true;
  const before = t.slice(Math.max(0, from - 40), from);
  const m = PLACE_ON_BEFORE.exec(before) ?? PLACE_THEN_STREET_BEFORE.exec(before);
  if (!m) return false;
  const noun = m[1]!.split(/[ \t]+/).pop()!;
  return !HOME_NOUNS.has(noun) && !HOME_NOUNS.has(noun.replace(/s$/, ''));
}

const NAME_PIECES = [
  ...['WOOD', 'SMITH-JONES', "O'NEILL", 'O’NEILL', 'NÍ', 'Jean', 'Ffion', 'Wood', 'Lane', 'Mill'],
  ...['ÉLODIE', 'Émile', '𝐀', '𝐀B', 'x', '3', ', ', ',', ' ', '-', "'", '’', '\n', '.', 'é'],
];
const nameText = fc
  .array(fc.constantFrom(...NAME_PIECES), { maxLength: 25 })
  .map((p) => p.join(''));

const CUE_PIECES = [
  ...['lives', 'lived', 'born', 'Born', 'grew up', 'from', 'From', 'to', 'in', 'went', 'moved'],
  ...['back', 'heading', 'north', 'for', 'son', 'sister', 'Emil', "mum's", 'rang', 'me', 'kept'],
  ...['Road', 'site', 'video', 'job', 'came', 'is', 'was', 'Kraków', 'Poland', 'Port', 'of'],
  ...['Spain', 'Érd', '2 May 1970', '16', ' ', '  ', '\t', '\n', '\r\n', ', ', ',', '.', ': '],
];
const CUE_GAPS = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n ', ''];
/** Cue pieces with a gap after each, mostly a space, as sentences put them. */
const cueText = fc
  .array(fc.tuple(fc.constantFrom(...CUE_PIECES), fc.constantFrom(...CUE_GAPS)), {
    maxLength: 20,
  })
  .map((pairs) => pairs.map(([w, gap]) => w + gap).join(''));

describe('sixteenth speed pass shortcuts', () => {
  it('mayHoldPlaceByCue passes every text PLACE_BY_CUE matches', () => {
    fc.assert(
      fc.property(cueText, (t) => {
        if (regexMatches(PLACE_BY_CUE, t).length > 0) expect(mayHoldPlaceByCue(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // The one cue that ends in a comma, not a word: `Born` itself passes the gate.
    const born = 'Born 2 May 1970, Kraków';
    expect(regexMatches(PLACE_BY_CUE, born).length).toBe(1);
    expect(mayHoldPlaceByCue(born)).toBe(true);
  });

  it('commaAnchoredMatches finds what an exec loop of each comma-name pattern finds', () => {
    fc.assert(
      fc.property(nameText, (t) => {
        for (const pattern of COMMA_NAME_PATTERNS) {
          const plain = regexMatches(pattern, t).map((m) => [m.index, ...m]);
          const anchored = commaAnchoredMatches(pattern, t).map((m) => [m.index, ...m]);
          expect(anchored).toEqual(plain);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('mayHoldFlat answers as UNIT_GATE does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(mayHoldFlat(t)).toBe(UNIT_GATE.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('incidentPlace answers as its look-backs run plainly', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let from = 0; from <= t.length; from++) {
          expect(incidentPlace(t, from)).toBe(incidentPlacePlain(t, from));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('each town-field scan matches only texts its gate passes', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const { pattern, gate } of FIELD_SCANS) {
          if ([...t.matchAll(pattern)].length > 0) expect(gate(t)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('hasNonAscii answers as /[\\u0080-\\uffff]/ does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (w) => {
        expect(hasNonAscii(w)).toBe(/[\u0080-\uffff]/.test(w));
      }),
      { numRuns: 3000 },
    );
  });
});
