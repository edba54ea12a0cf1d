/**
 * lowercase-lines.ts reads a line word by word and gives up as soon as its capitals can no longer
 * be one word in ten. It must answer as reading every word of the line first would, on random
 * lines of lower-case and capitalised words, apostrophes, hyphens, digits and punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerLineWords } from '../../src/deid/names/lowercase-lines.js';

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

/** Every word of the line, then the rule: four words or more, at most one capital in ten. */
function slowWords(line: string): string[] | null {
  const words = [...line.matchAll(WORD)].map((m) => m[0]);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && capitals * 10 <= words.length ? words : null;
}

const PIECE = fc.constantFrom(
  'tommy',
  'rang',
  'the',
  'desk',
  'Aldi',
  'MUM',
  'o’neill',
  'jean-paul',
  'x',
  'Ég',
  'ünal',
  ' ',
  ' ',
  ' ',
  '  ',
  ',',
  '.',
  '?',
  '12',
  ':',
  '-',
  "'",
  '😂',
);

describe('lower-case lines', () => {
  it('gives up early only where reading the whole line would refuse it', () => {
    fc.assert(
      fc.property(
        fc.array(PIECE, { maxLength: 60 }),
        fc.string({ maxLength: 8 }),
        (parts, tail) => {
          const line = parts.join('');
          const text = `${line}\n${tail}`;
          const fast = lowerLineWords(text, 0, line.length)?.map((m) => m[0]) ?? null;
          expect(fast).toEqual(slowWords(line));
        },
      ),
      { numRuns: 500 },
    );
  });
});
