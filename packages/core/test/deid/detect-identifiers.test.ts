import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectIdentifiers, TEXT_RECOGNIZERS } from '../../src/deid/index.js';

const LOG = [
  'Log 44/42280/22 - 01/10/22 22:40hrs',
  'DC 92027 Dylan MCALLISTER attended 202 Victoria Street, Bootle LL11 8TU. IP Amir Hussain',
  '(DOB 18.07.1940) reports assault by ex-partner Rose SMITH, aged 29. IP contact 0113 496 0751.',
  'Card used at Tesco Express. Officers responded to a 999 call re PC World. Op Trident briefed.',
].join('\r\n');

const found = (text: string) => detectIdentifiers(text).map((d) => `${d.type}:${d.text}`);

describe('detectIdentifiers', () => {
  it('finds names, places and structured identifiers in a police log, without overlaps', () => {
    expect(found(LOG)).toEqual([
      'CRIME_REF:44/42280/22',
      'DATE:01/10/22',
      'COLLAR_NUMBER:92027',
      'PERSON:Dylan MCALLISTER',
      'ADDRESS:202 Victoria Street',
      'LOCATION:Bootle',
      'POSTCODE:LL11 8TU',
      'PERSON:Amir Hussain',
      'DATE_OF_BIRTH:18.07.1940',
      'PERSON:Rose SMITH',
      'AGE:29',
      'PHONE:0113 496 0751',
      'ORGANISATION:Tesco Express',
    ]);
  });

  it('runs only the recognizers it is given', () => {
    const types = detectIdentifiers(LOG, {}, TEXT_RECOGNIZERS).map((d) => d.type);
    // The name recognizers read an age set beside a name (`Rose SMITH, aged 29.`) too.
    expect(new Set(types)).toEqual(
      new Set(['PERSON', 'ADDRESS', 'LOCATION', 'ORGANISATION', 'AGE']),
    );
  });

  it('never throws and returns well-formed, ordered, non-overlapping spans', () => {
    const pieces = fc.constantFrom(
      'PC 1234 ',
      'SMITH, Jean ',
      'Mr ',
      'Flat 3, 27 Cliff Terrace, ',
      'Leeds ',
      'the Red Lion ',
      "O'NEILL ",
      '\r\n',
      'Siân: ',
      '😀',
      '\uD800',
      ', ',
    );
    const text = fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), pieces), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        text.map((parts) => parts.join('')),
        (input) => {
          const out = detectIdentifiers(input);
          out.forEach((d, i) => {
            expect(d.startUtf16).toBeGreaterThanOrEqual(0);
            expect(d.endUtf16).toBeGreaterThan(d.startUtf16);
            expect(d.endUtf16).toBeLessThanOrEqual(input.length);
            expect(d.text).toBe(input.slice(d.startUtf16, d.endUtf16));
            expect(d.score).toBeGreaterThan(0);
            expect(d.score).toBeLessThanOrEqual(1);
            if (i > 0) expect(out[i - 1]!.endUtf16).toBeLessThanOrEqual(d.startUtf16);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('copes with a hostile 1 MB line of capitalised names and street words', () => {
    const text = 'Jean Wood Albert Road Mr '.repeat(40_000);
    const out = detectIdentifiers(text);
    expect(out.length).toBeGreaterThan(40_000);
    for (const d of out.slice(0, 100)) expect(text.slice(d.startUtf16, d.endUtf16)).toBe(d.text);
  });

  it('stays linear on a long line with no spaces', () => {
    const text = 'a'.repeat(200_000) + ' Jean Wood';
    expect(found(text)).toContain('PERSON:Jean Wood');
  });
});
