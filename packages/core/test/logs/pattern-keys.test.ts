import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON, patternKeys } from '../../src/index.js';
import {
  firstGroupTwice,
  keysOpenMatches,
  lookaheadConsumed,
  patternKeyGroups,
  singleCharKeyGroups,
} from '../../src/logs/pattern-keys.js';
import {
  PATTERNS,
  demoLines,
  lexiconTexts,
  randomPatterns,
  smallTexts,
} from './pattern-fixtures.js';

/** Cue and refusal patterns are keyed the same way (fast-lexicon.ts). */
const CUES = [
  ...DEFAULT_LEXICON.negation.before,
  ...DEFAULT_LEXICON.negation.after,
  ...DEFAULT_LEXICON.background.before,
  ...DEFAULT_LEXICON.background.after,
  ...DEFAULT_LEXICON.refusal,
];

/** The soundness the prefilter relies on: every match contains one of its pattern's keys. */
function assertSound(pattern: string, text: string): void {
  const keys = patternKeys(pattern);
  if (!keys) return;
  for (const m of text.matchAll(new RegExp(pattern, 'gi'))) {
    const lower = m[0].toLowerCase();
    expect(
      keys.some((k) => lower.includes(k)),
      `${pattern} matched "${m[0]}" without ${keys}`,
    ).toBe(true);
  }
}

/** A pattern compiled for `assertGroupsSound`. */
interface Checked {
  pattern: string;
  groups: string[][];
  any: RegExp;
  sticky: RegExp;
}

function checked(pattern: string): Checked {
  const groups = patternKeyGroups(pattern) ?? [];
  expect(groups[0] ?? null, pattern).toEqual(patternKeys(pattern));
  return { pattern, groups, any: new RegExp(pattern, 'i'), sticky: new RegExp(pattern, 'iy') };
}

/** As `checked`, with the single-character fallback groups (`singleCharKeyGroups`). */
function checkedSingle(pattern: string): Checked {
  const groups = singleCharKeyGroups(pattern) ?? [];
  return { pattern, groups, any: new RegExp(pattern, 'i'), sticky: new RegExp(pattern, 'iy') };
}

/**
 * The soundness the matcher relies on: every match, at every start in `text` (overlapping ones
 * too), holds a key of each of the pattern's key groups.
 */
function assertGroupsSound(c: Checked, text: string): void {
  if (c.groups.length === 0 || !c.any.test(text)) return;
  for (let i = 0; i <= text.length; i++) {
    c.sticky.lastIndex = i;
    const m = c.sticky.exec(text)?.[0].toLowerCase();
    if (m === undefined) continue;
    for (const keys of c.groups)
      expect(
        keys.some((k) => m.includes(k)),
        `${c.pattern} matched "${m}" without ${keys}`,
      ).toBe(true);
  }
}

describe('patternKeys', () => {
  it('finds literal keys, alternatives, and none when it cannot prove one', () => {
    expect(patternKeys(String.raw`\bPCSOs?\b`)).toEqual(['pcso']);
    expect(patternKeys(String.raw`\b(?:phoned|rang|called)\b`)).toEqual([
      'phoned',
      'rang',
      'called',
    ]);
    expect(patternKeys(String.raw`\bA\s?&\s?E\b`)).toBeNull();
    expect(patternKeys('cat|dog')).toEqual(['cat', 'dog']);
    expect(patternKeys(String.raw`\bGPs?\b`)).toEqual(['gp']);
    expect(patternKeys(String.raw`cat|\d+`)).toBeNull();
    expect(patternKeys(String.raw`\bs\.?\s?136\b`)).toEqual(['136']);
    // A small class extends a literal run into alternatives.
    expect(patternKeys(String.raw`\bP[CS]\s?\d+`)).toEqual(['pc', 'ps']);
    expect(patternKeys('authori[sz]ed')).toEqual(['authorised', 'authorized']);
    // A quantifier after a class or group is no literal ("25" here).
    expect(patternKeys(String.raw`[^.]{0,25}`)).toBeNull();
    // A named group's name is no literal either.
    expect(patternKeys('(?<place>x|y)z')).toBeNull();
  });

  // Every pattern at every start of every demo line: about 25 s on a slow 2-core machine under
  // load, so it gets more than the suite's 30 s default.
  it('is sound for every default pattern on the demo logs', { timeout: 120_000 }, () => {
    const lines = demoLines();
    expect(lines.length).toBeGreaterThan(500);
    for (const p of PATTERNS) for (const line of lines) assertSound(p, line);
  });

  it('is sound on generated texts built from the lexicon words', () => {
    const texts = lexiconTexts([' ', '. ', ', ', '-', '\n'], 30);
    fc.assert(
      fc.property(texts, (text) => {
        for (const p of PATTERNS) assertSound(p, text);
      }),
      { numRuns: 60 },
    );
  });
});

/** Random pattern sources with quantified classes and groups, small classes and named groups. */
const validPattern = randomPatterns({
  literals: ['ab', 'ba', 'cab', 'a b', 'b', 'c', ' ', '-', 'x'],
  classes: ['[ab]', '[Bc]', '[^a]', '\\s', '\\w', '.', '[ab ]'],
  anchors: ['\\b', '^', '$', '\\.'],
  groups: [(x) => `(?<name>${x})`, (x) => `(?=${x})`],
  quantifiers: ['', '', '', '?', '*', '+', '{0,12}', '{2}', '{1,}', '+?'],
  flags: '',
});
const smallText = smallTexts(['a', 'b', 'c', 'A', 'B', 'C', ' ', '-', '.', 'x', '12', '\n', 'é']);

describe('patternKeyGroups', () => {
  it('gives one group per required piece of a one-branch pattern, the strongest first', () => {
    const p = String.raw`\bCPNs?\b[^.;\n]{0,20}\b(?:served|issued|authori[sz]ed)\b`;
    expect(patternKeyGroups(p)).toEqual([
      ['served', 'issued', 'authorised', 'authorized'],
      ['cpn'],
    ]);
    expect(patternKeyGroups('cat|dog food')).toEqual([['cat', 'dog food']]);
    expect(patternKeyGroups(String.raw`\d+`)).toBeNull();
  });

  it('is sound for every default pattern and cue on the demo logs', () => {
    const lines = demoLines();
    for (const c of [...PATTERNS, ...CUES].map(checked))
      for (const line of lines) assertGroupsSound(c, line);
  });

  it('is sound for random patterns at every start of random texts', () => {
    fc.assert(
      fc.property(validPattern, smallText, (p, t) => assertGroupsSound(checked(p), t)),
      { numRuns: 3000 },
    );
  });
});

describe('singleCharKeyGroups (the fallback for patterns without longer keys)', () => {
  it('finds single characters only where no longer key is proven', () => {
    expect(singleCharKeyGroups(String.raw`^[^.\n]{0,140}?\b0\d{3,4} ?\d{3}`)).toEqual([['0']]);
    expect(singleCharKeyGroups(String.raw`\bA\s?&\s?E\b`)).toEqual([['a'], ['&'], ['e']]);
    expect(singleCharKeyGroups(String.raw`\d+`)).toBeNull();
    // With longer keys the groups are the usual ones.
    expect(singleCharKeyGroups(String.raw`\bPCSOs?\b`)).toEqual([['pcso']]);
  });

  it('is sound for every default pattern and cue on the demo logs and phone-number lines', () => {
    const lines = [
      ...demoLines(),
      'Caller 07700 900123: reports male shouting',
      'RP on 0161 496 0000, states neighbour banging',
      'A&E, L & D and D&D staff; s5(2) considered',
    ];
    for (const c of [...PATTERNS, ...CUES].map(checkedSingle))
      for (const line of lines) assertGroupsSound(c, line);
  });

  it('is sound for random patterns at every start of random texts', () => {
    fc.assert(
      fc.property(validPattern, smallText, (p, t) => assertGroupsSound(checkedSingle(p), t)),
      { numRuns: 3000 },
    );
  });
});

/**
 * What the fast matcher relies on when it keys a pattern by its trailing lookahead: wherever the
 * pattern matches, the consumed form matches from the same start (so its keys, which every match
 * of that form holds, start at or after the pattern's match start).
 */
function assertConsumedMatchesAtSameStarts(pattern: string, text: string): void {
  const consumed = lookaheadConsumed(pattern);
  if (consumed === null) return;
  const sticky = new RegExp(pattern, 'iy');
  const wider = new RegExp(consumed, 'iy');
  for (let i = 0; i <= text.length; i++) {
    sticky.lastIndex = i;
    if (!sticky.test(text)) continue;
    wider.lastIndex = i;
    expect(wider.test(text), `${consumed} at ${i} of "${text}"`).toBe(true);
  }
}

describe('lookaheadConsumed (keys for a pattern whose only literals are in a lookahead)', () => {
  it('makes only a trailing positive lookahead of a one-branch pattern consuming', () => {
    expect(lookaheadConsumed(String.raw`\b[A-Z]\d\b(?= (?:to the |to search))`)).toBe(
      String.raw`\b[A-Z]\d\b(?: (?:to the |to search))`,
    );
    expect(lookaheadConsumed(String.raw`a[)](?=b\))`)).toBe(String.raw`a[)](?:b\))`);
    for (const p of ['a(?=b)|c', 'a(?=b)c', 'a(?!b)', 'a(?<=a)', '(?=b)+', 'ab'])
      expect(lookaheadConsumed(p), p).toBeNull();
  });

  it('keys the default call-sign pattern, which had no keys', () => {
    const callSign = PATTERNS.find((p) => p.startsWith(String.raw`\b(?!s\d)[A-Z]{1,4}`)) ?? '';
    expect(singleCharKeyGroups(callSign)).toBeNull();
    expect(singleCharKeyGroups(lookaheadConsumed(callSign) ?? '')?.[0]).toContain('to the');
  });

  it('matches wherever the pattern does, for default patterns and random ones', () => {
    for (const p of [...PATTERNS, ...CUES])
      for (const line of demoLines()) assertConsumedMatchesAtSameStarts(p, line);
    const withLookahead = fc
      .tuple(validPattern, validPattern)
      .map(([p, q]) => `${p}(?=${q})`)
      // Joined, two random patterns may repeat a group name.
      .filter((p) => !/(\(\?<name>)[^]*\1/.test(p));
    fc.assert(
      fc.property(fc.oneof(validPattern, withLookahead), smallText, (p, t) =>
        assertConsumedMatchesAtSameStarts(p, t),
      ),
      { numRuns: 3000 },
    );
  });
});

/** Starts in `match` (lower case) of the keys in `keys`, overlapping occurrences included. */
function keyStarts(match: string, keys: readonly string[]): Set<number> {
  const starts = new Set<number>();
  for (const k of keys)
    for (let at = match.indexOf(k); at >= 0; at = match.indexOf(k, at + 1)) starts.add(at);
  return starts;
}

/** The first key group of `pattern` when `firstGroupTwice` holds for it, else null. */
function twiceGroup(pattern: string): string[] | null {
  const first = singleCharKeyGroups(pattern)?.[0];
  return first && firstGroupTwice(pattern, first) ? first : null;
}

/** What the fast matcher relies on: every match holds keys of the first group at two starts. */
function assertTwoStarts(pattern: string, first: string[], text: string): void {
  const sticky = new RegExp(pattern, 'iy');
  for (let i = 0; i <= text.length; i++) {
    sticky.lastIndex = i;
    const m = sticky.exec(text)?.[0].toLowerCase();
    if (m !== undefined)
      expect(keyStarts(m, first).size, `${pattern} matched "${m}"`).toBeGreaterThanOrEqual(2);
  }
}

describe('firstGroupTwice (RegExps needing their first keys at two places)', () => {
  it('holds for two required pieces with the first group’s keys, not for one or optional ones', () => {
    const says = String.raw`\b(\w+) (?:says|said)\b[^]{0,40}?\b(\w+) (?:says|said)\b`;
    expect(firstGroupTwice(says, ['says', 'said'])).toBe(true);
    expect(firstGroupTwice(String.raw`\bsays\b.*\bsays\b`, ['says'])).toBe(true);
    expect(firstGroupTwice(String.raw`\bsays\b.*(?:says)?`, ['says'])).toBe(false);
    expect(firstGroupTwice(String.raw`\bsays\b|said.*said`, ['says', 'said'])).toBe(false);
    expect(firstGroupTwice('says', ['says'])).toBe(false);
  });

  it('is sound for default patterns and random ones with a repeated piece', () => {
    const marked = [...PATTERNS, ...CUES].flatMap((p) => {
      const first = twiceGroup(p);
      return first ? [{ p, first }] : [];
    });
    expect(marked.length).toBeGreaterThan(0);
    for (const { p, first } of marked)
      for (const line of demoLines()) assertTwoStarts(p, first, line);
    const repeated = fc
      .tuple(validPattern, fc.constantFrom('ab', 'b', '(?:ab|ba)', 'cab'))
      .map(([p, piece]) => `${piece}${p}${piece}`)
      .filter((p) => !/(\(\?<name>)[^]*\1/.test(p));
    fc.assert(
      fc.property(repeated, smallText, (p, t) => {
        const first = twiceGroup(p);
        if (first) assertTwoStarts(p, first, t);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('keysOpenMatches', () => {
  it('holds for a leading word or group of words after \\b that are the first keys', () => {
    expect(keysOpenMatches(String.raw`\bED(?=\s*:)`, ['ed'])).toBe(true);
    expect(keysOpenMatches(String.raw`\b(?:DC|DS|DI|PS)\s?\d+`, ['dc', 'ds', 'di', 'ps'])).toBe(
      true,
    );
    expect(keysOpenMatches(String.raw`\bCPNs?\b`, ['cpn'])).toBe(true);
    // Another branch, an optional group, keys from another piece, no boundary: no.
    expect(keysOpenMatches(String.raw`\bED|at ED`, ['ed'])).toBe(false);
    expect(keysOpenMatches(String.raw`\b(?:DC|DS)?\d+`, ['dc', 'ds'])).toBe(false);
    expect(keysOpenMatches(String.raw`\b(?:he|she) said`, ['said'])).toBe(false);
    expect(keysOpenMatches('ED', ['ed'])).toBe(false);
  });

  const FIRST_KEYS = new Map(PATTERNS.map((p) => [p, patternKeyGroups(p)?.[0] ?? []]));
  /** The default patterns it holds for: the only ones whose keys the matcher filters. */
  const OPENING = PATTERNS.filter((p) => keysOpenMatches(p, FIRST_KEYS.get(p) ?? []));

  /** Every match starts with one of the keys, after no word character. */
  function assertOpens(pattern: string, text: string): void {
    const keys = FIRST_KEYS.get(pattern) ?? [];
    for (const m of text.matchAll(new RegExp(pattern, 'gi'))) {
      const rest = m[0].toLowerCase();
      expect(
        keys.some((k) => rest.startsWith(k)),
        `${pattern} at ${m.index}`,
      ).toBe(true);
      expect(/\w/.test(text[m.index - 1] ?? ''), `${pattern} at ${m.index}`).toBe(false);
    }
  }

  it('is sound for every default pattern on the demo logs and generated texts', () => {
    expect(OPENING.length).toBeGreaterThan(20);
    const lines = demoLines();
    for (const p of OPENING) for (const line of lines) assertOpens(p, line);
    const words = [...new Set(PATTERNS.join(' ').match(/[A-Za-z0-9&']{2,}/g) ?? [])];
    const texts = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '. ', 'x', '_', '1', '\n')), {
        maxLength: 20,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        for (const p of OPENING) assertOpens(p, text);
      }),
      { numRuns: 300 },
    );
  });
});
