/**
 * The twentieth session's speed shortcuts (docs/deid.md, Speed) against the regexes they stand for,
 * on random text built from the marks each one keys on: e-mail local parts read back from each
 * `@`, the rank-label gate read at colons and stops, and the action-initials gate. A shortcut may
 * only skip work whose answer is already known, so each must agree with the plain version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCAL_PART, localParts } from '../../src/deid/names/email-owner-names.js';
import { RANK_LABEL_NAME_NUMBER, mayHoldRankLabel } from '../../src/deid/names/officer-numbers.js';
import { ACTION_INITIALS, INITIALS_THEN_VERB } from '../../src/deid/names/action-initials.js';
import { regexMatches } from '../../src/deid/regex-matches.js';

const textOf = (pieces: readonly string[], maxLength = 30) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));

const EMAIL_PIECES = [
  ...['a', 'b1', 'Z', '.', '_', "'", '+', '-', '@', '@x.', 'example.com', 'jo.smith', ' ', '\n'],
  ...['é', 'aaaaaaaaaaaaaaaaaaaa', '1234567890123456789012345', '--', '..', '@-.', '@ex'],
];
const RANK_PIECES = [
  ...['Sergeant', 'Custody Sergeant', 'Inspector', 'Supt', 'PCSO', 'PC', 'DS', 'C', 'S', ':'],
  ...[': ', '. ', ' A. ', ' 𝐀. ', 'A.', ' a. ', 'Ruthven', 'Gwen Madoc-Price', ' 2046', ',', ' '],
  ...['\n', 'é', 'É'],
];
const INITIAL_PIECES = [
  ...['TK', 'BL', 'MO', 'RC', 'GP', 'A', ' ', ' to ', ' to chase', ' – ', '– redact', '- x'],
  ...[' said', ' saidx', ' will', 'Actions:', 'Action: - ', '- [x] ', '; ', ', ', '. ', '\n'],
  ...['chase', 'x', 'Police'],
];

describe('speed shortcuts of the twentieth session', () => {
  it('localParts finds what LOCAL_PART finds', () => {
    fc.assert(
      fc.property(textOf(EMAIL_PIECES), (t) => {
        const plain = regexMatches(LOCAL_PART, t).map((m) => [m.index, m[0]]);
        expect(localParts(t).map((p) => [p.index, p.text])).toEqual(plain);
      }),
      { numRuns: 3000 },
    );
  });

  it('the rank-label gate passes every text the pattern matches, and its own regex', () => {
    const plainGate =
      /(?:Sergeant|Inspector|Superintendent|Constable|Supt|Insp|Sgt|PCSO|PC|PS|DC|DS):| \p{Lu}\. \p{Lu}/u;
    fc.assert(
      fc.property(textOf(RANK_PIECES), (t) => {
        expect(mayHoldRankLabel(t)).toBe(plainGate.test(t));
        if (regexMatches(RANK_LABEL_NAME_NUMBER, t).length > 0)
          expect(mayHoldRankLabel(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('the action-initials gate passes every text the pattern matches', () => {
    fc.assert(
      fc.property(textOf(INITIAL_PIECES), (t) => {
        if (regexMatches(ACTION_INITIALS, t).length > 0)
          expect(INITIALS_THEN_VERB.test(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
