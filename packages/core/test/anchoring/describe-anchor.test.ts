import { describe, expect, it } from 'vitest';
import { ANCHOR_CONTEXT_UTF16, describeAnchor } from '../../src/index.js';
import { LONE_SURROGATE } from './well-formed.js';

describe('describeAnchor', () => {
  it('stores the position and the quote with 32 code units of context each side', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
    const anchor = describeAnchor(text, 40, 45);
    expect(ANCHOR_CONTEXT_UTF16).toBe(32);
    expect(anchor).toEqual({
      position: { type: 'TextPositionSelector', startUtf16: 40, endUtf16: 45 },
      quote: {
        type: 'TextQuoteSelector',
        exact: 'QUOTE',
        prefix: 'a'.repeat(32),
        suffix: 'b'.repeat(32),
      },
    });
  });

  it('keeps shorter context at the start and end of the text', () => {
    const anchor = describeAnchor('Ẅell, Łukasz said ß.', 6, 12);
    expect(anchor.quote).toMatchObject({ exact: 'Łukasz', prefix: 'Ẅell, ', suffix: ' said ß.' });
  });

  it('shortens the context by one unit rather than cut an emoji in half', () => {
    // The prefix would start on the low half of 😀 and the suffix end on the high half of 🚓.
    const text = 'x😀' + 'p'.repeat(31) + 'Q' + 's'.repeat(31) + '🚓y';
    const start = text.indexOf('Q');
    const { quote } = describeAnchor(text, start, start + 1);
    expect(quote.prefix).toBe('p'.repeat(31));
    expect(quote.suffix).toBe('s'.repeat(31));
  });

  it('keeps an emoji whole when it fits in the context', () => {
    const text = '😀' + 'p'.repeat(30) + 'Q' + 's'.repeat(30) + '😀';
    const { quote } = describeAnchor(text, 32, 33);
    expect(quote.prefix).toBe(text.slice(0, 32));
    expect(quote.suffix).toBe(text.slice(33));
    expect(LONE_SURROGATE.test(quote.prefix + quote.suffix)).toBe(false);
  });

  it('describes quotes with CRLF, accents and emoji by UTF-16 offsets', () => {
    const text = 'INT: Hello\r\nP1: Café 😀 ok\r\n';
    const start = text.indexOf('Café');
    const anchor = describeAnchor(text, start, start + 'Café 😀'.length);
    expect(anchor.quote.exact).toBe('Café 😀');
    expect(anchor.position.endUtf16 - anchor.position.startUtf16).toBe(7);
    expect(anchor.quote.prefix).toBe('INT: Hello\r\nP1: ');
  });

  it('describes a zero-length span by position and context only', () => {
    const anchor = describeAnchor('before|after', 6, 6);
    expect(anchor.quote).toMatchObject({ exact: '', prefix: 'before', suffix: '|after' });
  });

  it.each([
    [5, 3, /start is after end/],
    [-1, 2, /out of bounds/],
    [0, 99, /out of bounds; offsets must lie in \[0, 6\]/],
    [0.5, 2, /must be integers/],
    [2, 3, /start 2 cuts an astral character/],
    [0, 5, /end 5 cuts an astral character/],
  ])('rejects the span [%s, %s) with a RangeError that says why', (start, end, message) => {
    const text = 'a😀b😀';
    expect(() => describeAnchor(text, start, end)).toThrow(RangeError);
    expect(() => describeAnchor(text, start, end)).toThrow(message);
  });
});
