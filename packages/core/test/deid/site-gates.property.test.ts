/**
 * The site gates (text-sites.ts `mayHoldWordStart`, `hasLetterStart`) let a name, place or age
 * rule skip its regex when no letter run of the text starts like one of the words the regex needs.
 * A gate that says no must be right: on random texts built from those words (in three cases,
 * glued to letters, digits or `_`, after `ſ` or the Kelvin sign, among punctuation and non-ASCII
 * letters), whenever a gate says no, its regex finds nothing the rule would keep.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findTextSites,
  hasLetterStart,
  mayHoldWordStart,
  sharedTextSites,
  wordStarts,
} from '../../src/deid/recognizers/text-sites.js';
import { KIN_SITE_GATE } from '../../src/deid/names/lowercase-names.js';
import { REPORTED_SITE_GATE } from '../../src/deid/names/names-before-verbs.js';
import { PARTICLE_SITE_GATE } from '../../src/deid/names/particle-surnames.js';
import { PLACE_CUE_SITE_GATE } from '../../src/deid/places/location-recognizer.js';
import { HOME_SITE_GATE } from '../../src/deid/places/address-recognizer.js';
import { ROLE_SITE_GATES, roleNames, roleNamesPlain } from '../../src/deid/names/role-names.js';
import { NUMBER_WORD_SITE_GATE } from '../../src/deid/recognizers/age.js';

const WORDS = [
  ...['brother', 'son', 'grandson', 'mum', 'stepmum', 'nan', 'nana', 'friend', 'mate', 'aunt'],
  ...['says', 'said', 'because', 'reports', 'worried that', 'told us', 'thought'],
  ...['de', 'da', 'dos', 'van', 'von', 'della', 'du', 'del'],
  ...['live', 'lives', 'living', 'lived', 'resid', 'born', 'Born', 'from', 'in', 'house', 'home'],
  ...['moved', 'land', 'grew', 'died', 'thinks', 'because'],
  ...['twenty', 'twenty-one', 'sixteen', 'six', 'ten', 'three', 'eleven'],
];
const cased = WORDS.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);
const PIECES = [
  ...cased,
  ...['ſon', 'ſays', 'K', 'x', 'é', '’', '_', '2', '12', ', ', ' ', '\t', '\n', '"', '(', '“'],
  ...[' is ', ' on ', ' at ', 'Mill Walk', 'Ffion', 'cian', 'Priya', 'Tharshini', ':', '; ', '.'],
];
const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 30 })
  .map((pieces) => pieces.join(''));

/** Every match of `pattern` (made global), as an exec loop from each match's next character. */
function starts(pattern: RegExp, t: string): number[] {
  const re = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  const out: number[] = [];
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

const LETTER = /[\p{L}\p{M}]/u;

describe('site gates', () => {
  const gates = [
    REPORTED_SITE_GATE,
    PARTICLE_SITE_GATE,
    PLACE_CUE_SITE_GATE,
    HOME_SITE_GATE,
    NUMBER_WORD_SITE_GATE,
    ...ROLE_SITE_GATES,
  ];

  it('never say no to a text their regex matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        const sites = findTextSites(t);
        for (const { pattern, starts: words } of gates) {
          if (!hasLetterStart(sites, words)) expect(starts(pattern, t)).toEqual([]);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('never hide a kinship word that no letter stands before (the only ones kinNames keeps)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { pattern, starts: words, folds } = KIN_SITE_GATE;
        if (mayHoldWordStart(t, words) || folds.test(t)) return;
        const kept = starts(pattern, t).filter((i) => i === 0 || !LETTER.test(t.charAt(i - 1)));
        expect(kept).toEqual([]);
      }),
      { numRuns: 4000 },
    );
  });

  it('share one scan per text, and pass texts too long to keep', () => {
    const t = 'his brother cian said 12';
    expect(sharedTextSites(t)).toEqual(findTextSites(t));
    expect(sharedTextSites(t)).toBe(sharedTextSites(t));
    // Words asked for later are not in sites kept from before: those are found again.
    const before = sharedTextSites(t);
    const zebra = wordStarts(['zebra']);
    expect(sharedTextSites(t)).not.toBe(before);
    expect(mayHoldWordStart(`${t} zebra`, zebra)).toBe(true);
    const long = 'x '.repeat(40_000);
    expect(sharedTextSites(long)).toBeNull();
    expect(mayHoldWordStart(long, wordStarts(['brother']))).toBe(true);
    expect(mayHoldWordStart('no kin here', KIN_SITE_GATE.starts)).toBe(false);
  });
});

describe('role names from their sites', () => {
  const ROLE_PIECES = [
    ...['officer', 'Officer', 'OFFICER', 'nurse', 'brother', 'Senior Probation Officer', 'handler'],
    ...['Ann Lee', 'Kofi Boateng', 'Einar Þórsson', 'Saffron Ng', 'Dog handler', 'in charge'],
    ...[', ', ',\n', ': ', ':', '  ', '\t', '\n', ' ', '(', ')', 'with', 'x', 'Ffion', '.'],
  ];
  const roleText = fc
    .array(fc.constantFrom(...ROLE_PIECES), { maxLength: 24 })
    .map((pieces) => pieces.join(''));

  it('finds what the three patterns find over the whole text', () => {
    fc.assert(
      fc.property(roleText, (t) => {
        expect(roleNames(t)).toEqual(roleNamesPlain(t));
      }),
      { numRuns: 3000 },
    );
  });
});
