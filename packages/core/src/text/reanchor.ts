import type { Anchor, AnchorStatus, TextQuoteSelector } from '../model/coding.js';
import { ANCHOR_CONTEXT_UTF16, describeAnchor } from './describe-anchor.js';
import type { Candidate, MatchContext, ScoredCandidate } from './match-score.js';
import { bestCandidate, scoreCandidate } from './match-score.js';
import type { Range16 } from './quote-search.js';
import {
  exactCandidates,
  fuzzyCandidates,
  maxErrorsFor,
  patternLead,
  searchPattern,
} from './quote-search.js';

/**
 * Lowest score (0..1, see MATCH_WEIGHTS) a search result needs; below it the coding is
 * orphaned. hypothesis has no floor: any verbatim copy of the quote wins, so a deleted short
 * quote ("yes") would silently move to another "yes". 72/92 is the score of a verbatim quote
 * with one side of its context verbatim and the other entirely different, so one edit outside
 * a span never goes below it. In general a candidate needs 50·quoteSim + 20·(prefixSim +
 * suffixSim) ≥ 70: up to 40 % of the quote edited with both contexts intact, fewer edits with
 * less context. On synthetic transcripts, the best wrong candidates left after deleting a
 * quote scored at most 0.77.
 */
export const MIN_ANCHOR_SCORE = 72 / 92;

/**
 * A verbatim quote at least this long (UTF-16 units) is accepted whatever its context: it is
 * as much text as one side's stored context, so it is its own evidence. Shorter verbatim
 * quotes ("yes", "No further action.") need MIN_ANCHOR_SCORE, i.e. context that agrees.
 */
export const SELF_EVIDENT_QUOTE_UTF16 = ANCHOR_CONTEXT_UTF16;

/** Slack for floating-point rounding when comparing scores with MIN_ANCHOR_SCORE. */
const SCORE_EPSILON = 1e-9;

/**
 * UTF-16 code units searched on each side of the expected start before the whole text. A
 * search stops at the first range whose best candidate is good enough (see `exactSearch` and
 * `fuzzySearch`), as hypothesis's pdf.ts `anchorQuote` stops at the first page, in order of
 * distance from the expected one, with an exact quote and exact prefix or suffix.
 */
export const SEARCH_WINDOW_UTF16 = 4096;

export type ReanchorMethod = 'position' | 'exact_search' | 'fuzzy_search' | 'none';

/** Where an anchor lies in a new text version, and how sure we are. Offsets in UTF-16 units. */
export interface ReanchorResult {
  status: AnchorStatus;
  /**
   * 0..1: 1 for a verbatim quote and context; after a search, hypothesis's score with the
   * position term at its maximum (see MATCH_WEIGHTS); 0 when orphaned.
   */
  score: number;
  startUtf16: number | null;
  endUtf16: number | null;
  method: ReanchorMethod;
}

export interface ReanchorOptions {
  /** Where the quote is expected to start in the new text; defaults to its stored start. */
  expectedStartUtf16?: number;
}

const ORPHANED: ReanchorResult = {
  status: 'orphaned',
  score: 0,
  startUtf16: null,
  endUtf16: null,
  method: 'none',
};

/** True when the quote and both contexts read verbatim in `text` with the quote at `start`. */
function verifiedAt(text: string, quote: TextQuoteSelector, start: number): boolean {
  const end = start + quote.exact.length;
  if (!Number.isInteger(start) || start < quote.prefix.length || end > text.length) return false;
  return (
    text.startsWith(quote.exact, start) &&
    text.startsWith(quote.prefix, start - quote.prefix.length) &&
    text.startsWith(quote.suffix, end)
  );
}

function verbatim(start: number, quote: TextQuoteSelector, method: ReanchorMethod): ReanchorResult {
  const end = start + quote.exact.length;
  return { status: 'exact', score: 1, startUtf16: start, endUtf16: end, method };
}

function fromCandidate(
  c: ScoredCandidate,
  status: AnchorStatus,
  method: ReanchorMethod,
): ReanchorResult {
  return { status, score: c.score, startUtf16: c.startUtf16, endUtf16: c.endUtf16, method };
}

/**
 * Ranges of pattern starts to search, widening: the expected place itself (the span ± its
 * allowed edits), the window around it, the whole text. Each covers candidates whose start
 * lies within `reachUtf16` of the hint; `extraUtf16` is how far a match may run past its start.
 */
function wideningRanges(ctx: MatchContext, extraUtf16: number): Range16[] {
  const center = ctx.hintUtf16 - patternLead(ctx.quote);
  const length = ctx.text.length;
  const around = (reachUtf16: number): Range16 => ({
    fromUtf16: Math.max(0, center - reachUtf16),
    toUtf16: Math.min(length, center + reachUtf16 + 1 + extraUtf16),
  });
  const local = maxErrorsFor(searchPattern(ctx.quote).length);
  return [around(local), around(SEARCH_WINDOW_UTF16), { fromUtf16: 0, toUtf16: length }];
}

type CandidateFinder = (text: string, quote: TextQuoteSelector, range: Range16) => Candidate[];
type StopRule = (best: ScoredCandidate) => boolean;

/** True when a candidate may be returned: see MIN_ANCHOR_SCORE and SELF_EVIDENT_QUOTE_UTF16. */
function isAcceptable(ctx: MatchContext, c: ScoredCandidate): boolean {
  const selfEvident = c.errors === 0 && ctx.quote.exact.length >= SELF_EVIDENT_QUOTE_UTF16;
  return selfEvident || c.score >= MIN_ANCHOR_SCORE - SCORE_EPSILON;
}

function acceptable(ctx: MatchContext, candidates: Candidate[]): ScoredCandidate[] {
  return candidates.map((c) => scoreCandidate(ctx, c)).filter((c) => isAcceptable(ctx, c));
}

/**
 * Best acceptable candidate over widening ranges (see wideningRanges), stopping at the first
 * range whose best candidate satisfies `stop`. Candidates of all ranges searched compete, because
 * approx-string-match keeps only the fewest-edit matches of a range: a typo fixed in place
 * would otherwise lose to a verbatim copy of a short quote elsewhere.
 */
function searchWidening(
  ctx: MatchContext,
  find: CandidateFinder,
  stop: StopRule,
  extraUtf16: number,
): ScoredCandidate | null {
  const found: ScoredCandidate[] = [];
  let best: ScoredCandidate | null = null;
  for (const range of widenUntilWhole(wideningRanges(ctx, extraUtf16), ctx.text.length)) {
    found.push(...acceptable(ctx, find(ctx.text, ctx.quote, range)));
    best = bestCandidate(found);
    if (best !== null && stop(best)) break;
  }
  return best;
}

/** Drops ranges after the first that already covers the whole text. */
function widenUntilWhole(ranges: Range16[], length: number): Range16[] {
  const whole = ranges.findIndex((r) => r.fromUtf16 === 0 && r.toUtf16 >= length);
  return whole === -1 ? ranges : ranges.slice(0, whole + 1);
}

/**
 * Step (b): verbatim occurrences of the quote (status exact). The search stops early only on
 * a candidate with both contexts verbatim: it then provably wins, since every candidate not
 * yet searched lies farther from the hint and cannot match its context better.
 */
function exactSearch(ctx: MatchContext): ReanchorResult | null {
  const best = searchWidening(ctx, exactCandidates, (c) => c.prefixExact && c.suffixExact, 0);
  return best && fromCandidate(best, 'exact', 'exact_search');
}

/**
 * Step (c): occurrences within maxErrorsFor edits of the quote (status fuzzy). The search
 * stops early on a candidate with either context verbatim, hypothesis's pdf.ts rule: a
 * heuristic that trades finding a better-matching copy far away for not running the
 * approximate search (O(text length) each) over the whole text.
 */
function fuzzySearch(ctx: MatchContext): ReanchorResult | null {
  const length = searchPattern(ctx.quote).length;
  const stop: StopRule = (c) => c.prefixExact || c.suffixExact;
  const best = searchWidening(ctx, fuzzyCandidates, stop, length + maxErrorsFor(length));
  return best && fromCandidate(best, 'fuzzy', 'fuzzy_search');
}

function hintFor(anchor: Anchor, text: string, options: ReanchorOptions): number {
  const hint = options.expectedStartUtf16 ?? anchor.position.startUtf16;
  return Number.isFinite(hint) ? Math.min(Math.max(0, Math.round(hint)), text.length) : 0;
}

/**
 * Finds `anchor` in `newText`, cheapest strategy first (hypothesis's order, anchoring/html.ts):
 * (a) the stored position, accepted when quote, prefix and suffix all read verbatim there
 * (hypothesis checks the quote alone; the context check stops a short quote from sticking to
 * another copy that an edit moved into its old place); then the expected start if given;
 * (b) verbatim occurrences of the quote, ranked by context and closeness (status exact);
 * (c) approximate occurrences (status fuzzy); else orphaned. Search results must score at
 * least MIN_ANCHOR_SCORE.
 */
export function reanchor(
  anchor: Anchor,
  newText: string,
  options: ReanchorOptions = {},
): ReanchorResult {
  const { position, quote } = anchor;
  const storedLength = position.endUtf16 - position.startUtf16;
  if (storedLength === quote.exact.length && verifiedAt(newText, quote, position.startUtf16)) {
    return verbatim(position.startUtf16, quote, 'position');
  }
  const hint = hintFor(anchor, newText, options);
  // Verbatim quote and context at the hint scores the maximum, so any search would return it.
  if (hint !== position.startUtf16 && verifiedAt(newText, quote, hint)) {
    return verbatim(hint, quote, 'exact_search');
  }
  const ctx = { text: newText, quote, hintUtf16: hint };
  return exactSearch(ctx) ?? fuzzySearch(ctx) ?? ORPHANED;
}

function startOf(anchor: Anchor): number {
  const start = anchor.position.startUtf16;
  return Number.isFinite(start) ? start : 0;
}

/**
 * Re-anchors many codings of one text at once. Anchors are visited in stored order and each
 * expects the same shift as the last one found verbatim, so after an edit that moves
 * everything (text inserted near the start) each anchor costs O(quote + context) instead of a
 * search; only the first anchor after each edit point searches, and only near its hint.
 * Results come back in the order of `anchors`.
 */
export function reanchorAll(anchors: readonly Anchor[], newText: string): ReanchorResult[] {
  const order = anchors
    .map((_, i) => i)
    .sort((a, b) => startOf(anchors[a]!) - startOf(anchors[b]!));
  const results: ReanchorResult[] = new Array<ReanchorResult>(anchors.length);
  let shift = 0;
  for (const i of order) {
    const anchor = anchors[i]!;
    const result = reanchor(anchor, newText, { expectedStartUtf16: startOf(anchor) + shift });
    if (result.status === 'exact' && result.startUtf16 !== null) {
      shift = result.startUtf16 - startOf(anchor);
    }
    results[i] = result;
  }
  return results;
}

/**
 * A fresh anchor describing where `result` found the coding in `newText`, for the caller to
 * store next to the original (originals are never rewritten); null when orphaned.
 */
export function anchorFromResult(result: ReanchorResult, newText: string): Anchor | null {
  if (result.startUtf16 === null || result.endUtf16 === null) return null;
  return describeAnchor(newText, result.startUtf16, result.endUtf16);
}
