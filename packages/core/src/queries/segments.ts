/** Coded segments (codings with their quoted text) and filtering them by code × attribute. */
import type { Actor, Id } from '../model/study.js';
import {
  attributeValues,
  type AttributedSegment,
  type QueryAttribute,
  type QueryContext,
} from './attributes.js';

/** One coding as queries show it: where it is, which code, who coded it and the text coded. */
export interface QuerySegment extends AttributedSegment {
  codingId: Id;
  codeId: Id;
  textVersionId: Id;
  coder: Actor;
  /** Span in the text version, UTF-16 code units, end exclusive. */
  startUtf16: number;
  endUtf16: number;
  /** The coded text (the anchor's quote). */
  exact: string;
}

export interface SegmentFilter {
  /** Keep only these codes (all codes when absent or empty). */
  codeIds?: readonly Id[];
  /** Keep only segments whose `by` attribute takes one of `values` (value ids). */
  by?: QueryAttribute;
  values?: readonly string[];
}

/** Segments that pass the filter, in the order given. */
export function filterSegments<S extends QuerySegment>(
  segments: readonly S[],
  filter: SegmentFilter,
  ctx: QueryContext,
): S[] {
  const codes = filter.codeIds?.length ? new Set(filter.codeIds) : null;
  const wanted = filter.by && filter.values?.length ? new Set(filter.values) : null;
  return segments.filter((s) => {
    if (codes !== null && !codes.has(s.codeId)) return false;
    if (wanted === null || filter.by === undefined) return true;
    return attributeValues(s, filter.by, ctx).some((v) => wanted.has(v.id));
  });
}

/** Sort order for listings: source, then position, then code. */
export function compareSegments(a: QuerySegment, b: QuerySegment): number {
  if (a.sourceId !== b.sourceId) return a.sourceId < b.sourceId ? -1 : 1;
  if (a.startUtf16 !== b.startUtf16) return a.startUtf16 - b.startUtf16;
  if (a.endUtf16 !== b.endUtf16) return a.endUtf16 - b.endUtf16;
  return a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0;
}

/**
 * The segments behind one overlap co-occurrence cell: each segment of code `a` or `b` that
 * overlaps a segment of the other in the same text version (for a = b, of another coding of the
 * same code). Pairwise per version: meant for the two codes of one cell, not a whole study.
 */
export function overlappingSegments<S extends QuerySegment>(
  segments: readonly S[],
  a: string,
  b: string,
): S[] {
  const of = (code: string) => segments.filter((s) => s.codeId === code);
  const [left, right] = [of(a), of(b)];
  const hit = new Set<S>();
  for (const x of left) {
    for (const y of right) {
      if (x === y || x.textVersionId !== y.textVersionId) continue;
      if (Math.max(x.startUtf16, y.startUtf16) >= Math.min(x.endUtf16, y.endUtf16)) continue;
      hit.add(x).add(y);
    }
  }
  return segments.filter((s) => hit.has(s));
}
