/**
 * The pre-filters of the eighth speed pass (docs/log-analysis.md, Speed) never drop what the
 * path without them finds:
 * - cue RegExps whose matches open with a key at a word boundary skip, inside a window, a key
 *   right after a word character (lexicon-matcher.ts `cueRegexIn`), but not at a window's start;
 * - the local-name learners' words gated by the shared key scan
 *   (`EntryMatches.mayHoldLocalNameWords`): shut only where `ANY_NAME_WORD` cannot match;
 * - `liveLabels` and the place-name capital test, checked through whole analyses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseLog,
  DEFAULT_CONTINUUM_SCALE,
  DEFAULT_LEXICON,
  type Lexicon,
} from '../../src/index.js';
import { fastMatcher } from '../../src/logs/lexicon-matcher.js';
import { ANY_NAME_WORD } from '../../src/logs/local-names.js';
import { referenceMatcher } from '../../src/logs/reference-matcher.js';
import { bareLexicon } from './pattern-fixtures.js';

/**
 * A small lexicon (one event term, so each compiles fast) whose only cues are `cues`, on both
 * sides of negation and background.
 */
function cueLexicon(cues: string[], window: number): Lexicon {
  return {
    ...bareLexicon(['\\bsaid\\b'], {
      negation: { before: cues, after: cues, windowUtf16: window },
      background: { before: cues, after: cues, windowUtf16: window },
    }),
    refusal: [],
  };
}

/** RegExp-only cues (unbounded tails) that open with a word, or a group of words, after `\b`. */
const OPENING = ['no', 'not', 'is', 'was', '(?:is|was|now)', '(?:no|nor)', 'he'];
const cuePattern = fc
  .tuple(
    fc.constantFrom(...OPENING),
    fc.constantFrom('\\b[^.]*', '\\w*', '(?!\\s*\\d)', ' (?:in|at) [a-z]+', '\\b.*$', '[a-z ]+'),
  )
  .map(([open, tail]) => `\\b${open}${tail}`);

/** Texts where the opening words also occur inside words ("xno", "this", "KNOWN"). */
const cueText = fc
  .array(
    fc.constantFrom(
      'no',
      'NO',
      'xno',
      'this',
      'was',
      'KNOWN',
      'he',
      'the',
      'is',
      'in',
      ' ',
      ' ',
      '.',
      '7',
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

/** Clause boundaries at random offsets, as flat ascending [start, end) pairs. */
const bounds = fc
  .uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 4 })
  .map((xs) => [...xs].sort((a, b) => a - b).flatMap((x) => [x, x + 1]));

describe('cue RegExp keys after a word character', () => {
  it('decide every negation and background window as the reference does', () => {
    fc.assert(
      fc.property(
        fc.array(cuePattern, { minLength: 1, maxLength: 3 }),
        cueText,
        bounds,
        fc.integer({ min: 1, max: 14 }),
        (cues, t, b, window) => {
          const lexicon = cueLexicon(cues, window);
          const fast = fastMatcher(lexicon).match(t);
          const ref = referenceMatcher(lexicon).match(t);
          // Every window start, so windows open right at, before and after each key.
          for (let start = 0; start <= t.length; start++)
            for (const end of [start, Math.min(t.length, start + 2)])
              for (const kind of ['negation', 'background'] as const)
                expect(fast.cancelled(kind, b, start, end), `${kind} ${start}-${end}`).toBe(
                  ref.cancelled(kind, b, start, end),
                );
        },
      ),
      { numRuns: 600 },
    );
  });

  it('still finds a cue whose key follows a word character at the window start', () => {
    // The window before "x" (at 9) is cut 5 back, at "no": inside "xno" in the whole text, but
    // the window starts there, so `\bno\b` holds in it.
    const lexicon = cueLexicon(['\\bno\\b[^.]*'], 5);
    const t = 'abcxno cd x';
    for (const m of [fastMatcher(lexicon).match(t), referenceMatcher(lexicon).match(t)])
      expect(m.cancelled('negation', [], 9, 10)).toBe(true);
    expect(
      fastMatcher(cueLexicon(['\\bno\\b[^.]*'], 8))
        .match(t)
        .cancelled('negation', [], 9, 10),
    ).toBe(false);
  });
});

/**
 * The learners' words, read from `ANY_NAME_WORD` itself (so the test follows its edits), in their
 * own case, upper and lower case, with and without their leading space, and some name words.
 */
const LEARNER_WORDS = ANY_NAME_WORD.source.split('|');
const NAME_WORDS = [
  ...LEARNER_WORDS.flatMap((w) => [w, w.trim(), w.toUpperCase(), w.toLowerCase()]),
  'Brookfold',
  'Riverside',
  'the',
  'Lantern',
  'a',
];
const nameText = fc
  .array(fc.tuple(fc.constantFrom(...NAME_WORDS), fc.constantFrom(' ', '', '. ', ', ', '(', 'x')), {
    maxLength: 10,
  })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('local-name words gate', () => {
  it('is shut only where the learners’ word test cannot match (generated texts)', () => {
    fc.assert(
      fc.property(nameText, (t) => {
        if (!fastMatcher(DEFAULT_LEXICON).match(t).mayHoldLocalNameWords())
          expect(ANY_NAME_WORD.test(t), t).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('is shut on a text without the words, open where one occurs', () => {
    expect(
      fastMatcher(DEFAULT_LEXICON).match('Words of advice given').mayHoldLocalNameWords(),
    ).toBe(false);
    expect(
      fastMatcher(DEFAULT_LEXICON)
        .match('locks changed by Brookfold Homes')
        .mayHoldLocalNameWords(),
    ).toBe(true);
  });

  it('learns and finds the same local names as the reference path in whole logs', () => {
    const entry = fc.tuple(
      nameText,
      fc.constantFrom(null, 'PC 1 SMITH', 'BROOKFOLD HOMES - TENANCY OFFICER J. DOE'),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (rows) => {
        const log = {
          entries: rows.map(([text, author], index) => ({ index, author, text })) as Parameters<
            typeof analyseLog
          >[0]['entries'],
        };
        const fast = analyseLog(log);
        const ref = analyseLog(log, DEFAULT_LEXICON, DEFAULT_CONTINUUM_SCALE, {
          matcher: 'reference',
        });
        expect(fast).toEqual(ref);
      }),
      { numRuns: 300 },
    );
  });
});
