/**
 * The optimised analysis path against straightforward ones: whole-log analyses (classification,
 * turning points, continuum) of the fast matcher against the reference matcher on generated logs
 * built from lexicon words, negations, background and history cues, punctuation and case; the
 * binary-searched cue windows and history spans against plain scans; and a 400,000-character
 * entry, whose cue-window work is counted rather than timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseLog, DEFAULT_CONTINUUM_SCALE, DEFAULT_LEXICON } from '../../src/index.js';
import { clauseBoundaries, clauseEnd, clauseStart } from '../../src/logs/cue-windows.js';
import type { CueKind } from '../../src/logs/entry-matches.js';
import {
  compileHistory,
  historySpans,
  inMerged,
  inSpans,
  mergeSpans,
} from '../../src/logs/history-segments.js';
import { fastMatcher, type FastEntryMatches } from '../../src/logs/lexicon-matcher.js';

type Entries = { index: number; author: string | null; text: string }[];

function analyse(entries: Entries, matcher: 'fast' | 'reference') {
  const log = { entries: entries as Parameters<typeof analyseLog>[0]['entries'] };
  return analyseLog(log, DEFAULT_LEXICON, DEFAULT_CONTINUUM_SCALE, { matcher });
}

/** Words of the default lexicon's patterns (read now, so a changed lexicon is what is tested). */
const WORDS = [
  ...new Set(
    JSON.stringify(DEFAULT_LEXICON)
      .match(/[A-Za-z0-9&']{2,}/g)
      ?.filter((w) => w.length < 14),
  ),
];
/** Phrases in the style of real exports, as the benchmark uses. */
const PHRASES = [
  'RP REPORTS NEIGHBOUR SHOUTING AND BANGING ON WALLS',
  'Caller states male threatening staff, no weapons seen',
  'ON SCENE, SPOKE TO MALE, NO MH CONCERNS',
  'Phoned CRHT duty, nurse advised GP in the morning',
  'DETAINED S136 MHA, CONVEYED TO SUITE',
  'AMHP AND S12 DR ARRIVED, MHA ASSESSMENT COMPLETE, NOT DETAINED',
  'CPN served following CPW breach',
  'Update from his CPN: visited, depot given',
  'PPN submitted to ASC, no reply',
  'Joint visit with housing officer and ASB officer, plan agreed',
  'NOT KNOWN TO MH SERVICES per previous note',
  'CRHT will take over, officers released',
  'RESULT: ASB - ADVICE GIVEN. NFA. LOG CLOSED',
  'Hospital Road',
  '12 BRINDLE COURT',
];
const CUES = [
  'no',
  'NOT',
  'not known to',
  'denies',
  'nil',
  'known to',
  'previously',
  'advised',
  'will refer to',
  'asked for an',
  'refused',
  'pending',
  'under the',
];
const HISTORY = [
  'PREVIOUS: 22/04/2014 - CALL RE SAME, NFA',
  'Local intel - 2 prev calls',
  'HISTORY:',
  '- CMHT visit, NFA',
  '  GP aware',
  '24/04/2014 - CMHT INFORMED',
];
const SEPARATORS = [' ', ' ', '. ', ', ', ' - ', '\n', ': ', '(', ') ', '/', '; ', 'é', '\u00a0'];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS).map((w) => w.toUpperCase()) },
  { weight: 2, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 2, arbitrary: fc.constantFrom(...CUES) },
  { weight: 1, arbitrary: fc.constantFrom(...CUES).map((w) => w.toUpperCase()) },
  { weight: 1, arbitrary: fc.constantFrom(...HISTORY).map((h) => `\n${h}\n`) },
);
const entryText = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 20 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const author = fc.constantFrom(null, 'PC 2231', 'L&D NURSE', 'CUSTODY HCP', 'OPR 1200', 'AMHP');
const logEntries = fc
  .array(fc.tuple(author, entryText), { minLength: 1, maxLength: 10 })
  .map((es) => es.map(([a, text], index) => ({ index, author: a, text })));

describe('optimised log analysis equals the reference path', () => {
  it('on generated logs of lexicon words, phrases, cues, history lines and punctuation', () => {
    fc.assert(
      fc.property(logEntries, (es) => {
        expect(analyse(es, 'fast')).toEqual(analyse(es, 'reference'));
      }),
      { numRuns: 200 },
    );
  });

  it('on one entry of 400,000 characters', () => {
    const text = longText(400_000, 5);
    const entries = [{ index: 0, author: 'PC 2231', text }];
    expect(analyse(entries, 'fast')).toEqual(analyse(entries, 'reference'));
  });
});

/** Phrases and cues joined by clause punctuation up to `length` characters, seeded. */
function longText(length: number, seed: number): string {
  const all = [...PHRASES, ...CUES, ...HISTORY];
  const parts: string[] = [];
  let x = seed;
  for (let n = 0; n < length;) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const part = all[x % all.length] as string;
    parts.push(part, x % 7 === 0 ? '\n' : '. ');
    n += part.length + 2;
  }
  return parts.join('').slice(0, length);
}

describe('cue windows in long entries', () => {
  /** Cue candidates examined per `cancelled` call, over every match of a text's lists. */
  function examinedPerCall(text: string): number {
    const matches = fastMatcher(DEFAULT_LEXICON).match(text) as FastEntryMatches;
    const bounds = clauseBoundaries(text);
    let calls = 0;
    for (const list of ['agencies', 'events', 'framings', 'signals'] as const) {
      for (const m of matches.list(list)) {
        for (const kind of ['negation', 'background'] as CueKind[]) {
          matches.cancelled(kind, bounds, m.start, m.end);
          calls++;
        }
      }
    }
    expect(calls).toBeGreaterThan(0);
    return matches.examined / calls;
  }

  it('examine about as many cue candidates per match in 400,000 characters as in 4,000', () => {
    const small = examinedPerCall(longText(4_000, 9));
    const large = examinedPerCall(longText(400_000, 9));
    // A window spans at most `windowUtf16` characters, so the candidates a match looks at do not
    // grow with the entry; a scan of every candidate would grow a hundredfold here.
    expect(large).toBeLessThan(small * 2 + 4);
  });

  it('read O(log n) boundaries per window', () => {
    const text = longText(400_000, 3);
    const bounds = clauseBoundaries(text);
    let reads = 0;
    const counted = new Proxy(bounds, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    for (let pos = 0; pos < text.length; pos += 997) {
      clauseStart(counted, pos, 28);
      clauseEnd(counted, text.length, pos, 28);
    }
    const windows = Math.ceil(text.length / 997);
    expect(reads / windows).toBeLessThan(4 * Math.log2(bounds.length) + 8);
  });
});

/** The plain scans the binary searches replace (as cue-windows.ts and history-segments.ts had). */
function plainClauseStart(bounds: number[], pos: number, window: number): number {
  let start = Math.max(0, pos - window);
  for (let i = 0; i < bounds.length && (bounds[i] as number) < pos; i += 2) {
    start = Math.max(start, Math.min(bounds[i + 1] as number, pos));
  }
  return start;
}

function plainClauseEnd(bounds: number[], length: number, pos: number, window: number): number {
  const to = Math.min(length, pos + window);
  for (let i = 0; i < bounds.length; i += 2) {
    if ((bounds[i] as number) >= pos) return Math.min(bounds[i] as number, to);
  }
  return to;
}

function plainClauseAround(bounds: number[], length: number, start: number, end: number) {
  let from = 0;
  let to = length;
  for (let i = 0; i < bounds.length; i += 2) {
    if ((bounds[i] as number) >= end) {
      to = bounds[i] as number;
      break;
    }
    if ((bounds[i + 1] as number) <= start) from = bounds[i + 1] as number;
  }
  return [from, to];
}

describe('binary-searched windows and spans equal plain scans', () => {
  const text = fc
    .array(
      fc.constantFrom('a', 'b', ' ', '-', '.', ',', ';', '!', '?', '\n', ' - ', '(', ')', 'no '),
      {
        maxLength: 60,
      },
    )
    .map((cs) => cs.join(''));

  it('clause boundaries are the matches of the boundary RegExp', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(/[.;!?\n,()]| - /g)].flatMap((m) => [
          m.index,
          m.index + m[0].length,
        ]);
        expect(clauseBoundaries(t)).toEqual(expected);
        // The fast matcher reads them in its key scan.
        expect(fastMatcher(DEFAULT_LEXICON).match(t).clauses()).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('clause start and end', () => {
    fc.assert(
      fc.property(text, fc.nat(70), fc.nat(30), (t, at, window) => {
        const bounds = clauseBoundaries(t);
        const pos = Math.min(at, t.length);
        expect(clauseStart(bounds, pos, window)).toBe(plainClauseStart(bounds, pos, window));
        expect(clauseEnd(bounds, t.length, pos, window)).toBe(
          plainClauseEnd(bounds, t.length, pos, window),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('merged spans hold exactly the offsets the spans hold', () => {
    const spans = fc
      .array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 8 })
      .map((ps) => ps.flatMap(([a, b]) => [a, b]));
    fc.assert(
      fc.property(spans, (s) => {
        const merged = mergeSpans(s);
        const got = Array.from({ length: 43 }, (_, pos) => inMerged(merged, pos));
        expect(got).toEqual(Array.from({ length: 43 }, (_, pos) => inSpans(s, pos)));
      }),
      { numRuns: 500 },
    );
  });

  it('history spans use the clause around each inline cue', () => {
    const cues = compileHistory(DEFAULT_LEXICON.history);
    const words = fc.constantFrom('previously', 'last week', '2 prev calls', 'CMHT', 'NFA', 'x');
    const sep = fc.constantFrom(' ', '. ', ', ', '\n', ' - ', '; ');
    const historyText = fc
      .array(fc.tuple(words, sep), { maxLength: 12 })
      .map((ps) => ps.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(historyText, (t) => {
        const bounds = clauseBoundaries(t);
        const inline = new RegExp(cues.inline.source, 'gi');
        const expected: number[] = [];
        for (const m of t.matchAll(inline)) {
          if (m[0].length > 0)
            expected.push(...plainClauseAround(bounds, t.length, m.index, m.index + m[0].length));
        }
        const spans = historySpans(t, cues, bounds);
        // Line spans come first; the inline cues' clauses follow in order.
        expect(spans.slice(spans.length - expected.length)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
