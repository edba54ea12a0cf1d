/**
 * Disagreement review: the spans of one document where coders disagree, for discussion.
 *
 * A coded segment is agreed when every other compared coder applied the same code to a segment
 * overlapping it by at least the threshold, measured as MAXQDA's code intersection rate
 * (|s ∩ t| / |s ∪ t|, segment-overlap.ts; default 90 %). The same rule as segment-overlap
 * agreement, so a review lists exactly the segments that statistic counts as not agreed.
 * Unagreed segments that overlap each other are merged into one disputed span, which lists every
 * coder's codings overlapping it side by side (agreed ones too, for context). Offsets are UTF-16
 * code units, spans half-open.
 */
import { intersectionRate, MAXQDA_DEFAULT_OVERLAP, type CodedSegment } from './segment-overlap.js';

/** Why a span is disputed: some coder left it uncoded, codes differ, or only boundaries do. */
export type DisputeKind = 'uncoded_by_some' | 'different_codes' | 'boundaries';

export interface DisputeSide {
  coder: string;
  /** This coder's codings overlapping the disputed span, in text order. */
  segments: { code: string; start: number; end: number }[];
}

export interface Dispute {
  document: string;
  start: number;
  end: number;
  kind: DisputeKind;
  /** One side per compared coder, in the order the coders were given. */
  sides: DisputeSide[];
}

export interface DisputeInput {
  codings: readonly CodedSegment[];
  /** The coders compared (at least two); codings of others are ignored. */
  coders: readonly string[];
  /** Intersection rate needed for two segments of a code to agree, in (0, 1]. */
  threshold?: number;
}

/** Disputed spans of every document, ordered by document then start. */
export function findDisputes(input: DisputeInput): Dispute[] {
  const threshold = input.threshold ?? MAXQDA_DEFAULT_OVERLAP;
  if (!(threshold > 0 && threshold <= 1))
    throw new RangeError('findDisputes: threshold must be in (0, 1]');
  if (new Set(input.coders).size < 2) throw new RangeError('findDisputes: give two coders or more');
  const byDocument = new Map<string, CodedSegment[]>();
  for (const s of input.codings)
    if (input.coders.includes(s.coder) && s.end > s.start)
      byDocument.set(s.document, [...(byDocument.get(s.document) ?? []), s]);
  const documents = [...byDocument.keys()].sort();
  return documents.flatMap((d) =>
    documentDisputes(d, byDocument.get(d) ?? [], input.coders, threshold),
  );
}

function documentDisputes(
  document: string,
  segments: CodedSegment[],
  coders: readonly string[],
  threshold: number,
): Dispute[] {
  const unagreed = segments.filter((s) => !isAgreed(s, segments, coders, threshold));
  return mergeOverlapping(unagreed).map((span) => {
    const sides = coders.map((coder) => sideOf(coder, span, segments));
    return { document, ...span, kind: kindOf(sides), sides };
  });
}

/** Every other coder has a segment of the same code overlapping `s` by the threshold. */
function isAgreed(
  s: CodedSegment,
  all: readonly CodedSegment[],
  coders: readonly string[],
  threshold: number,
): boolean {
  return coders
    .filter((c) => c !== s.coder)
    .every((c) =>
      all.some((t) => t.coder === c && t.code === s.code && intersectionRate(s, t) >= threshold),
    );
}

/** Unions of overlapping spans (sweep over spans sorted by start). */
function mergeOverlapping(spans: readonly CodedSegment[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

function sideOf(
  coder: string,
  span: { start: number; end: number },
  segments: readonly CodedSegment[],
): DisputeSide {
  const overlapping = segments
    .filter((s) => s.coder === coder && s.start < span.end && s.end > span.start)
    .map(({ code, start, end }) => ({ code, start, end }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  return { coder, segments: overlapping };
}

function kindOf(sides: readonly DisputeSide[]): DisputeKind {
  if (sides.some((s) => s.segments.length === 0)) return 'uncoded_by_some';
  const codeSets = sides.map((s) => [...new Set(s.segments.map((x) => x.code))].sort().join('\0'));
  return codeSets.every((c) => c === codeSets[0]) ? 'boundaries' : 'different_codes';
}
