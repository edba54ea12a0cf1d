/**
 * One pass over a text that records where structured identifiers can start, shared by every
 * structured recognizer in the merged scan (structured-scan.ts): the runs of ASCII digits (with
 * the run of ASCII letters just before each, if any) and the runs of ASCII letters (with their
 * first three characters as a key). Each recognizer derives from them the positions its regexes can
 * match at (a superset: the regex still decides) and runs them there only (match-finder.ts
 * `atSites`). Offsets are UTF-16 code units.
 *
 * ASCII is enough: `\d`, `\w`, `[A-Z]` and the `i` flag without `u` never match a non-ASCII
 * character in these patterns (ECMA-262 Canonicalize keeps non-ASCII apart from ASCII).
 */
import type { DeidSettings, Detection } from '../entity-types.js';
import { textMemo } from '../text-memo.js';
import { wholeText, type MatchFinder } from './match-finder.js';

export interface TextSites {
  /** Start and end (exclusive) of every maximal run of `0-9`, in text order. */
  runStarts: number[];
  runEnds: number[];
  /**
   * Per digit run: the start of the letter run ending right before it (`AB12`), or before the one
   * character before it (`AB 12`, `AB-12`, `AB/12`); -1 when there is none.
   */
  lettersBefore: number[];
  /**
   * Start and key (`startKey`) of every maximal run of `A-Za-z` that may begin a word some
   * recognizer asked for (`wordStarts`); other runs are not recorded.
   */
  letterStarts: number[];
  letterKeys: number[];
  /**
   * The bits (`WordStarts.bit`) of the sets some recorded letter run may begin a word of, and of
   * every set that had a bit when the sites were found (`knownSets`): `hasLetterStart` and
   * `letterStartsOf` answer from these without reading the runs when the set's bit is absent.
   */
  wordSets: number;
  knownSets: number;
}

const OTHER = 0;
const DIGIT = 1;
const LETTER = 2;
/** Class of each ASCII code; anything from 128 on is OTHER. */
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = LETTER;
for (let c = 97; c <= 122; c++) CLASS[c] = LETTER;

const isLetterCode = (c: number) => c < 128 && CLASS[c] === LETTER;
/** `\w` without the `u` flag. */
export const isWordCode = (c: number) => (c < 128 && CLASS[c] !== OTHER) || c === 95;

/** A character of a key: a letter (folded: 0-25), `/` (26) or anything else (27). */
const BUCKETS = 28;
const BUCKET = new Uint8Array(128).fill(27);
for (let c = 0; c < 26; c++) BUCKET[65 + c] = BUCKET[97 + c] = c;
BUCKET[47] = 26;
const bucket = (c: number) => (c < 128 ? BUCKET[c]! : 27);

/** Key of a letter-run start: the buckets of its first three characters. */
function startKey(text: string, i: number): number {
  const first = BUCKET[text.charCodeAt(i)]!;
  return (
    (first * BUCKETS + bucket(text.charCodeAt(i + 1))) * BUCKETS + bucket(text.charCodeAt(i + 2))
  );
}

/** The runs of digits and letters of `text` (see the module comment). */
export function findTextSites(text: string): TextSites {
  const sites: TextSites = {
    runStarts: [],
    runEnds: [],
    lettersBefore: [],
    letterStarts: [],
    letterKeys: [],
    wordSets: 0,
    knownSets: setBits,
  };
  let prev = OTHER;
  let letterStart = -2;
  let letterEnd = -2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? CLASS[c]! : OTHER;
    if (kind === prev) continue;
    if (prev === DIGIT) sites.runEnds.push(i);
    else if (prev === LETTER) letterEnd = i;
    if (kind === DIGIT) {
      sites.runStarts.push(i);
      sites.lettersBefore.push(letterEnd === i || letterEnd === i - 1 ? letterStart : -1);
    } else if (kind === LETTER) {
      letterStart = i;
      const key = startKey(text, i);
      if (ANY_WORD[key] === 1) {
        sites.letterStarts.push(i);
        sites.letterKeys.push(key);
        sites.wordSets |= SETS_OF_KEY[key]!;
      }
    }
    prev = kind;
  }
  if (prev === DIGIT) sites.runEnds.push(text.length);
  return sites;
}

/**
 * A set of words, looked up by the key of a letter-run start (its first three characters), and
 * its bit in `TextSites.wordSets` (0 past the first 32 sets: those are always looked up).
 */
export interface WordStarts {
  keys: Uint8Array;
  bit: number;
}

/**
 * Longest text whose sites are kept for the recognizers that run after the merged scan on the same
 * text (`sharedTextSites`): a few numbers per digit run and per letter run asked for, so at most a
 * few hundred kilobytes stay held until the next text (or, in a batch, until the batch ends:
 * text-memo.ts; `detectIdentifiersBatch` bounds a group's characters).
 */
const SHARED_LIMIT = 1 << 16;
const keptSites = textMemo(findTextSites);

const KEYS = 26 * BUCKETS * BUCKETS;
/** Every key any `wordStarts` set holds: the letter runs `findTextSites` records. */
const ANY_WORD = new Uint8Array(KEYS);
/** Per key, the bits of the sets that hold it; and every bit handed out so far. */
const SETS_OF_KEY = new Int32Array(KEYS);
let setBits = 0;
let setsMade = 0;

/**
 * The keys of `words` (each starting with an ASCII letter; case does not matter). A word of two
 * letters may be followed by any character but a letter, or by one of the letters `after` (what
 * the pattern allows after such a word, e.g. the `n` of `PC No 1234`). Call it at module load:
 * `findTextSites` records only letter runs whose key some set holds.
 */
export function wordStarts(words: readonly string[], after = ''): WordStarts {
  const table = new Uint8Array(KEYS);
  for (const word of words) {
    if (!isLetterCode(word.charCodeAt(0)) || word.length < 2) throw new Error(`bad word: ${word}`);
    const head = ((word.charCodeAt(0) | 32) - 97) * BUCKETS + bucket(word.charCodeAt(1));
    const thirds = word.length > 2 ? word.slice(2, 3) : `${after}/#`;
    for (const c of thirds) table[head * BUCKETS + bucket(c.charCodeAt(0))] = 1;
  }
  const bit = setsMade < 32 ? 1 << setsMade : 0;
  setsMade++;
  setBits |= bit;
  table.forEach((v, key) => {
    ANY_WORD[key] ||= v;
    if (v === 1) SETS_OF_KEY[key]! |= bit;
  });
  // Sites kept from before held only the words asked for then.
  keptSites.clear();
  return { keys: table, bit };
}

/**
 * Whether the set's bit answers for `sites` (`TextSites.wordSets`): the set had a bit when they
 * were found. Then no run need be read (most texts hold none of a set's words).
 */
function bitAnswers(sites: TextSites, words: WordStarts): boolean {
  return (sites.knownSets & words.bit) !== 0;
}

/**
 * The sites of `text`, found once per text: the merged scan (structured-scan.ts) asks first, and
 * the name and place rules after it read the same sites (`mayHoldWordStart`) instead of a scan of
 * their own. Null for a text over SHARED_LIMIT, which is not kept.
 */
export function sharedTextSites(text: string): TextSites | null {
  return text.length > SHARED_LIMIT ? null : keptSites(text);
}

/**
 * Whether some letter run of `text` may begin one of `words` (its first three characters, folded,
 * are a word's: `wordStarts`). False is certain: no letter run that starts after a character
 * other than an ASCII letter begins one of the words in any case. True proves nothing. A text over
 * SHARED_LIMIT always passes.
 */
export function mayHoldWordStart(text: string, words: WordStarts): boolean {
  const sites = sharedTextSites(text);
  return sites === null || hasLetterStart(sites, words);
}

/** Whether some letter run recorded in `sites` may begin one of `words`. */
export function hasLetterStart(sites: TextSites, words: WordStarts): boolean {
  if (bitAnswers(sites, words)) return (sites.wordSets & words.bit) !== 0;
  const { letterKeys } = sites;
  const { keys } = words;
  for (let i = 0; i < letterKeys.length; i++) if (keys[letterKeys[i]!] === 1) return true;
  return false;
}

/** Starts of the letter runs that may begin one of the words (same first three characters). */
export function letterStartsOf(sites: TextSites, words: WordStarts): number[] {
  const out: number[] = [];
  if (bitAnswers(sites, words) && (sites.wordSets & words.bit) === 0) return out;
  const { letterStarts, letterKeys } = sites;
  const { keys } = words;
  for (let i = 0; i < letterStarts.length; i++) {
    if (keys[letterKeys[i]!] === 1) out.push(letterStarts[i]!);
  }
  return out;
}

/**
 * Digit-run starts whose previous character (its code, and its offset in the text) is not
 * `excluded` (a pattern's look-behind; the start of the text always passes) and, when `shape` is given, whose length, next character (NaN at
 * the end of the text) and first digit it accepts: what a pattern that starts on the run allows.
 */
export function runStartsAfter(
  text: string,
  sites: TextSites,
  excluded: (code: number, text: string, at: number) => boolean,
  shape?: (length: number, next: number, first: number) => boolean,
): number[] {
  const out: number[] = [];
  const { runStarts, runEnds } = sites;
  for (let i = 0; i < runStarts.length; i++) {
    const q = runStarts[i]!;
    if (q > 0 && excluded(text.charCodeAt(q - 1), text, q - 1)) continue;
    const end = runEnds[i]!;
    if (!shape || shape(end - q, text.charCodeAt(end), text.charCodeAt(q))) out.push(q);
  }
  return out;
}

/**
 * For each digit run, the letter run right before it (`touching`) or before it and one
 * `separators` character: where a pattern that starts on letters (with no letter or digit allowed
 * before them) and reaches the digits that way can start. At most one per digit run, ascending.
 * `shape`, when given, must accept the number of letters and of digits (the pattern's lengths).
 */
export function lettersBeforeRuns(
  text: string,
  sites: TextSites,
  separators: string,
  shape?: (letters: number, digits: number) => boolean,
): number[] {
  const out: number[] = [];
  const { runStarts, runEnds, lettersBefore } = sites;
  for (let i = 0; i < runStarts.length; i++) {
    const start = lettersBefore[i]!;
    if (start < 0) continue;
    const q = runStarts[i]!;
    const gap = text.charCodeAt(q - 1);
    const touching = isLetterCode(gap);
    if (!touching && !separators.includes(String.fromCharCode(gap))) continue;
    const letters = q - start - (touching ? 0 : 1);
    if (!shape || shape(letters, runEnds[i]! - q)) out.push(start);
  }
  return out;
}

/**
 * `back` characters before each digit-run start where `accept` (given the run start) holds:
 * where a pattern that reaches a run's first digit after a fixed prefix (`, `, ` of `) can start.
 */
export function beforeRuns(
  text: string,
  sites: TextSites,
  back: number,
  accept: (text: string, runStart: number) => boolean,
): number[] {
  const out: number[] = [];
  for (const q of sites.runStarts) if (q >= back && accept(text, q)) out.push(q - back);
  return out;
}

/**
 * The last `maxDigits` positions of each digit run (not before its start) that `follows` accepts
 * (given the run's end): where a pattern that starts on up to `maxDigits` digits, with no
 * look-behind, and needs certain characters after them can start.
 */
export function runTails(
  text: string,
  sites: TextSites,
  maxDigits: number,
  follows: (text: string, end: number) => boolean,
): number[] {
  const out: number[] = [];
  const { runStarts, runEnds } = sites;
  for (let i = 0; i < runStarts.length; i++) {
    const end = runEnds[i]!;
    if (!follows(text, end)) continue;
    for (let p = Math.max(runStarts[i]!, end - maxDigits); p < end; p++) out.push(p);
  }
  return out;
}

/**
 * The whole-text matches of a cheap pattern that needs a digit, or none when the text has no
 * digit: building tight sites for such a pattern costs more than the scan it saves.
 */
export function whenDigits(pattern: RegExp, text: string, sites: TextSites): MatchFinder {
  return sites.runStarts.length > 0 ? wholeText(pattern, text) : noMatches;
}

const noMatches: MatchFinder = () => null;

/** Two ascending lists as one, without repeats. */
export function mergeSites(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    out.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}

/** A structured recognizer's detection run at the sites of one shared pass (structured-scan.ts). */
export type SiteDetector = (text: string, settings: DeidSettings, sites: TextSites) => Detection[];
