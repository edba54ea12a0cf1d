import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '../model/coding.js';
import type { Candidate } from './match-score.js';
import { textSimilarity } from './match-score.js';
import { splitsSurrogatePair, widenEnd, widenStart } from './utf16.js';

/**
 * Most edits the approximate search allows: hypothesis's `min(256, quote.length / 2)`
 * (match-quote.ts), floored because edits are whole. Its cost is O(maxErrors / 32 · text
 * length) (approx-string-match, Myers' bit-parallel algorithm), so the cap bounds the work.
 */
export function maxErrorsFor(patternLength: number): number {
  return Math.min(256, Math.floor(patternLength / 2));
}

/**
 * What is searched for: the quote, or for a zero-length quote (a point in the text) its
 * prefix followed by its suffix, with the point between them.
 */
export function searchPattern(quote: TextQuoteSelector): string {
  return quote.exact.length > 0 ? quote.exact : quote.prefix + quote.suffix;
}

/** UTF-16 units from where the pattern starts to where the candidate starts. */
export function patternLead(quote: TextQuoteSelector): number {
  return quote.exact.length > 0 ? 0 : quote.prefix.length;
}

/** A half-open range of UTF-16 offsets in the new text. */
export interface Range16 {
  fromUtf16: number;
  toUtf16: number;
}

function exactCandidate(quote: TextQuoteSelector, at: number): Candidate {
  const start = at + patternLead(quote);
  return { startUtf16: start, endUtf16: start + quote.exact.length, errors: 0 };
}

/**
 * Every verbatim occurrence of the pattern that starts inside `range`, as hypothesis's
 * `search` does before any approximate search. Occurrences that would cut an astral character
 * in half (possible only next to lone surrogates) are skipped.
 */
export function exactCandidates(
  text: string,
  quote: TextQuoteSelector,
  range: Range16,
): Candidate[] {
  const pattern = searchPattern(quote);
  if (pattern.length === 0) return [];
  // Search a slice, not `text` from an offset: indexOf cannot stop at the range's end, and a
  // miss would scan the rest of a long text. V8 slices long strings without copying.
  const from = range.fromUtf16;
  const hay = text.slice(from, range.toUtf16 - 1 + pattern.length);
  const found: Candidate[] = [];
  for (let i = hay.indexOf(pattern); i !== -1; i = hay.indexOf(pattern, i + 1)) {
    const c = exactCandidate(quote, from + i);
    if (!splitsSurrogatePair(text, c.startUtf16) && !splitsSurrogatePair(text, c.endUtf16)) {
      found.push(c);
    }
  }
  return found;
}

/** How well prefix and suffix fit around a point, 0..2. */
function contextFit(text: string, quote: TextQuoteSelector, point: number): number {
  const before = text.slice(Math.max(0, point - quote.prefix.length), point);
  const after = text.slice(point, point + quote.suffix.length);
  return textSimilarity(before, quote.prefix) + textSimilarity(after, quote.suffix);
}

/**
 * The point inside an approximate match of prefix + suffix: of the code point boundaries
 * within the match's edit count of "start + prefix length", the one where prefix and suffix
 * fit best (the nearest of equals), so an edit in the prefix does not drag the point along.
 */
function pointIn(text: string, quote: TextQuoteSelector, m: Candidate): number {
  const estimate = Math.min(m.startUtf16 + quote.prefix.length, m.endUtf16);
  let best = widenStart(text, estimate);
  let bestFit = contextFit(text, quote, best);
  for (let d = 1; d <= m.errors; d++) {
    for (const x of [estimate - d, estimate + d]) {
      if (x < m.startUtf16 || x > m.endUtf16 || splitsSurrogatePair(text, x)) continue;
      const fit = contextFit(text, quote, x);
      if (fit > bestFit) [best, bestFit] = [x, fit];
    }
  }
  return best;
}

/**
 * Turns an approximate match into a candidate. A quote match is widened to whole astral
 * characters, counting one more edit per widened side (an upper bound on what it adds). A
 * zero-length quote becomes the point between its prefix and suffix (see pointIn).
 */
function fuzzyCandidate(text: string, quote: TextQuoteSelector, m: Candidate): Candidate {
  if (quote.exact.length === 0) {
    const point = pointIn(text, quote, m);
    return { startUtf16: point, endUtf16: point, errors: m.errors };
  }
  const start = widenStart(text, m.startUtf16);
  const end = widenEnd(text, m.endUtf16);
  const widened = Number(start !== m.startUtf16) + Number(end !== m.endUtf16);
  return { startUtf16: start, endUtf16: end, errors: m.errors + widened };
}

/**
 * The approximate occurrences with the fewest edits (at most `maxErrorsFor`) inside `range`,
 * found with approx-string-match as hypothesis does.
 */
export function fuzzyCandidates(
  text: string,
  quote: TextQuoteSelector,
  range: Range16,
): Candidate[] {
  const pattern = searchPattern(quote);
  const maxErrors = maxErrorsFor(pattern.length);
  if (maxErrors === 0) return [];
  const from = range.fromUtf16;
  return approxSearch(text.slice(from, range.toUtf16), pattern, maxErrors).map((m) =>
    fuzzyCandidate(text, quote, {
      startUtf16: m.start + from,
      endUtf16: m.end + from,
      errors: m.errors,
    }),
  );
}
