import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOP_WORDS, textFeatures, wordTokens } from '../../src/assist/index.js';

/** Text mixing words, punctuation, apostrophes, accents, astral characters and line breaks. */
const messyText = fc
  .array(
    fc.constantFrom(
      'Police',
      'mash',
      "don't",
      'café',
      'O’Neill',
      '136',
      ' ',
      '  ',
      '\n',
      ',',
      '.',
      '😀',
      '—',
      "'",
      's136',
      'Ünal',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('wordTokens', () => {
  it('gives tokens inside the text, in order, each the lower-cased text at its offsets', () => {
    fc.assert(
      fc.property(fc.oneof(messyText, fc.string({ unit: 'binary' })), (text) => {
        let last = 0;
        for (const t of wordTokens(text)) {
          const inside = t.start >= last && t.end > t.start && t.end <= text.length;
          if (!inside || text.slice(t.start, t.end).toLowerCase() !== t.term) return false;
          last = t.end;
        }
        return true;
      }),
    );
  });

  it('keeps inner apostrophes and splits on punctuation', () => {
    expect(wordTokens("Don't ring 101, ring O’Neill.").map((t) => t.term)).toEqual([
      "don't",
      'ring',
      '101',
      'ring',
      'o’neill',
    ]);
  });
});

describe('textFeatures', () => {
  it('drops stop words and numbers and adds adjacent-word bigrams', () => {
    expect(textFeatures('The place of safety was full at 2 a.m.')).toEqual([
      'place',
      'safety',
      'full',
      'm',
      'place safety',
      'safety full',
      'full m',
    ]);
    expect(STOP_WORDS.has('the')).toBe(true);
  });
});
