/**
 * What classification asks of the lexicon's patterns for one entry: the matches of each term list
 * and whether a negation or background cue cancels a match. Two matchers answer it with identical
 * results: the fast one (lexicon-matcher.ts), used by default, and the straightforward reference
 * (reference-matcher.ts) that runs every pattern as a RegExp, kept for tests and as a fallback.
 */

/** The term lists of a lexicon, in the order the matchers number them. */
export const TERM_LISTS = [
  'agencies',
  'authors',
  'events',
  'framings',
  'instruments',
  'signals',
] as const;
export type TermListName = (typeof TERM_LISTS)[number];

/** A match of one term: its index in its list and its span in UTF-16 code units (end exclusive). */
export interface TermMatch {
  term: number;
  start: number;
  end: number;
}

/** Negation cancels event, framing, instrument and signal cues; background cancels agencies. */
export type CueKind = 'negation' | 'background';

export interface EntryMatches {
  /**
   * Every match of every pattern of the list's terms (each pattern scanned on its own, left to
   * right, as a global RegExp would, skipping empty matches), by start, then term, then end.
   */
  list(name: TermListName): TermMatch[];
  /**
   * True when a `before` cue matches in the clause before [start, end) (from the clause start,
   * at most `windowUtf16` back) or an `after` cue in the clause after it (cue-windows.ts).
   */
  cancelled(kind: CueKind, bounds: number[], start: number, end: number): boolean;
  /** The text's clause boundaries (`clauseBoundaries`, cue-windows.ts), to pass to `cancelled`. */
  clauses(): number[];
  /** True when one of the lexicon's refusal cues (`Lexicon.refusal`) matches in the text. */
  refused(): boolean;
  /**
   * False only when no inline history cue (`Lexicon.history.inline`) can match in the text: a
   * prefilter from literals every match must hold (always true from the reference matcher).
   */
  mayHoldInlineHistory(): boolean;
  /**
   * The inline history cues that may match in the text, a bit per cue in `Lexicon.history.inline`
   * order, by the same prefilter: 0 where `mayHoldInlineHistory` is false, and ALL_INLINE_CUES
   * (history-segments.ts) when it cannot tell them apart (always, from the reference matcher).
   */
  inlineHistoryCues(): number;
  /**
   * False only when the term of ambiguity rule `rule` (`Lexicon.ambiguities`) cannot match in the
   * text, by the same kind of prefilter (always true from the reference matcher).
   */
  mayHoldAmbiguity(rule: number): boolean;
  /**
   * False only when none of the words the local-name learners need (local-names.ts,
   * `ANY_NAME_WORD`) can occur in the text, by the same kind of prefilter, case-insensitive, so
   * it rules out only what the case-sensitive RegExp would (always true from the reference).
   */
  mayHoldLocalNameWords(): boolean;
}

export interface Matcher {
  /**
   * The matches of `text`. `lists` is a `listMask` of the term lists the caller will read
   * (default all of them): a matcher may leave the others empty, e.g. the author-tag terms when
   * classifying an entry's text.
   */
  match(text: string, lists?: number): EntryMatches;
}

/** Every term list, as a `listMask`. */
export const ALL_LISTS = (1 << TERM_LISTS.length) - 1;

/** A bit per term list, by its index in TERM_LISTS. */
export function listMask(names: readonly TermListName[]): number {
  let mask = 0;
  for (const name of names) mask |= 1 << TERM_LISTS.indexOf(name);
  return mask;
}

/** Orders matches by start, then term, then end, as both matchers return them. */
export function byStart(a: TermMatch, b: TermMatch): number {
  return a.start - b.start || a.term - b.term || a.end - b.end;
}

/** Lists up to this long are insertion-sorted; longer ones (long entries) use the built-in. */
const SHORT_LIST = 16;

/**
 * Sorts matches in place by `byStart`. Insertion sort, stable like Array.prototype.sort: an
 * entry has a handful of matches per list, where this is several times faster than the built-in.
 */
export function sortMatches(list: TermMatch[]): void {
  if (list.length > SHORT_LIST) {
    list.sort(byStart);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const m = list[i] as TermMatch;
    let j = i - 1;
    while (j >= 0 && byStart(list[j] as TermMatch, m) > 0) {
      list[j + 1] = list[j] as TermMatch;
      j--;
    }
    list[j + 1] = m;
  }
}
