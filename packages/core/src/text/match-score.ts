import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '../model/coding.js';

/**
 * Weights of hypothesis/client's `matchQuote` (src/annotator/anchoring/match-quote.ts):
 * similarity of the matched text to the quote (50), of the text before it to the prefix (20),
 * of the text after it to the suffix (20), and closeness to the expected position (2, which
 * hypothesis calls a tie-breaker). A zero-length quote has nothing to compare, so its weight
 * drops to 0 and only context and position count.
 */
export const MATCH_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** A place in the new text where the quote may now be, with its quote edit distance. */
export interface Candidate {
  startUtf16: number;
  endUtf16: number;
  /** Edits (insertions, deletions, substitutions, in UTF-16 code units) from the quote. */
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  /** Full hypothesis score, position included: orders candidates. */
  rank: number;
  /** The score reported to researchers: `rank` with the position term at its maximum. */
  score: number;
  /** The text before the candidate ends with the stored prefix, code unit for code unit. */
  prefixExact: boolean;
  /** The text after the candidate starts with the stored suffix, code unit for code unit. */
  suffixExact: boolean;
}

/** What a candidate is scored against: the new text, the stored quote, the expected start. */
export interface MatchContext {
  text: string;
  quote: TextQuoteSelector;
  hintUtf16: number;
}

/**
 * Similarity 0..1 of `window` to `pattern`: 1 − (fewest edits to find `pattern` inside
 * `window`) / pattern length, as hypothesis's `textMatchScore`. An empty pattern (no stored
 * context, e.g. at the start of the text) counts as a full match, as in hypothesis.
 */
export function textSimilarity(window: string, pattern: string): number {
  if (pattern.length === 0 || window === pattern) return 1;
  if (window.length === 0) return 0;
  // With maxErrors = pattern length the search always returns a match (see match-quote.ts).
  const best = approxSearch(window, pattern, pattern.length)[0];
  return best === undefined ? 0 : 1 - best.errors / pattern.length;
}

/** 1 − distance from the expected start / text length, as hypothesis's `posScore`. */
function positionScore(text: string, startUtf16: number, hintUtf16: number): number {
  return text.length === 0 ? 1 : 1 - Math.abs(startUtf16 - hintUtf16) / text.length;
}

/** Scores a candidate with hypothesis's weighted formula; see MATCH_WEIGHTS. */
export function scoreCandidate(ctx: MatchContext, c: Candidate): ScoredCandidate {
  const { text, quote } = ctx;
  const quoteWeight = quote.exact.length === 0 ? 0 : MATCH_WEIGHTS.quote;
  const quoteSim = quoteWeight === 0 ? 1 : Math.max(0, 1 - c.errors / quote.exact.length);
  const before = text.slice(Math.max(0, c.startUtf16 - quote.prefix.length), c.startUtf16);
  const prefixSim = textSimilarity(before, quote.prefix);
  const suffixSim = textSimilarity(
    text.slice(c.endUtf16, c.endUtf16 + quote.suffix.length),
    quote.suffix,
  );
  const content =
    quoteWeight * quoteSim + MATCH_WEIGHTS.prefix * prefixSim + MATCH_WEIGHTS.suffix * suffixSim;
  const max = quoteWeight + MATCH_WEIGHTS.prefix + MATCH_WEIGHTS.suffix + MATCH_WEIGHTS.position;
  const pos = positionScore(text, c.startUtf16, ctx.hintUtf16);
  return {
    ...c,
    rank: (content + MATCH_WEIGHTS.position * pos) / max,
    score: (content + MATCH_WEIGHTS.position) / max,
    prefixExact: prefixSim === 1,
    suffixExact: suffixSim === 1,
  };
}

/** The candidate with the highest rank (the first of equals, i.e. the earliest found). */
export function bestCandidate(scored: ScoredCandidate[]): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const s of scored) if (best === null || s.rank > best.rank) best = s;
  return best;
}
