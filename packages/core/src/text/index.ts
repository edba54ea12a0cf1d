/** Anchoring codings to text: describe a span redundantly, find it again after edits. */
export { ANCHOR_CONTEXT_UTF16, assertValidSpan, describeAnchor } from './describe-anchor.js';
export type { QuoteAnchoring } from './anchor-quote.js';
export { anchorQuote, quoteOccurrences } from './anchor-quote.js';
export { MATCH_WEIGHTS, textSimilarity } from './match-score.js';
export { maxErrorsFor } from './quote-search.js';
export type { ReanchorMethod, ReanchorOptions, ReanchorResult } from './reanchor.js';
export {
  MIN_ANCHOR_SCORE,
  SELF_EVIDENT_QUOTE_UTF16,
  SEARCH_WINDOW_UTF16,
  anchorFromResult,
  reanchor,
  reanchorAll,
} from './reanchor.js';
export { splitsSurrogatePair } from './utf16.js';
