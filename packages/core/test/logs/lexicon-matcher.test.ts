import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseLog,
  DEFAULT_CONTINUUM_SCALE,
  DEFAULT_LEXICON,
  type Lexicon,
  type LogAnalysis,
} from '../../src/index.js';
import { compileLexicon } from '../../src/logs/compile-lexicon.js';
import { clauseBoundaries } from '../../src/logs/cue-windows.js';
import { compileFast } from '../../src/logs/fast-lexicon.js';
import { ALL_INLINE_CUES, historySpans } from '../../src/logs/history-segments.js';
import { fastMatcher } from '../../src/logs/lexicon-matcher.js';
import { literalPaths } from '../../src/logs/literal-paths.js';
import { referenceMatcher } from '../../src/logs/reference-matcher.js';
import { parsePoliceLogCsv, parsePoliceLogText } from '../../src/sources/index.js';
import { bareLexicon } from './pattern-fixtures.js';

type Entries = { index: number; author: string | null; text: string }[];

function analyse(entries: Entries, matcher: 'fast' | 'reference', lexicon = DEFAULT_LEXICON) {
  const log = { entries: entries as Parameters<typeof analyseLog>[0]['entries'] };
  return analyseLog(log, lexicon, DEFAULT_CONTINUUM_SCALE, { matcher });
}

function logFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return logFiles(path);
    return /\.(txt|csv)$/.test(f) ? [path] : [];
  });
}

const ROOT = join(__dirname, '../../../..');

/** Words of the default lexicon's patterns, plus punctuation, case and non-ASCII characters. */
const WORDS = [
  ...new Set(
    JSON.stringify(DEFAULT_LEXICON)
      .match(/[A-Za-z0-9&']{2,}/g)
      ?.filter((w) => w.length < 14),
  ),
];
const SEPARATORS = [' ', ' ', '. ', ', ', ' - ', '\n', ': ', '(', ') ', '/', 'é', '\u00a0', 'K'];
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS).map((w) => w.toUpperCase()) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const entryText = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { maxLength: 24 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const author = fc.constantFrom(
  null,
  'PC 2231 SMITH',
  'L&D NURSE',
  'CUSTODY HCP',
  'OPR 1200',
  'AMHP',
);
const entries = fc
  .array(fc.tuple(author, entryText), { minLength: 1, maxLength: 8 })
  .map((es) => es.map(([a, text], index) => ({ index, author: a, text })));

/** The fast matcher's events and negation windows equal the reference matcher's on `t`. */
function expectSameMatches(lexicon: Parameters<typeof fastMatcher>[0], t: string): void {
  const fast = fastMatcher(lexicon).match(t);
  const ref = referenceMatcher(lexicon).match(t);
  expect(fast.list('events')).toEqual(ref.list('events'));
  const bounds = [3, 4, 11, 12];
  for (let start = 0; start < t.length; start++) {
    const end = Math.min(t.length, start + 2);
    expect(fast.cancelled('negation', bounds, start, end), `${start}`).toBe(
      ref.cancelled('negation', bounds, start, end),
    );
  }
}

describe('fast lexicon matcher', () => {
  it('analyses every demo and evaluation log exactly as the reference matcher does', () => {
    const files = [
      ...logFiles(join(ROOT, 'eval/logs')),
      ...logFiles(join(ROOT, 'examples/demo-study/logs')),
    ];
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const parsed = file.endsWith('.csv')
        ? parsePoliceLogCsv(text, file)
        : parsePoliceLogText(text, file);
      if (!parsed.ok) continue;
      const fast: LogAnalysis = analyse(parsed.structure.entries, 'fast');
      expect(fast, file).toEqual(analyse(parsed.structure.entries, 'reference'));
    }
  });

  it('gives the same analysis as the reference on generated entries', () => {
    fc.assert(
      fc.property(entries, (es) => {
        expect(analyse(es, 'fast')).toEqual(analyse(es, 'reference'));
      }),
      { numRuns: 300 },
    );
  });
});

/** Random pattern sources: mostly inside the literal-path subset, some outside it. */
const atom: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('a', 'b', 'A', 'c', ' ', '-', '&', '1', '\\.') },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        '[ab]',
        '[^a]',
        '[- ]',
        '\\s',
        '\\d',
        '\\w',
        '\\W',
        '\\S',
        '.',
        '[A-C1]',
      ),
    },
    { weight: 3, arbitrary: fc.constantFrom('\\b', '\\B', '^', '$') },
    { weight: 1, arbitrary: fc.constantFrom('a+', '\\s*', '\\1') },
    { weight: 2, arbitrary: fc.tuple(tie('seq'), tie('seq')).map(([x, y]) => `(?:${x}|${y})`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), tie('seq'))
        .map(([open, x]) => `${open}${x})`),
    },
  ),
  quantified: fc
    .tuple(tie('atom'), fc.constantFrom('', '', '', '?', '??', '{0,2}', '{1,2}', '{2}'))
    .map(([a, q]) => a + q),
  seq: fc.array(tie('quantified'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('')),
})).seq;
const pattern = atom.filter((p) => {
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
});
const text = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      'A',
      'B',
      'c',
      ' ',
      '-',
      '&',
      '1',
      '.',
      '_',
      '\n',
      'é',
      '\u00a0',
      '\u2028',
      'K',
    ),
    {
      maxLength: 30,
    },
  )
  .map((cs) => cs.join(''));

/** A lexicon holding only the patterns under test, so that compiling it is cheap. */
function lexiconOf(events: string[], before: string[], after: string[]): Lexicon {
  return bareLexicon(events, {
    negation: { before, after, windowUtf16: 12 },
    background: { before: [], after: [], windowUtf16: 12 },
  });
}

describe('literal paths against RegExp', () => {
  it('expand a pattern only when they can, and never to an empty match', () => {
    expect(literalPaths(String.raw`\bPCSOs?\b`)?.length).toBe(2);
    expect(literalPaths(String.raw`\bself[- ]harm`)?.length).toBe(1);
    expect(literalPaths(String.raw`\bnot\b(?! (?:taken|had))`)?.length).toBe(1);
    expect(literalPaths('a+')).toBeNull();
    expect(literalPaths(String.raw`(a)\1`)).toBeNull();
    expect(literalPaths('(?<name>a)')).toBeNull();
    expect(literalPaths('a?')).toBeNull();
  });

  it('agree with RegExp on a legacy octal escape, which takes the digits after it', () => {
    // `\111?` is an optional `I` (octal 111), so it matches the empty string anywhere.
    const lexicon = lexiconOf(['a'], ['[ab]'], [String.raw`\111?`]);
    expectSameMatches(lexicon, 'aaa');
    expectSameMatches(lexicon, 'a11');
  });

  it('find the same matches and cue windows as RegExp for random patterns and texts', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 3 }),
        pattern,
        pattern,
        text,
        (ps, b, a, t) => {
          expectSameMatches(lexiconOf(ps, [b], [a]), t);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Texts where RegExp-only patterns (unbounded, so outside the path subset) match repeatedly. */
const repeatText = fc
  .array(
    fc.constantFrom('he said', 'HE SAYS', 'said', 'no beds', 'No', 'PC 12', 'ps7', 'x', ' ', '. '),
    { maxLength: 20 },
  )
  // Joined without separators too, so that one match can start where the previous one ends.
  .map((parts) => parts.join(''));

describe('RegExp-only patterns and refusal cues', () => {
  const events = [String.raw`\bhe (?:said|says)\b[a-z ]*`, String.raw`\bP[CS]\s?\d+`, 'sa+id'];

  it('find every match, however many, whether keys follow the last match or not', () => {
    const lexicon = lexiconOf(events, [], []);
    fc.assert(
      fc.property(repeatText, (t) => {
        const fast = fastMatcher(lexicon).match(t).list('events');
        expect(fast).toEqual(referenceMatcher(lexicon).match(t).list('events'));
      }),
      { numRuns: 400 },
    );
  });

  it('report refusal as the reference does, with keyed cues and with a cue that has no key', () => {
    const keyed = { ...lexiconOf(events, [], []), refusal: [String.raw`\bno beds?\b`, 'declin'] };
    const unkeyed = { ...keyed, refusal: [...keyed.refusal, String.raw`\d+`] };
    fc.assert(
      fc.property(repeatText, (t) => {
        for (const lexicon of [keyed, unkeyed])
          expect(fastMatcher(lexicon).match(t).refused()).toBe(
            referenceMatcher(lexicon).match(t).refused(),
          );
      }),
      { numRuns: 400 },
    );
    expect(fastMatcher(keyed).match('No beds tonight').refused()).toBe(true);
    expect(fastMatcher(keyed).match('PC 12 said no').refused()).toBe(false);
    expect(fastMatcher(unkeyed).match('PC 12 said no').refused()).toBe(true);
  });

  it('report refusal as the joined alternation does when a cue has a back-reference', () => {
    // Joined, the second cue's \1 refers to the first cue's group (compile-lexicon.ts `anyOf`).
    const lexicon = { ...lexiconOf(events, [], []), refusal: ['(no) beds', String.raw`x\1`] };
    for (const t of ['xno', 'x', 'no beds', 'he said x'])
      expect(fastMatcher(lexicon).match(t).refused(), t).toBe(
        referenceMatcher(lexicon).match(t).refused(),
      );
  });
});

/** Texts where patterns keyed only by a trailing lookahead (`lookaheadConsumed`) match. */
const callSignText = fc
  .array(
    fc.constantFrom(
      'RV12',
      'ab1',
      'x',
      ' to the ',
      ' TO SEARCH',
      ' to',
      ' the',
      ', said',
      ' ',
      '. ',
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

describe('RegExps keyed by their trailing lookahead', () => {
  const events = [
    String.raw`\b[A-Z]{1,4}\d{1,3}\b(?= (?:to the |to search))`,
    String.raw`[a-z]+(?=,? said\b)`,
  ];
  const cues = [String.raw`\d+(?= to)`];

  it('are keyed, not run on every entry', () => {
    expect(compileFast(lexiconOf(events, cues, cues)).unkeyed).toEqual([]);
  });

  it('find the same matches and cue windows as RegExp', () => {
    const lexicon = lexiconOf(events, cues, cues);
    fc.assert(
      fc.property(callSignText, (t) => {
        expectSameMatches(lexicon, t);
      }),
      { numRuns: 500 },
    );
  });
});

describe('RegExps needing their first keys at two places', () => {
  const events = [String.raw`\b(\w+) (?:says|said)\b[^]{0,20}?\b(?!\1\b)(\w+) (?:says|said)\b`];

  it('are marked, and find the same matches as RegExp', () => {
    const lexicon = lexiconOf(events, [], []);
    expect(compileFast(lexicon).regexes.find((r) => r.list >= 0)?.twoKeyStarts).toBe(true);
    fc.assert(
      fc.property(repeatText, (t) => {
        const fast = fastMatcher(lexicon).match(t).list('events');
        expect(fast).toEqual(referenceMatcher(lexicon).match(t).list('events'));
      }),
      { numRuns: 400 },
    );
    expect(fastMatcher(lexicon).match('PC says no, she said yes').list('events')).toHaveLength(1);
  });
});

/** Words and gaps for RegExp-only patterns with several required pieces (key groups). */
const GROUP_WORDS = ['he', 'said', 'no', 'beds', 'mr', 'ms', 'told', 'pc', 'ps', 'x'];
const groupPattern = fc
  .tuple(
    fc.constantFrom(...GROUP_WORDS),
    fc.constantFrom('[^.]{0,12}', '\\w*', ' (?:the )?', '[a-z ]+', '\\s?\\d+', '[CS]'),
    fc.constantFrom(...GROUP_WORDS, '(?:said|told)', '(?:Mr|Ms)\\.?'),
    fc.constantFrom('', '\\b', '+', '[^.]*$'),
  )
  .map(([a, gap, b, end]) => `\\b${a}${gap}${b}${end}`)
  .filter((p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  });
const groupText = fc
  .array(fc.constantFrom(...GROUP_WORDS, 'Mr.', 'PC 12', 'PS7', ' ', ' ', '. ', 'the ', '7'), {
    maxLength: 18,
  })
  .map((parts) => parts.join(''));

describe('RegExp-only patterns with several key groups', () => {
  it('find the same term matches, cue windows and refusals as the reference', () => {
    fc.assert(
      fc.property(fc.array(groupPattern, { minLength: 1, maxLength: 3 }), groupText, (ps, t) => {
        const lexicon = { ...lexiconOf(ps, ps, ps), refusal: ps };
        const fast = fastMatcher(lexicon).match(t);
        const ref = referenceMatcher(lexicon).match(t);
        expect(fast.list('events')).toEqual(ref.list('events'));
        expect(fast.refused()).toBe(ref.refused());
        const bounds = [6, 7];
        for (let start = 0; start < t.length; start++) {
          const end = Math.min(t.length, start + 2);
          expect(fast.cancelled('negation', bounds, start, end), `${start}`).toBe(
            ref.cancelled('negation', bounds, start, end),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('fast matcher buffers', () => {
  const lexicon = DEFAULT_LEXICON;
  const NAMES = ['agencies', 'authors', 'events', 'framings', 'instruments', 'signals'] as const;

  it('keeps each result intact while later texts are matched with other list masks', () => {
    // Results are read only after all calls: a list or buffer shared between calls (the empty
    // lists of unread term lists, the RegExp work list) would show another call's matches.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(entryText, fc.integer({ min: 0, max: 63 })), { maxLength: 6 }),
        (calls) => {
          const results = calls.map(([t, mask]) => fastMatcher(lexicon).match(t, mask));
          calls.forEach(([t, mask], i) => {
            const ref = referenceMatcher(lexicon).match(t);
            NAMES.forEach((name, list) => {
              const want = ((mask >> list) & 1) === 1 ? ref.list(name) : [];
              expect(results[i]?.list(name), `${name} of call ${i}`).toEqual(want);
            });
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stamps work past 2^31 calls: serials wrap within 32 bits and skip the initial zero', () => {
    // The stamps are Int32Arrays: a serial past the 32-bit range would be stored wrapped and never
    // equal itself again (key groups would read as missing, RegExps would run twice), and a serial
    // of 0 would equal every stamp never set. Texts whose matches need RegExps with key groups:
    const texts = [
      'CPN served following CPW breach, NOT DETAINED',
      'Caller 07700 900123: reports male shouting. Officers stood down',
      'DETAINED S136 MHA, CONVEYED TO SUITE. Search stood down, MISPER found safe',
      'AMHP AND S12 DR ARRIVED, MHA ASSESSMENT COMPLETE',
    ];
    const scratch = compileFast(lexicon).scratch;
    const saved = scratch.serial;
    try {
      for (const start of [2 ** 31 - 3, -3]) {
        scratch.serial = start;
        for (let round = 0; round < 3; round++)
          for (const t of texts) {
            const fast = fastMatcher(lexicon).match(t);
            const ref = referenceMatcher(lexicon).match(t);
            for (const name of NAMES)
              expect(fast.list(name), `${name}: ${t}`).toEqual(ref.list(name));
            expect(fast.refused()).toBe(ref.refused());
          }
      }
    } finally {
      scratch.serial = saved;
    }
  });
});

describe('inline history gate', () => {
  const inline = compileLexicon(DEFAULT_LEXICON).history.inline;
  const HISTORY_WORDS = [
    ...new Set(DEFAULT_LEXICON.history?.inline.join(' ').match(/[A-Za-z0-9]{2,}/g) ?? []),
  ];
  const historyText = fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...HISTORY_WORDS),
          fc.constantFrom(...WORDS),
          fc.nat(40).map(String),
        ),
        fc.constantFrom(...SEPARATORS, '/', ' x ', '. In '),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

  /** The gate may only be shut where the inline cues' alternation finds nothing. */
  function assertSound(text: string): void {
    inline.lastIndex = 0;
    if (!fastMatcher(DEFAULT_LEXICON).match(text).mayHoldInlineHistory())
      expect(inline.test(text), text).toBe(false);
  }

  it('is shut on a text without the cues’ words, open where a cue occurs', () => {
    expect(fastMatcher(DEFAULT_LEXICON).match('Words of advice given').mayHoldInlineHistory()).toBe(
      false,
    );
    expect(fastMatcher(DEFAULT_LEXICON).match('seen on 12/04, NFA').mayHoldInlineHistory()).toBe(
      true,
    );
  });

  it('is shut only where no inline history cue matches (generated texts)', () => {
    fc.assert(fc.property(historyText, assertSound), { numRuns: 3000 });
  });

  const history = compileLexicon(DEFAULT_LEXICON).history;
  const cues = DEFAULT_LEXICON.history?.inline ?? [];
  const spans = (text: string, inline: boolean | number) =>
    historySpans(text, history, clauseBoundaries(text), inline);

  it('finds with the open cues’ alternation the spans the whole alternation finds', () => {
    const open = (t: string) => fastMatcher(DEFAULT_LEXICON).match(t).inlineHistoryCues();
    const check = (t: string) => {
      expect(spans(t, open(t)), t).toEqual(spans(t, true));
    };
    check('seen on 12/04, NFA. GP IS Hill Surgery. In 2021 he was previously sectioned');
    fc.assert(fc.property(historyText, check), { numRuns: 3000 });
  });

  it('finds the same spans with any cues left out that match nowhere in the text', () => {
    // Whatever the gate: each cue that matches on its own stays, any other may go.
    const own = cues.map((p) => new RegExp(p, 'i'));
    const matching = (t: string) => own.reduce((m, r, i) => (r.test(t) ? m | (1 << i) : m), 0);
    const withSome = fc.tuple(historyText, fc.nat((1 << cues.length) - 1));
    fc.assert(
      fc.property(withSome, ([t, extra]) => {
        const mask = matching(t) | extra;
        expect(spans(t, mask === 0 ? false : mask), t).toEqual(spans(t, ALL_INLINE_CUES));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ambiguity term gates', () => {
  const rules = DEFAULT_LEXICON.ambiguities;
  const terms = rules.map((r) => new RegExp(r.pattern, 'i'));
  const text = fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom('CPN', 'cpns', 'CPNs', 'xCPN', 'CP N'), fc.constantFrom(...WORDS)),
        fc.constantFrom(...SEPARATORS),
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('is shut for a text without the term, open where it occurs', () => {
    expect(rules.length).toBeGreaterThan(0);
    const shut = fastMatcher(DEFAULT_LEXICON).match('Words of advice given');
    const open = fastMatcher(DEFAULT_LEXICON).match('Update from his CPN: visited');
    expect(rules.map((_, i) => shut.mayHoldAmbiguity(i))).not.toContain(true);
    expect(open.mayHoldAmbiguity(0)).toBe(true);
  });

  it('is shut only where the rule’s term does not match (generated texts)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const m = fastMatcher(DEFAULT_LEXICON).match(t);
        terms.forEach((term, i) => {
          if (!m.mayHoldAmbiguity(i)) expect(term.test(t), t).toBe(false);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
