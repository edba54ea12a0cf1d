import { describe, expect, it } from 'vitest';
import { anchorQuote, quoteOccurrences } from '../../src/text/index.js';

describe('anchorQuote', () => {
  const text = 'P01: He was known to services. He was not known for violence.';

  it('anchors a quote that occurs once, with position and context', () => {
    const placed = anchorQuote(text, 'not known for violence');
    expect(placed.ok).toBe(true);
    if (!placed.ok) return;
    const { startUtf16, endUtf16 } = placed.anchor.position;
    expect(text.slice(startUtf16, endUtf16)).toBe('not known for violence');
    expect(placed.anchor.quote.prefix).toBe(text.slice(Math.max(0, startUtf16 - 32), startUtf16));
  });

  it('reports a missing, an empty and an ambiguous quote instead of guessing', () => {
    expect(anchorQuote(text, 'not in the text')).toEqual({
      ok: false,
      reason: 'not_found',
      occurrences: 0,
    });
    expect(anchorQuote(text, '')).toMatchObject({ ok: false, reason: 'empty' });
    expect(anchorQuote(text, 'He was')).toEqual({ ok: false, reason: 'ambiguous', occurrences: 2 });
  });

  it('counts overlapping occurrences', () => {
    expect(quoteOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
  });
});
