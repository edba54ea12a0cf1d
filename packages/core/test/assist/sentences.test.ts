import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/assist/index.js';

describe('sentenceSpans', () => {
  it('splits after terminal punctuation and at line breaks, trimming white space', () => {
    const text = 'He was known. "Approach calmly!" he said?  Yes\nNo more';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'He was known.',
      '"Approach calmly!"',
      'he said?',
      'Yes',
      'No more',
    ]);
  });

  it('gives ordered, non-empty, trimmed spans inside the range', () => {
    const piece = fc.constantFrom('Word', ' ', '. ', '!', '?\n', '\n\n', '…', 'x', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = Math.min(a % (text.length + 1), b % (text.length + 1));
        const to = Math.max(a % (text.length + 1), b % (text.length + 1));
        let last = from;
        for (const s of sentenceSpans(text, from, to)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeLessThanOrEqual(to);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          last = s.end;
        }
      }),
    );
  });
});
