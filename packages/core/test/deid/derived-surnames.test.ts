/**
 * The surnames derived from faker's Latin-script locales (scripts/derive-given-names.ts): the
 * shipped file is what the script derives from the installed packages, and a derived surname reads
 * as a name where only a surname makes a capitalised word one (an initial before it in a cell).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivedSurnamesSource } from '../../../../scripts/derive-given-names.js';
import { handwrittenSurnames, surnames } from '../../src/deid/names/surnames.js';
import { found } from './found-texts.js';

describe('derived surnames', () => {
  it('ships exactly what the script derives from the installed packages', () => {
    const shipped = readFileSync(
      new URL('../../src/deid/names/derived-surnames.ts', import.meta.url),
      'utf8',
    );
    expect(shipped).toBe(derivedSurnamesSource());
  });

  it('adds surnames of many languages, but no English word', () => {
    for (const name of ['ekwueme', 'zawadzki', 'popescu', 'ionescu']) {
      expect(handwrittenSurnames().has(name)).toBe(false);
      expect(surnames().has(name)).toBe(true);
    }
    for (const word of ['table', 'window', 'river']) expect(surnames().has(word)).toBe(false);
  });

  it("reads an initial and a derived surname in an export's cell as a person", () => {
    expect(found('14:30,NOISE,J. Ekwueme,"music till 3am"', 'PERSON')).toEqual(['J. Ekwueme']);
  });
});
