/**
 * What the tests of the fast matcher's pattern analyses (pattern-keys, match-alphabet) share:
 * the default lexicon's patterns, the demo logs' lines as entry-like texts, texts built from the
 * lexicon's words, and random patterns and texts for property tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_LEXICON, type Lexicon } from '../../src/index.js';

const LISTS = [
  DEFAULT_LEXICON.agencies,
  DEFAULT_LEXICON.authors,
  DEFAULT_LEXICON.events,
  DEFAULT_LEXICON.framings,
  DEFAULT_LEXICON.instruments,
  DEFAULT_LEXICON.signals,
];
/** Every term pattern of the default lexicon. */
export const PATTERNS = LISTS.flatMap((list) => list.flatMap((t) => t.patterns));

/** Entry-like texts: every line of the fictional demo logs. */
export function demoLines(): string[] {
  const root = join(__dirname, '../../../../examples/demo-study/logs');
  return readdirSync(root).flatMap((site) =>
    readdirSync(join(root, site))
      .filter((f) => /\.(txt|csv)$/.test(f))
      .flatMap((f) => readFileSync(join(root, site, f), 'utf8').split('\n')),
  );
}

/** Texts of up to `maxLength` lexicon words and `glue` pieces, joined by spaces. */
export function lexiconTexts(glue: string[], maxLength: number): fc.Arbitrary<string> {
  const words = [...new Set(PATTERNS.join(' ').match(/[A-Za-z0-9&']{2,}/g) ?? [])];
  return fc
    .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength })
    .map((parts) => parts.join(' '));
}

/** The pieces random patterns are made of (each list a weighted choice). */
export interface PatternPieces {
  literals: string[];
  classes: string[];
  escapes?: string[];
  anchors: string[];
  /** Wrappers of a sub-sequence `x`, e.g. `(?=x)`; `(?:x|y)` is always among them. */
  groups: ((x: string) => string)[];
  quantifiers: string[];
  /** Flags the pattern must compile with. */
  flags: string;
}

/** Random patterns from `pieces`, up to four quantified atoms per sequence, nesting allowed. */
export function randomPatterns(pieces: PatternPieces): fc.Arbitrary<string> {
  const piece: fc.Arbitrary<string> = fc.letrec((tie) => ({
    atom: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...pieces.literals) },
      { weight: 4, arbitrary: fc.constantFrom(...pieces.classes) },
      ...(pieces.escapes ? [{ weight: 3, arbitrary: fc.constantFrom(...pieces.escapes) }] : []),
      { weight: 2, arbitrary: fc.constantFrom(...pieces.anchors) },
      { weight: 2, arbitrary: fc.tuple(tie('seq'), tie('seq')).map(([x, y]) => `(?:${x}|${y})`) },
      ...pieces.groups.map((wrap) => ({
        weight: 1,
        arbitrary: tie('seq').map((x) => wrap(x as string)),
      })),
    ),
    quantified: fc
      .tuple(tie('atom'), fc.constantFrom(...pieces.quantifiers))
      .map(([a, q]) => (a as string) + q),
    seq: fc.array(tie('quantified'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('')),
  })).seq;
  return piece.filter((p) => compiles(p, pieces.flags));
}

function compiles(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}

/** Random texts of up to 24 pieces drawn from `chars`. */
export function smallTexts(chars: string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((cs) => cs.join(''));
}

/**
 * The default lexicon with no terms but one event's `patterns` (so that compiling it is cheap)
 * and the given cue lists: the matcher tests' lexicon of only the patterns under test.
 */
export function bareLexicon(
  patterns: string[],
  cues: Pick<Lexicon, 'negation' | 'background'>,
): Lexicon {
  return {
    ...DEFAULT_LEXICON,
    agencies: [],
    authors: [],
    framings: [],
    instruments: [],
    signals: [],
    events: [{ label: 'report', patterns }],
    ...cues,
  };
}
