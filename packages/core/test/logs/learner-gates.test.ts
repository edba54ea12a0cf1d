import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_AFTER, nameMayFollow } from '../../src/logs/staff-names.js';

/** Pieces of the text after a partner trigger: blanks, brackets, titles, initials, names, capitals. */
const PIECES = [' ', '\t', ',', '(', 'Mr', 'Mrs', 'Dr', 'Miss', '.', 'N', 'N.', 'Niamh', 'NIAMH'];
const MORE = ['Gallagher', 'WILL', 'ÉMILE', 'Émile', 'éa', 'x', 'de', '-', "'", '’', '1'];
const afterTrigger = fc
  .array(fc.constantFrom(...PIECES, ...MORE), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('nameMayFollow (the test before NAME_AFTER in staff-names.ts)', () => {
  it('is true wherever NAME_AFTER matches the 40 characters after a trigger', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), afterTrigger, (before, after) => {
        const text = before + after;
        const at = before.length;
        if (NAME_AFTER.test(text.slice(at, at + 40)))
          expect(nameMayFollow(text, at), JSON.stringify(after)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('skips capitals text and lower-case words, keeps titles, initials and names', () => {
    for (const after of [' WILL ATTEND', ' will attend', ', 12 Tern Court'])
      expect(nameMayFollow(after, 0), after).toBe(false);
    for (const after of [' Mr Kofi Babatunde', ' (N. Gallagher)', ', Niamh', ' Émile'])
      expect(nameMayFollow(after, 0), after).toBe(true);
  });
});
