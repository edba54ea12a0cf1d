/**
 * Capitalised word tokens and the runs they form, the raw material of the person rules. A run is
 * a sequence of capitalised tokens separated only by spaces or tabs (or `. ` after a title or an
 * initial, as in `Mr. Mayers`, `Richard M. Nixon`); digits, punctuation and line breaks end it.
 * Offsets are UTF-16 code units, end exclusive.
 */
import { ambiguousGivenNames, givenNames } from './given-names.js';
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
const POSSESSIVE = /['’][sS]$/;
/** UPPERCASE log shorthand ends like a verb or adverb (`ATTENDED`, `REFUSING`, `SAFELY`). */
const LOG_VERB = /(?:ED|ING|LY)$/;

export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  for (const m of text.matchAll(CAPITAL_WORD)) {
    let word = m[0];
    if (POSSESSIVE.test(word) && word.length > 3) word = word.slice(0, -2);
    const token = classify(word, m.index);
    // Letters glued to digits are a code (`LL11`, `EC1A`, `P07`), never part of a name.
    out.push(isDigit(text, token.end) ? { ...token, kind: 'stop' } : token);
  }
  return out;
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
  const upper = text.length > 1 && text === text.toUpperCase();
  const given = givenNames().has(lower);
  return {
    kind: kindOf(text, lower, upper),
    upper,
    given,
    ambiguous: given && ambiguousGivenNames().has(lower),
    surname: surnames().has(lower),
  };
}

function kindOf(text: string, lower: string, upper: boolean): TokenKind {
  if (RANKS.has(text)) return 'rank';
  if (titles().has(lower)) return 'title';
  if (roleWords().has(lower)) return 'role';
  if (lower === 'st' || lower === 'saint') return 'saint';
  if (particles().has(lower)) return 'particle';
  if (placeSuffixes().has(lower)) return 'suffix';
  if (commonWords().has(lower) || (upper && acronyms().has(lower))) return 'stop';
  if (upper && LOG_VERB.test(text) && !givenNames().has(lower) && !surnames().has(lower)) {
    return 'stop';
  }
  if (text.length === 1) return 'initial';
  return 'name';
}

/** Gap text allowed between two tokens of one run. */
function joins(text: string, prev: NameToken, next: NameToken): boolean {
  const gap = text.slice(prev.end, next.start);
  if (/^[ \t]{1,3}$/.test(gap)) return true;
  const dotted = prev.kind === 'title' || prev.kind === 'initial' || prev.kind === 'rank';
  return dotted && /^\.[ \t]{1,3}$/.test(gap);
}

/** Groups tokens into runs of adjacent capitalised words. */
export function tokenRuns(text: string, tokens: NameToken[]): NameToken[][] {
  const runs: NameToken[][] = [];
  let current: NameToken[] = [];
  for (const token of tokens) {
    const prev = current[current.length - 1];
    if (prev && !joins(text, prev, token)) {
      runs.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
