/**
 * The given names derived from public lists (scripts/derive-given-names.ts): the shipped file is
 * what the script derives from the installed packages, and the derived names add common names
 * without any that is also a common English word or stands for a place or a court.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivedSource } from '../../../../scripts/derive-given-names.js';
import { isAmbiguousGivenName, isGivenName } from '../../src/deid/names/given-names.js';
import { found } from './found-texts.js';

describe('derived given names', () => {
  it('ships exactly what the script derives from the installed packages', () => {
    const shipped = readFileSync(
      new URL('../../src/deid/names/derived-given-names.ts', import.meta.url),
      'utf8',
    );
    expect(shipped).toBe(derivedSource());
  });

  it('adds common names our lists lacked, but no name that is also an English word', () => {
    for (const name of ['rufus', 'philomena', 'lyle', 'isadora']) {
      expect(isGivenName(name)).toBe(true);
      expect(isAmbiguousGivenName(name)).toBe(false);
    }
    for (const word of ['page', 'storm', 'said', 'journey', 'van']) {
      expect(isGivenName(word)).toBe(false);
    }
  });

  it('keeps popular names that only a rare sense makes a word, not names that stand for places or courts', () => {
    for (const name of ['lionel', 'jonty', 'bridie', 'sybil']) expect(isGivenName(name)).toBe(true);
    for (const word of ['regina', 'rex', 'paris', 'bristol', 'jesus']) {
      expect(isGivenName(word)).toBe(false);
    }
  });

  it("adds the first names of faker's Latin-script locales, accents folded", () => {
    for (const name of ['zygmunt', 'yewande', 'emilija', 'matei', 'aurelio', 'pavol']) {
      expect(isGivenName(name)).toBe(true);
    }
    // A brand, a clinical acronym and a service the labelled sets met as words are left out.
    for (const word of ['nike', 'orif', 'amparo']) expect(isGivenName(word)).toBe(false);
  });

  it('finds such a name with a surname and alone, and leaves word-like names alone', () => {
    const text = 'Update on Rufus Nowell today. Philomena rang back. See Page 4. Storm warning.';
    expect(found(text, 'PERSON')).toEqual(['Rufus Nowell', 'Philomena']);
  });
});
