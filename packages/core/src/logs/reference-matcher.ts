/**
 * The straightforward matcher: every pattern of every term runs as its own global RegExp over the
 * whole entry, and a cue window is tested by cutting the clause out of the text and running the
 * cues on it. It defines what the fast matcher (lexicon-matcher.ts) must return; tests compare
 * the two, and `analyseLog(..., { matcher: 'reference' })` uses it. Compiled per lexicon object.
 */
import { anyOf, compileLexicon, PATTERN_FLAGS } from './compile-lexicon.js';
import { cancelled, clauseBoundaries } from './cue-windows.js';
import { ALL_INLINE_CUES } from './history-segments.js';
import {
  byStart,
  TERM_LISTS,
  type CueKind,
  type EntryMatches,
  type Matcher,
  type TermListName,
  type TermMatch,
} from './entry-matches.js';
import type { CueWindow, Lexicon } from './lexicon.js';
import { rulesSource } from './shared-rules.js';

interface CueTest {
  before: RegExp;
  after: RegExp;
  windowUtf16: number;
}

type TermRegexes = { term: number; regex: RegExp }[];

const cache = new WeakMap<Lexicon, Matcher>();

function termRegexes(lexicon: Lexicon, list: TermListName): TermRegexes {
  return lexicon[list].flatMap((t, term) =>
    t.patterns.map((p) => ({ term, regex: new RegExp(p, `g${PATTERN_FLAGS}`) })),
  );
}

function cueTest(cues: CueWindow): CueTest {
  const before = anyOf([...cues.before, ...(cues.hedges ?? [])]);
  return { before, after: anyOf(cues.after), windowUtf16: cues.windowUtf16 };
}

/** All non-empty matches of one global RegExp, left to right. */
function collect(regex: RegExp, term: number, text: string, out: TermMatch[]): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    else out.push({ term, start: m.index, end: m.index + m[0].length });
  }
}

function scanAll(patterns: TermRegexes, text: string): TermMatch[] {
  const out: TermMatch[] = [];
  for (const p of patterns) collect(p.regex, p.term, text, out);
  return out.sort(byStart);
}

export function referenceMatcher(given: Lexicon): Matcher {
  // A lexicon that differs only in its models compiles to the same rules (shared-rules.ts).
  const lexicon = rulesSource(given);
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const lists = new Map(TERM_LISTS.map((l) => [l, termRegexes(lexicon, l)]));
  const cues: Record<CueKind, CueTest> = {
    negation: cueTest(lexicon.negation),
    background: cueTest(lexicon.background),
  };
  const { refusal } = compileLexicon(lexicon);
  const matcher: Matcher = {
    match: (text: string): EntryMatches => ({
      list: (name) => scanAll(lists.get(name) ?? [], text),
      cancelled: (kind, bounds, start, end) => cancelled(text, bounds, start, end, cues[kind]),
      clauses: () => clauseBoundaries(text),
      refused: () => refusal.test(text),
      mayHoldInlineHistory: () => true,
      inlineHistoryCues: () => ALL_INLINE_CUES,
      mayHoldAmbiguity: () => true,
      mayHoldLocalNameWords: () => true,
    }),
  };
  cache.set(lexicon, matcher);
  return matcher;
}
