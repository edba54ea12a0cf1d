/**
 * Capitalised word tokens and the runs they form, the raw material of the person rules. A run is
 * a sequence of capitalised tokens separated only by spaces or tabs (or `. ` after a title or an
 * initial, as in `Mr. Mayers`, `Richard M. Nixon`); digits, punctuation and line breaks end it.
 * Offsets are UTF-16 code units, end exclusive.
 */
import { isAmbiguousGivenName, isGivenName } from './given-names.js';
import {
  RANKS,
  acronyms,
  commonWords,
  particles,
  placeSuffixes,
  roleWords,
  titles,
} from './name-context.js';
import { surnames } from './surnames.js';

export type TokenKind =
  'rank' | 'title' | 'role' | 'saint' | 'initial' | 'particle' | 'suffix' | 'stop' | 'name';

export interface NameToken {
  start: number;
  /** Exclusive; a possessive `'s` is left outside the token (ANNOTATION.md). */
  end: number;
  text: string;
  kind: TokenKind;
  upper: boolean;
  given: boolean;
  ambiguous: boolean;
  surname: boolean;
}

/** A capitalised word: letters with inner apostrophes or hyphens (`O'NEILL`, `Smith-Jones`). */
// The capital comes first and the look-behind after it, so the engine can skip ahead to capitals.
const CAPITAL_WORD = /\p{Lu}(?<![\p{L}\p{M}\p{N}'’]\p{Lu})[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu;
/** An UPPERCASE surname keeps its Mc / Mac prefix in mixed case (`McCAULEY`, `MacLEOD`). */
const GAELIC_UPPER = /^Ma?c\p{Lu}{2,}$/u;
/** Contractions of pronouns and auxiliaries (`I've`, `There's`, `DON'T`): never names. */
const CONTRACTION =
  /^(?:I|you|we|they|he|she|it|that|there|here|what|who|where|don|can|won|isn|wasn|didn|doesn|couldn|wouldn|shouldn|aren|weren|haven|hasn|let)['’](?:m|ve|d|ll|re|s|t)$/i;
/**
 * Endings of abstract nouns no name has (`Policy`, `Psychology`, `Statement`, `Partnership`):
 * such a word after a role word (`Patient Policy`) is a document or team, not a person.
 */
const NOUN_ENDING = /\p{L}{3}(?:tion|sion|ment|ology|ship|icy)$/u;
/** UPPERCASE log shorthand ends like a verb or adverb (`ATTENDED`, `REFUSING`, `SAFELY`). */
const LOG_VERB = /(?:ED|ING|LY)$/;

export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  for (let at = capitalWordAt(text, 0); at >= 0; at = capitalWordAt(text, wordEnd)) {
    let word = text.slice(at, wordEnd);
    if (word.length > 3 && endsPossessive(word)) word = word.slice(0, -2);
    const token = classify(word, at);
    // Letters glued to digits, or joined to them by a hyphen or slash, are a code (`LL11`,
    // `EC1A`, `P07`, `TX-441907`, `KB/2`), never part of a name. The token is a new object, so
    // its kind is set in place.
    if (isDigit(text, token.end) || codeJoint(text, token.end)) token.kind = 'stop';
    // A lone capital before a slash is a placeholder's (`N/A`, `N/K`, `C/O`), not an initial.
    if (word.length === 1 && text.charCodeAt(token.end) === 47) token.kind = 'stop';
    // The Irish particle `O` never takes a full stop: `PS O. Prydderch` has an initial.
    else if (token.kind === 'particle' && word.length === 1 && text.charCodeAt(token.end) === 46)
      token.kind = 'initial';
    out.push(token);
  }
  return out;
}

/** End (exclusive) of the word the last `capitalWordAt` call found. */
let wordEnd = 0;

/**
 * Start of the first CAPITAL_WORD match at or after `from` (its end in `wordEnd`), or -1. ASCII
 * text is read by hand: an `exec` per word was the largest regex cost of the person rules. At
 * the first character from 128 on that could matter (a letter, mark, `’` or surrogate), the regex
 * takes over from the last position not yet ruled out, so the answer is always the regex's.
 */
function capitalWordAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return capitalWordByRegex(text, i);
    if (c < 65 || c > 90) continue; // not a capital
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (before >= 128) return capitalWordByRegex(text, i);
    if (isAsciiLetter(before) || isDigitCode(before) || before === 39) continue; // inside a word
    const end = asciiWordEnd(text, i + 1);
    if (end < 0) return capitalWordByRegex(text, i);
    wordEnd = end;
    return i;
  }
  return -1;
}

/**
 * End of CAPITAL_WORD's letters and joined parts (`['’-]` then letters) from `i`, all ASCII but
 * `’`; -1 when a character from 128 on might belong to the word (the regex must decide).
 */
function asciiWordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (isAsciiLetter(c)) {
      j++;
      continue;
    }
    if (c === 39 || c === 45 || c === 0x2019) {
      const next = text.charCodeAt(j + 1);
      if (isAsciiLetter(next)) {
        j += 2;
        continue;
      }
      if (next >= 128) return -1;
      return j;
    }
    return c >= 128 ? -1 : j; // NaN past the end ends the word
  }
}

/** The regex's own answer from `from` (see `capitalWordAt`). */
function capitalWordByRegex(text: string, from: number): number {
  CAPITAL_WORD.lastIndex = from;
  const m = CAPITAL_WORD.exec(text);
  CAPITAL_WORD.lastIndex = 0;
  if (m === null) return -1;
  wordEnd = m.index + m[0].length;
  return m.index;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Ends in `'s` or `’s` (either case of s): checked by hand, once per capitalised word. */
function endsPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const mark = word.charCodeAt(word.length - 2);
  return (s === 115 || s === 83) && (mark === 39 || mark === 0x2019);
}

/** What a word is, independent of where it stands. */
type WordInfo = Pick<NameToken, 'kind' | 'upper' | 'given' | 'ambiguous' | 'surname'>;

/**
 * Words repeat (names, ranks, log shorthand), so each distinct word is classified once. The
 * cache is cleared when it reaches this many words, keeping memory flat on long inputs.
 */
const MAX_CACHED_WORDS = 50_000;
const wordCache = new Map<string, WordInfo>();

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A hyphen or slash, then a digit. */
function codeJoint(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 45 || c === 47) && isDigit(text, i + 1);
}

function classify(text: string, start: number): NameToken {
  let info = wordCache.get(text);
  if (!info) {
    if (wordCache.size >= MAX_CACHED_WORDS) wordCache.clear();
    info = wordInfo(text);
    wordCache.set(text, info);
  }
  const { kind, upper, given, ambiguous, surname } = info;
  return { start, end: start + text.length, text, kind, upper, given, ambiguous, surname };
}

function wordInfo(text: string): WordInfo {
  const lower = text.toLowerCase();
  const upper = (text.length > 1 && text === text.toUpperCase()) || GAELIC_UPPER.test(text);
  // A double-barrelled first name (`Callum-James`) is given when each part is.
  const given =
    isGivenName(lower) ||
    (lower.includes('-') && lower.split('-').every((part) => isGivenName(part)));
  return {
    kind: kindOf(text, lower, upper),
    upper,
    given,
    ambiguous: given && isAmbiguousGivenName(lower),
    surname: surnames().has(lower),
  };
}

/** A vowel (Y counts: `LYNN`, `GWYN`). */
const VOWEL = /[AEIOUYÀ-ÖØ-Ýaeiouy]/;

function kindOf(text: string, lower: string, upper: boolean): TokenKind {
  if (RANKS.has(text)) return 'rank';
  if (titles().has(lower)) return 'title';
  // `AP` is the appropriate person in custody records; the Welsh `Ap` / `ap` joins a surname
  // (`PC 4118 Ap Iorwerth`).
  if (lower === 'ap' && !upper) return 'particle';
  if (roleWords().has(lower)) return 'role';
  if (lower === 'st' || lower === 'saint') return 'saint';
  if (particles().has(lower)) return 'particle';
  if (placeSuffixes().has(lower)) return 'suffix';
  if (commonWords().has(lower) || (upper && acronyms().has(lower))) return 'stop';
  // An UPPERCASE word of three or more letters with no vowel is an acronym, not a surname
  // (`Wrangle Hythe CSW`, `Fen NHW`, `CCTV`).
  if (upper && text.length >= 3 && !VOWEL.test(text)) return 'stop';
  if (CONTRACTION.test(text)) return 'stop';
  if (NOUN_ENDING.test(lower) && !isGivenName(lower) && !surnames().has(lower)) return 'stop';
  if (upper && LOG_VERB.test(text) && !isGivenName(lower) && !surnames().has(lower)) {
    return 'stop';
  }
  if (text.length === 1) return 'initial';
  return 'name';
}

/** Space or tab. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function hasTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 9) return true;
  return false;
}

/** Whether `text[from, to)` is 1 to `max` spaces or tabs. */
function blanks(text: string, from: number, to: number, max: number): boolean {
  if (to - from < 1 || to - from > max) return false;
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Gap text allowed between two tokens of one run, read in place (no slice, no regex: this runs
 * for every pair of neighbouring capitalised words).
 */
function joins(text: string, prev: NameToken, next: NameToken): boolean {
  // Two spaces at most: a wider gap separates form fields (`Statement of: Zainab Rees   Age`), and
  // so does a gap of two before the next field's label (`DC Jane Smith  Collar: 2143`).
  // A tab is a cell wall of a pasted or exported table (`FAIRWEATHER\tDeclan`): each cell is its
  // own name, as the table's header says.
  if (blanks(text, prev.end, next.start, 2)) {
    return !fieldLabelAfterGap(text, prev, next) && !hasTab(text, prev.end, next.start);
  }
  // `Omar al-Rashid`, and a surname with its particle after a title, rank or initials (`Mr de
  // Souza`, `PC van Dijk`, `C J van der Merwe`): the particle is kept in the span (person-recognizer).
  if (
    next.kind === 'name' &&
    PARTICLE_BEFORE_KINDS.has(prev.kind) &&
    lowerParticleGap(text, prev.end, next.start)
  ) {
    return true;
  }
  // `A.` and `I.` are words as well as initials (`PC 2733 I. Petrović`): the rules that read the
  // run decide, as they do for `I Petrović`.
  const single = prev.end - prev.start === 1;
  const dotted = prev.kind === 'title' || prev.kind === 'initial' || prev.kind === 'rank' || single;
  return dotted && text.charCodeAt(prev.end) === 46 && blanks(text, prev.end + 1, next.start, 3);
}

function fieldLabelAfterGap(text: string, prev: NameToken, next: NameToken): boolean {
  return next.start - prev.end >= 2 && text.charCodeAt(next.end) === 58;
}

/** Tokens a lower-case particle and a name word may follow within one run. */
const PARTICLE_BEFORE_KINDS: ReadonlySet<TokenKind> = new Set(['name', 'title', 'rank', 'initial']);

/** ` ap `, ` van der `, ` de `: lower-case name particles between two name words. */
const PARTICLE_GAP =
  /^ (?:(?:ap|ab|van|von|der|den|de|da|di|du|le|la|al|el|bin|binti|bint|ibn|ni|nic) ){1,2}$|^ (?:al|el|ul|ud|bin|ibn|abu|abd|bint)-$/;

export function lowerParticleGap(text: string, from: number, to: number): boolean {
  return to - from <= 10 && PARTICLE_GAP.test(text.slice(from, to));
}

/** Groups tokens into runs of adjacent capitalised words. */
export function tokenRuns(text: string, tokens: NameToken[]): NameToken[][] {
  const runs: NameToken[][] = [];
  let current: NameToken[] = [];
  for (const token of tokens) {
    const prev = current[current.length - 1];
    if (prev && joins(text, prev, token)) {
      current.push(token);
    } else {
      if (prev) runs.push(current);
      // Most runs are one word: an array of one, grown only when a second word joins it (an
      // empty array grows its store to 17 slots at the first push).
      current = [token];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
