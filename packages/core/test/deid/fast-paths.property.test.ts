/**
 * The speed work on detection (issue 4, item 7) replaced regex scans and per-call allocations by
 * hand loops, pre-checks and a second resolver path. Each must give exactly what the plain
 * version gave: these properties compare them with straightforward references on random text
 * built from the fragments that matter (capitals, digits, apostrophes, non-ASCII and astral
 * letters, spaces, tabs, full stops, commas).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  comparePrecedence,
  resolveDetections,
  type Detection,
} from '../../src/deid/index.js';
import { COMMA_NAME_PATTERNS, COMMA_THEN_NAME } from '../../src/deid/names/comma-names.js';
import { nameTokens, tokenRuns, type NameToken } from '../../src/deid/names/name-tokens.js';
import {
  NOT_A_PERSON_PATTERNS,
  bracketedAcronym,
  namesFromRun,
  notAPerson,
} from '../../src/deid/names/person-recognizer.js';
import { phraseFinder, type PhraseHit } from '../../src/deid/phrase-finder.js';
import { regexMatches } from '../../src/deid/regex-matches.js';

const RUNS = { numRuns: 300 };

const FRAGMENTS = [
  'Bath',
  'BATH',
  'Bath Road',
  'St Helens',
  'Ba',
  'B',
  'Newcastle upon Tyne',
  'NEWCASTLE',
  'Tesco Express',
  'Tesco',
  'Mary',
  "O'Neill",
  'JONES',
  'Jones',
  'SMITH, Jean',
  'Wood, Jean',
  'Mr',
  'Mr.',
  'PC',
  'A',
  '12',
  '7',
  'x',
  'é',
  'É',
  'Ébo',
  '’s',
  "'s",
  'S',
  '😀',
  '𝐀',
  ' ',
  ' ',
  '  ',
  '   ',
  '\t',
  '.',
  '. ',
  ', ',
  ',',
  '-',
  '\n',
  ':',
  '(',
  'the ',
  'and ',
  ' de ',
  ' van der ',
  ' al-',
];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join(''));

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWord = (s: string, i: number) => i >= 0 && i < s.length && WORD_CHAR.test(s.charAt(i));

/** The finder as first written: every capital or digit not after a word character, longest first. */
function naiveFind(phrases: string[], s: string): PhraseHit[] {
  const forms = [...new Set(phrases.flatMap((p) => [p, p.toUpperCase()]))]
    .filter((p) => /^[A-Z0-9]/.test(p))
    .sort((a, b) => b.length - a.length);
  const hits: PhraseHit[] = [];
  for (let i = 0; i < s.length; i++) {
    if (!/[A-Z0-9]/.test(s.charAt(i)) || isWord(s, i - 1)) continue;
    // Phrases were indexed by their first two code units, so a one-letter phrase only ever
    // matched at the very end of the text; the reference keeps that.
    const key = (p: string) => p.charAt(1) || (i + 1 < s.length ? '\u0000' : '');
    const phrase = forms.find(
      (p) => key(p) === s.charAt(i + 1) && s.startsWith(p, i) && !isWord(s, i + p.length),
    );
    if (!phrase) continue;
    hits.push({ start: i, end: i + phrase.length, phrase });
    i += phrase.length - 1;
  }
  return hits;
}

describe('phraseFinder (word-by-word scan)', () => {
  const phrases = ['Bath', 'Bath Road', 'St Helens', 'Newcastle upon Tyne', 'Tesco Express'];
  const more = [...phrases, 'Tesco', 'Express', 'Road', 'B', 'Ba', '12 Street', 'Ébo'];

  it('finds what the per-position scan found', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, useMore) => {
        const list = useMore ? more : phrases;
        expect(phraseFinder(list).find(s)).toEqual(naiveFind(list, s));
      }),
      RUNS,
    );
  });

  it('prefers the longest phrase and respects word boundaries', () => {
    const find = (s: string) =>
      phraseFinder(more)
        .find(s)
        .map((h) => h.phrase);
    expect(find('at Tesco Express, Bath Road')).toEqual(['Tesco Express', 'Bath Road']);
    expect(find('BATHS in Bath. TESCO')).toEqual(['Bath', 'TESCO']);
  });
});

/** The resolver as first written: taken characters marked in a byte map. */
function byteMapResolve(detections: Detection[]): Detection[] {
  const valid = detections.filter((d) => d.startUtf16 >= 0 && d.endUtf16 > d.startUtf16);
  const taken = new Uint8Array(valid.reduce((m, d) => Math.max(m, d.endUtf16), 0));
  const kept: Detection[] = [];
  for (const d of valid.sort(comparePrecedence)) {
    if (taken.subarray(d.startUtf16, d.endUtf16).some((b) => b === 1)) continue;
    taken.fill(1, d.startUtf16, d.endUtf16);
    kept.push(d);
  }
  return kept.sort((a, b) => a.startUtf16 - b.startUtf16);
}

const detection = fc
  .record({
    type: fc.constantFrom(...ENTITY_TYPES),
    start: fc.integer({ min: -2, max: 120 }),
    length: fc.integer({ min: -1, max: 15 }),
    score: fc.constantFrom(0.3, 0.5, 0.9),
  })
  .map(({ type, start, length, score }) => ({
    type,
    startUtf16: start,
    endUtf16: start + length,
    text: '',
    score,
    recognizer: 'test',
  }));

describe('resolveDetections (list check for few candidates, byte map for many)', () => {
  it('keeps exactly the spans the byte map keeps, either side of the switch', () => {
    fc.assert(
      fc.property(fc.array(detection, { maxLength: 80 }), (list) => {
        expect(resolveDetections([...list])).toEqual(byteMapResolve([...list]));
      }),
      RUNS,
    );
  });
});

describe('resolveDetections (hand sort for few candidates)', () => {
  it('keeps and orders the same objects as the built-in sort, ties and NaN scores included', () => {
    // Few distinct spans and scores, so that ties in every key are common; each candidate is its
    // own object (`recognizer` tells them apart), so the order of ties is seen.
    const candidate = fc.record({
      type: fc.constantFrom(...ENTITY_TYPES),
      start: fc.integer({ min: 0, max: 12 }),
      length: fc.integer({ min: 0, max: 4 }),
      score: fc.constantFrom(0.5, 0.9, 0.5, 0.9, NaN),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (records) => {
        const list = records.map(({ type, start, length, score }, i) => ({
          type,
          startUtf16: start,
          endUtf16: start + length,
          text: '',
          score,
          recognizer: `r${i}`,
        }));
        const got = resolveDetections([...list]).map((d) => d.recognizer);
        expect(got).toEqual(byteMapResolve([...list]).map((d) => d.recognizer));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('commaNames pre-check', () => {
  it('rejects only texts where neither comma-name pattern matches', () => {
    fc.assert(
      fc.property(text, (s) => {
        const any = COMMA_NAME_PATTERNS.some((p) => new RegExp(p.source, p.flags).test(s));
        if (any) expect(COMMA_THEN_NAME.test(s)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('regexMatches', () => {
  const patterns = [/\p{Lu}\p{Ll}*/gu, /a*/g, /(?:)/gu, /x?/gu, /[A-Z]\d?/g, /\d+/g];
  it('gives what matchAll gives, empty matches and surrogate pairs included', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...patterns), (s, p) => {
        const simple = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, m[0]]);
        expect(simple(regexMatches(p, s))).toEqual(simple([...s.matchAll(p)]));
        expect(p.lastIndex).toBe(0);
      }),
      RUNS,
    );
  });
});

/** Lower-case name particles between two name words (` van der `, ` al-`), as name-tokens.ts reads. */
const PARTICLES =
  /^ (?:(?:ap|ab|van|von|der|den|de|da|di|du|le|la|al|el|bin|binti|bint|ibn|ni|nic) ){1,2}$|^ (?:al|el|ul|ud|bin|ibn|abu|abd|bint)-$/;

/**
 * Runs as first written: gaps checked with regexes on a slice. Since then a one-letter word with a
 * full stop joins the next word as an initial does (`I. Petrović`, `A. Bath`), a particle
 * joins a name word after a name, title, rank or initial (`Mr de Souza`), a tab between two
 * words is a table's cell wall, which ends the run (`FAIRWEATHER\tDeclan`), and so does a gap of
 * two blanks before the next field's label (`DC Jane Smith  Collar: 2143`).
 */
function regexRuns(s: string, tokens: NameToken[]): NameToken[][] {
  const runs: NameToken[][] = [];
  let current: NameToken[] = [];
  for (const token of tokens) {
    const prev = current[current.length - 1];
    if (prev) {
      const gap = s.slice(prev.end, token.start);
      const dotted = ['title', 'initial', 'rank'].includes(prev.kind) || prev.text.length === 1;
      const particle =
        token.kind === 'name' &&
        ['name', 'title', 'rank', 'initial'].includes(prev.kind) &&
        PARTICLES.test(gap);
      const fieldLabel = gap === '  ' && s.charAt(token.end) === ':';
      const spaced = /^ {1,2}$/.test(gap) && !fieldLabel;
      if (!spaced && !(dotted && /^\.[ \t]{1,3}$/.test(gap)) && !particle) {
        runs.push(current);
        current = [];
      }
    }
    current.push(token);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

describe('name tokens (possessive and gap checks by hand)', () => {
  it('strips a possessive as the regex did and groups runs as before', () => {
    fc.assert(
      fc.property(text, (s) => {
        const tokens = nameTokens(s);
        for (const t of tokens) {
          const word = /\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/uy;
          word.lastIndex = t.start;
          const whole = word.exec(s)![0];
          const stripped = whole.length > 3 && /['’][sS]$/.test(whole);
          expect(t.text).toBe(stripped ? whole.slice(0, -2) : whole);
        }
        expect(tokenRuns(s, tokens)).toEqual(regexRuns(s, tokens));
      }),
      RUNS,
    );
  });
});

/** Triggers (titles, ranks with and without numbers, roles, nickname cues) and stop words. */
const TRIGGERED_STOPS = fc
  .array(
    fc.constantFrom(
      'PC 114 ',
      'DC ',
      'Mr ',
      'Mrs. ',
      'IP ',
      'ex-partner ',
      'known as "',
      'calls me ',
      'St ',
      'A ',
      'I ',
      'THE ',
      'The ',
      'AND ',
      'ATTENDED ',
      'REFUSING ',
      'SAFELY ',
      'IN ',
      'ON ',
      'NFA ',
      'CCTV ',
      'Jean ',
      'WOOD ',
      'Road ',
      'Hill ',
      '. ',
      ', ',
      '\n',
    ),
    { maxLength: 25 },
  )
  .map((a) => a.join(''));

describe('person rules skip runs of stop words', () => {
  it('finds no name in a run of stop words, whatever trigger comes before it', () => {
    fc.assert(
      fc.property(TRIGGERED_STOPS, (s) => {
        for (const run of tokenRuns(s, nameTokens(s))) {
          if (run.every((t) => t.kind === 'stop')) expect(namesFromRun(s, run)).toEqual([]);
        }
      }),
      RUNS,
    );
  });
});

describe('notAPerson (character checks before its regexes)', () => {
  const P = NOT_A_PERSON_PATTERNS;
  /** The check as it was: every regex run on every name. */
  function plain(text: string, d: Detection): boolean {
    if (d.type !== 'PERSON') return false;
    const bracketed = text.charAt(d.startUtf16 - 1) === '(' && text.charAt(d.endUtf16) === ')';
    if (bracketed && bracketedAcronym(text, d)) return true;
    const words = d.text.toLowerCase().split(/[ \t]+/);
    if (
      words.every((w) => P.PHONETIC.has(w)) &&
      P.NUMBER_AFTER.test(text.slice(d.endUtf16, d.endUtf16 + 5))
    ) {
      return true;
    }
    const before = text.slice(Math.max(0, d.startUtf16 - 14), d.startUtf16);
    if (P.CODE_BEFORE.test(before) || P.CORONER_FOR_BEFORE.test(before)) return true;
    if (P.BODY_AFTER.test(text.slice(d.endUtf16, d.endUtf16 + 14))) return true;
    return (
      P.EPONYM_LAST.test(d.text) || P.EPONYM_AFTER.test(text.slice(d.endUtf16, d.endUtf16 + 12))
    );
  }
  const AROUND = [
    'Code ',
    'CODE\t',
    'code  ',
    'Coroner for ',
    'HM Coroner\tfor  ',
    ' Police',
    '\tCouncil',
    '  Coroner',
    ' Constabulary,',
    "'s Law",
    '’s Protocol',
    ' ward',
    ' Ward 3',
    ' Test',
    ' Rule',
    ' Scheme',
    ' 12',
    '\t3:',
    ' 1234',
    '7',
    ' ',
    '\t',
    '  ',
    '.',
    ',',
    "'",
    '’',
    'x',
    'P',
    'é',
    '\n',
  ];
  const NAMES = [
    'Oscar Tango',
    'Kilo',
    'kilo\tZulu',
    'Sarah',
    "Sarah's Law",
    'Philomena Protocol',
    'PHILOMENA PROTOCOL',
    'Jean Law',
    'Hollin',
    'Red',
    'W',
    'l',
  ];
  const side = fc.array(fc.constantFrom(...AROUND), { maxLength: 4 }).map((xs) => xs.join(''));
  it('decides as the plain regexes do', () => {
    fc.assert(
      fc.property(
        side,
        fc.constantFrom(...NAMES),
        side,
        fc.constantFrom<Detection['type']>('PERSON', 'LOCATION'),
        (before, name, after, type) => {
          const text = before + name + after;
          const d: Detection = {
            type,
            startUtf16: before.length,
            endUtf16: before.length + name.length,
            text: name,
            score: 0.8,
            recognizer: 'person',
          };
          expect(notAPerson(text, d)).toBe(plain(text, d));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
