import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coversEverything,
  matchAlphabet,
  matchFloor,
  type MatchAlphabet,
} from '../../src/logs/match-alphabet.js';
import {
  PATTERNS,
  demoLines,
  lexiconTexts,
  randomPatterns,
  smallTexts,
} from './pattern-fixtures.js';

function holds(a: MatchAlphabet, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? a.ascii[c] === 1 : a.nonAscii;
}

/**
 * What the fast matcher relies on: at every start (overlapping matches too), every character of
 * the match is in the alphabet, so the floor of any offset inside the match is at most its start.
 */
function assertSound(pattern: string, text: string): void {
  if (!new RegExp(pattern, 'i').test(text)) return;
  const a = matchAlphabet(pattern);
  const sticky = new RegExp(pattern, 'iy');
  for (let s = 0; s < text.length; s++) {
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (m === null) continue;
    for (let q = s; q < s + m[0].length; q++) {
      expect(holds(a, text, q), `${pattern} matched "${m[0]}" holding ${text[q]}`).toBe(true);
      expect(matchFloor(a, text, q), `${pattern} on "${text}" at ${q}`).toBeLessThanOrEqual(s);
    }
  }
}

const chars = (a: MatchAlphabet) =>
  String.fromCharCode(...Array.from(a.ascii.keys()).filter((c) => a.ascii[c] === 1));

describe('matchAlphabet', () => {
  it('reads literals in both cases, classes, escapes, and skips look-arounds', () => {
    expect(chars(matchAlphabet(String.raw`(?<!x)\bAb(?= z)`))).toBe('ABab');
    expect(chars(matchAlphabet('[b-d0]'))).toBe('0BCDbcd');
    expect(chars(matchAlphabet(String.raw`[\w-.]`))).toContain('-');
    expect(chars(matchAlphabet(String.raw`[\w-.]`))).toContain('.');
    expect(chars(matchAlphabet(String.raw`\d{1,2}\/`))).toBe('/0123456789');
    expect(matchAlphabet(String.raw`a\s`).nonAscii).toBe(true);
    expect(matchAlphabet('a’s').nonAscii).toBe(true);
    expect(matchAlphabet(String.raw`a\d`).nonAscii).toBe(false);
  });

  it('gives every character for what it cannot bound', () => {
    expect(coversEverything(matchAlphabet('a.b'))).toBe(true);
    expect(coversEverything(matchAlphabet('[^a]'))).toBe(true);
    expect(coversEverything(matchAlphabet(String.raw`(a)\1`))).toBe(true);
    expect(coversEverything(matchAlphabet(String.raw`\S`))).toBe(true);
    expect(coversEverything(matchAlphabet(String.raw`\01`))).toBe(true);
    expect(coversEverything(matchAlphabet('ab'))).toBe(false);
  });

  it('finds the floor after the last character outside the alphabet', () => {
    const a = matchAlphabet(String.raw`[a-z]+ said`);
    expect(matchFloor(a, 'Spoke to RP, who said', 17)).toBe(12);
    expect(matchFloor(a, 'who said', 4)).toBe(0);
    expect(matchFloor(a, 'x.said', 2)).toBe(2);
  });

  it('is sound for every default pattern on the demo logs', () => {
    const lines = demoLines();
    expect(lines.length).toBeGreaterThan(500);
    for (const p of PATTERNS) for (const line of lines) assertSound(p, line);
  });

  it('is sound on generated texts built from the lexicon words', () => {
    const glue = [' ', '. ', ', ', '-', '\n', '’', ': ', '(', ')', '0', '£'];
    const texts = lexiconTexts(glue, 16);
    fc.assert(
      fc.property(texts, (text) => {
        for (const p of PATTERNS) assertSound(p, text);
      }),
      { numRuns: 25 },
    );
  });
});

/** Random patterns: literals, classes with ranges and escapes, look-arounds, quantifiers. */
const validPattern = randomPatterns({
  literals: ['ab', 'Ba', 'c', ' ', '-', 'x', '/', "'", '’'],
  classes: ['[ab]', '[^a]', '[a-c]', '[\\w-]', '[\\s.]', '[-x]', '[\\b]'],
  escapes: ['\\s', '\\w', '\\d', '\\S', '\\W', '.', '\\.', '\\-'],
  anchors: ['\\b', '\\B', '^', '$', '\\n', '\\t'],
  groups: [(x) => `(${x})`, (x) => `(?<name>${x})`, (x) => `(?=${x})`, (x) => `(?<!${x})`],
  quantifiers: ['', '', '', '?', '*', '+', '{0,12}', '{2}', '+?'],
  flags: 'i',
});

const smallText = smallTexts([
  'a',
  'b',
  'c',
  'A',
  'B',
  'X',
  ' ',
  '-',
  '.',
  '/',
  '1',
  '\n',
  'é',
  '’',
  '\u00a0',
]);

describe('matchAlphabet on random patterns', () => {
  it('holds every character of every match at every start of random texts', () => {
    fc.assert(
      fc.property(validPattern, smallText, (p, t) => assertSound(p, t)),
      { numRuns: 4000 },
    );
  });
});
