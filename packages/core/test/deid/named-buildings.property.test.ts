/**
 * named-buildings.ts skips its scan when a text holds no building word after a blank or tab
 * (`mayNameBuilding`). The gate must never say no where the scan would match: on random texts
 * built from cues, capitalised names, building words in three cases, blanks, tabs and punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILDING_AFTER_CUE, mayNameBuilding } from '../../src/deid/places/named-buildings.js';
import { regexMatches } from '../../src/deid/regex-matches.js';

const BLANK = fc.constantFrom(' ', '\t', '  ', ' \t');
const CUE = fc.constantFrom('at', 'to', 'AT', 'Placement:', 'of', 'x');
const NAME = fc.constantFrom('Petrel', 'GULL', 'The Old', 'Flat 4, Tern', 'petrel');
const WORD = fc.constantFrom('House', 'HOUSE', 'house', 'Lodge', 'Cottages', 'Farmhouse', 'Housed');
/** A cue, a name and a building word, each pair joined by blanks or tabs, among noise. */
const PHRASE = fc
  .tuple(CUE, BLANK, NAME, BLANK, WORD, fc.constantFrom('', '.', ' x', '\n'))
  .map((parts) => parts.join(''));
const PIECE = fc.oneof(PHRASE, fc.constantFrom(' ', ',', 'x', '\n', 'House'));

describe('the named-building gate', () => {
  it('says yes wherever the scan matches', () => {
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (regexMatches(BUILDING_AFTER_CUE, text).length > 0) {
          expect(mayNameBuilding(text)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
