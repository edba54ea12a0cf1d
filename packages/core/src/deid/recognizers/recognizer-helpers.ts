/**
 * Small helpers shared by the structured recognizers. Offsets are UTF-16 code units, end
 * exclusive, as in `Detection`.
 */
import type { Detection, EntityType } from '../entity-types.js';
import { wholeText, type MatchFinder } from './match-finder.js';

/** Builds a detection, clamping the score into 0..1. */
export function detection(
  recognizer: string,
  type: EntityType,
  text: string,
  start: number,
  end: number,
  score: number,
): Detection {
  const clamped = Math.max(0, Math.min(1, score));
  return {
    type,
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score: clamped,
    recognizer,
  };
}

/**
 * Presidio's LemmaContextAwareEnhancer raises a score by 0.35 when a context word is found (and
 * floors it at 0.4); we follow the same rule so scores compare with Presidio's.
 */
export const CONTEXT_BOOST = 0.35;

export function boosted(base: number, hasContext: boolean): number {
  return hasContext ? Math.min(1, Math.max(0.4, base + CONTEXT_BOOST)) : base;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * `/[\p{L}\p{M}]/u.test(text.charAt(i))`, with ASCII answered by a range test (the only ASCII
 * letters or marks are `A-Z` and `a-z`): rules that read a word back or forth code unit by code
 * unit called the regex on every one (about fifteen calls a log entry). Past either end of the text
 * it is false, as the regex is on `''`.
 */
export function isLetterOrMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === c && LETTER_OR_MARK.test(text.charAt(i)); // NaN past the end
}

/** The `chars` characters before `start` (fewer at the start of the text). */
export function textBefore(text: string, start: number, chars: number): string {
  return text.slice(Math.max(0, start - chars), start);
}

/** The `chars` characters from `end` on. */
export function textAfter(text: string, end: number, chars: number): string {
  return text.slice(end, end + chars);
}

/** Digits of `value` with every separator dropped. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** True when every character of `digits` is the same (e.g. `0000000000`), a placeholder, not an id. */
export function allSameDigit(digits: string): boolean {
  return digits.length > 0 && digits.split('').every((d) => d === digits[0]);
}

/** Letters that are all upper case or all lower case (mixed case is prose, not an identifier). */
export function uniformCase(value: string): boolean {
  return value === value.toUpperCase() || value === value.toLowerCase();
}

/**
 * Runs a global regex over `text` and maps every match, skipping those the mapper rejects. With
 * `retryAfterReject`, a rejected match is retried one character on, so that a shorter alternative
 * inside it can still match; use it only for patterns whose matches are a few characters long,
 * which keeps the scan linear.
 */
export function scan(
  pattern: RegExp,
  text: string,
  map: (m: RegExpExecArray) => Detection | null,
  retryAfterReject = false,
): Detection[] {
  return scanMatches(wholeText(pattern, text), map, retryAfterReject);
}

/** `scan` over the matches `find` gives (the whole text, or candidate sites: match-finder.ts). */
export function scanMatches(
  find: MatchFinder,
  map: (m: RegExpExecArray) => Detection | null,
  retryAfterReject = false,
): Detection[] {
  const found: Detection[] = [];
  for (let m = find(0); m !== null;) {
    const d = map(m);
    if (d) found.push(d);
    const retry = m[0].length === 0 || (!d && retryAfterReject);
    m = find(m.index + (retry ? 1 : m[0].length));
  }
  return found;
}
