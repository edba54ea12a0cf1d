import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  UnsafePatternError,
  autocode,
  hitSnippet,
  type AutocodeText,
} from '../../src/assist/index.js';

/** Two transcript turns; units are the text after each speaker label. */
const TEXT =
  'INT: Who do you ring?\n\nP01: The MASH, mostly. I ring the mash duty line. Then the CMHT.\n\nP02: Mashed potato is not a service. Street triage is.';
function unitOf(label: string, next: string | null): { start: number; end: number } {
  const start = TEXT.indexOf(label) + label.length;
  const end = next ? TEXT.indexOf(next) - 2 : TEXT.length;
  return { start, end };
}
const SOURCE: AutocodeText = {
  sourceId: 's1',
  text: TEXT,
  units: [unitOf('INT: ', 'P01:'), unitOf('P01: ', 'P02:'), unitOf('P02: ', null)],
};

describe('autocode', () => {
  it('finds a phrase case-insensitively and as a whole word by default', () => {
    const { hits } = autocode([SOURCE], { phrase: 'mash' });
    expect(hits.map((h) => TEXT.slice(h.matchStart, h.matchEnd))).toEqual(['MASH', 'mash']);
    expect(hits.every((h) => h.unitIndex === 1)).toBe(true);
  });

  it('can match case-sensitively and inside words', () => {
    const { hits } = autocode([SOURCE], { phrase: 'Mash', caseSensitive: true, wholeWord: false });
    expect(hits.map((h) => TEXT.slice(h.start, h.end))).toEqual(['Mash']);
  });

  it('widens hits to the sentence and merges matches in one sentence', () => {
    const { hits } = autocode([SOURCE], { regex: 'ring|mash', unit: 'sentence', wholeWord: true });
    expect(hits.map((h) => [TEXT.slice(h.start, h.end), h.matches])).toEqual([
      ['Who do you ring?', 1],
      ['The MASH, mostly.', 1],
      ['I ring the mash duty line.', 2],
    ]);
  });

  it('widens hits to the whole turn without its speaker label', () => {
    const { hits } = autocode([SOURCE], { phrase: 'street triage', unit: 'turn' });
    expect(hits).toHaveLength(1);
    expect(TEXT.slice(hits[0]?.start, hits[0]?.end)).toBe(
      'Mashed potato is not a service. Street triage is.',
    );
  });

  it('lets a phrase span a line break and stops at maxHits', () => {
    const text = 'place of\nsafety, place of safety, place  of safety';
    const t = { sourceId: 'x', text, units: [{ start: 0, end: text.length }] };
    expect(autocode([t], { phrase: 'place of safety' }).hits).toHaveLength(3);
    expect(autocode([t], { phrase: 'place of safety', maxHits: 2 })).toMatchObject({
      truncated: true,
      hits: [{ matchStart: 0 }, { matchStart: 17 }],
    });
  });

  it('refuses unsafe regular expressions and reports bad syntax', () => {
    expect(() => autocode([SOURCE], { regex: '(a+)+$' })).toThrow(UnsafePatternError);
    expect(() => autocode([SOURCE], { regex: '[a-' })).toThrow(SyntaxError);
    expect(() => autocode([SOURCE], {})).toThrow('give a phrase or a regular expression');
  });

  it('snippets mark the match and stay inside the bounds', () => {
    const [hit] = autocode([SOURCE], { phrase: 'CMHT' }).hits;
    const unit = SOURCE.units[1];
    expect(hit && hitSnippet(TEXT, hit, 20, unit)).toBe('…duty line. Then the «CMHT».');
    expect(hit && hitSnippet(TEXT, hit)).toBe('«CMHT»');
  });

  it('keeps every hit inside its unit, covering a match that reads as the phrase', () => {
    const word = fc.constantFrom('police', 'Police', 'MASH', 'mash', 'triage', 'x', 'é');
    const sep = fc.constantFrom(' ', '. ', '\n', ', ', '  ');
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('police', 'mash', 'triage'),
        fc.nat(),
        fc.constantFrom('match', 'sentence', 'turn'),
        (parts, phrase, cut, unit) => {
          const s = parts.map(([w, p]) => w + p).join('');
          const mid = cut % (s.length + 1);
          const units = [
            { start: 0, end: mid },
            { start: mid, end: s.length },
          ];
          const { hits } = autocode([{ sourceId: 'p', text: s, units }], { phrase, unit });
          for (const h of hits) {
            const u = units[h.unitIndex];
            expect(u).toBeDefined();
            expect(h.start).toBeGreaterThanOrEqual(u?.start ?? -1);
            expect(h.end).toBeLessThanOrEqual(u?.end ?? -1);
            expect(h.start).toBeLessThanOrEqual(h.matchStart);
            expect(h.end).toBeGreaterThanOrEqual(h.matchEnd);
            expect(s.slice(h.matchStart, h.matchEnd).toLowerCase()).toBe(phrase);
          }
          const expected = units.reduce(
            (n, u) =>
              n +
              (s
                .slice(u.start, u.end)
                .toLowerCase()
                .match(new RegExp(`(?<![\\p{L}\\p{N}_])${phrase}(?![\\p{L}\\p{N}_])`, 'gu'))
                ?.length ?? 0),
            0,
          );
          expect(hits.reduce((n, h) => n + h.matches, 0)).toBe(expected);
        },
      ),
    );
  });
});
