/**
 * lowercase-lines.ts reads a line word by word and gives up as soon as its capitals can no longer
 * be one word in ten. It must answer as reading every word of the line first would, on random
 * lines of lower-case and capitalised words, apostrophes, hyphens, digits and punctuation. ASCII
 * lines are refused by a count by hand before the regex reads them: with the line's end anywhere
 * (inside a word too), it must answer as the regex loop alone does.
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
  "o'neill",
  'SMITH-JONES',
  'Officers',
  'IN',
  're-',
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

  it('answers as the regex loop alone, wherever the line ends', () => {
    fc.assert(
      fc.property(fc.array(WORDY_PIECE, { maxLength: 80 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join(' ');
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const fast = lowerLineWords(text, start!, end!)?.map((m) => [m.index, m[0]]) ?? null;
        expect(fast).toEqual(regexLoop(text, start!, end!));
      }),
      { numRuns: 1000 },
    );
  });
});

/** Mostly lower-case words, so that lines near the one-in-ten bound are common. */
const WORDY_PIECE = fc.oneof(
  { arbitrary: fc.constantFrom('rang', 'the', 'desk', "o'neill", 'jean-paul', 'x'), weight: 8 },
  { arbitrary: fc.constantFrom('Aldi', 'MUM', 'Zara', 'IN'), weight: 1 },
  { arbitrary: PIECE, weight: 1 },
);

/** lowerLineWords as the regex alone reads it: word by word, giving up as early. */
function regexLoop(text: string, start: number, end: number): [number, string][] | null {
  const words: [number, string][] = [];
  let capitals = 0;
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
    words.push([m.index, m[0]]);
    if (/^\p{Lu}/u.test(m[0])) capitals++;
    if (capitals * 10 > words.length + Math.ceil((end - WORD.lastIndex) / 2)) return null;
  }
  return words.length >= 4 && capitals * 10 <= words.length ? words : null;
}
