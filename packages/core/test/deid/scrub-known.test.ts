import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdentifierScrubber, PseudonymTable, type KnownIdentifier } from '@liaison/core';

const KNOWN: KnownIdentifier[] = [
  { original: 'Jean SMITH', replacement: 'Person 1', type: 'PERSON' },
  { original: 'Kwame SMITH', replacement: 'Person 2', type: 'PERSON' },
  { original: 'Will HARDY', replacement: 'Person 3', type: 'PERSON' },
  { original: '07700 900123', replacement: '[PHONE 1]', type: 'PHONE' },
  { original: '34', replacement: '[AGE 1]', type: 'AGE' },
];

describe('IdentifierScrubber', () => {
  const scrubber = new IdentifierScrubber(KNOWN);

  it('replaces known identifiers in any case, at word boundaries only', () => {
    expect(scrubber.scrubString('jean smith rang 07700 900123; SMITHSON did not')).toBe(
      'Person 1 rang [PHONE 1]; SMITHSON did not',
    );
  });

  it('replaces the words of a full name as written, title or upper case', () => {
    expect(scrubber.scrubString('Kwame and KWAME, not kwame')).toBe(
      'Person 2 and Person 2, not kwame',
    );
    expect(scrubber.scrubString('Smith said')).toBe('[PERSON] said');
    expect(scrubber.scrubString('Will Hardy will')).toBe('Person 3 will');
  });

  it('leaves short numbers alone so times and counts survive', () => {
    expect(scrubber.scrubString('at 10:34, aged 34')).toBe('at 10:34, aged 34');
  });

  it('maps offsets across replacements', () => {
    const { text, offsetMap } = scrubber.scrub('Call Jean SMITH now');
    expect(text).toBe('Call Person 1 now');
    expect(text.slice(offsetMap.map(16), offsetMap.map(19))).toBe('now');
    expect(offsetMap.map(7, 'start')).toBe(5);
    expect(offsetMap.map(7, 'end')).toBe(13);
  });

  it('replaces pieces of identifiers cut at the edges of a quote', () => {
    const window = { prefix: 'n SMITH rang ', exact: 'the team', suffix: ' on 07700 9' };
    expect(scrubber.scrubWindow(window)).toEqual({
      prefix: 'Person 1 rang ',
      exact: 'the team',
      suffix: ' on [PHONE 1]',
    });
  });

  it('walks JSON, scrubbing keys, strings and quote objects', () => {
    const value = {
      'Jean SMITH': ['Jean SMITH'],
      quote: { prefix: 'EAN SMITH ', exact: 'x', suffix: '' },
    };
    expect(scrubber.scrubJson(value)).toEqual({
      'Person 1': ['Person 1'],
      quote: { prefix: 'Person 1 ', exact: 'x', suffix: '' },
    });
  });

  it('never leaves a known identifier in text built around it', () => {
    const word = fc.stringMatching(/^[a-z .,:;\n]{0,12}$/);
    const pick = fc.constantFrom(...KNOWN.filter((k) => k.original.length > 2));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, pick), { maxLength: 6 }), word, (parts, tail) => {
        const text = parts.map(([w, k]) => `${w} ${k.original} `).join('') + tail;
        const out = scrubber.scrubString(text);
        for (const [, k] of parts) expect(out).not.toContain(k.original);
      }),
    );
  });
});

describe('placeholder policy', () => {
  it('writes a bare placeholder for the chosen types and keeps no entry for them', () => {
    const table = new PseudonymTable({
      secret: new Uint8Array(32),
      hmac: (_k, d) => d,
      policy: { placeholders: ['PHONE'] },
    });
    const text = 'ring 07700 900123';
    const [r] = table.replacementsFor(text, [
      {
        type: 'PHONE',
        startUtf16: 5,
        endUtf16: 17,
        text: '07700 900123',
        score: 1,
        recognizer: 't',
      },
    ]);
    expect(r?.replacement).toBe('[PHONE]');
    expect(table.counts()).toEqual({});
  });
});
