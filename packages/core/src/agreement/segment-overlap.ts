/**
 * Segment-level agreement as MAXQDA computes it ("Intercoder Agreement", option "Segment
 * agreement", MAXQDA manual): every coded segment of either coder is one row; a segment counts as
 * agreed when the other coder applied the same code, in the same document, to a segment that
 * overlaps it by at least the threshold. The overlap of two segments is MAXQDA's code
 * intersection rate: the characters they share divided by the characters they cover together
 * (|s ∩ t| / |s ∪ t|, UTF-16 code units here). MAXQDA's default threshold is 90 %.
 *
 *   agreement(code) = agreed segments / all segments of that code (both coders)
 *   pooled          = Σ agreed / Σ segments over codes
 *
 * Uncoded text never appears: only coded segments are rows, so text neither coder coded is not
 * counted as agreement (unlike α_u or kappa over units).
 */
export const MAXQDA_DEFAULT_OVERLAP = 0.9;

export interface CodedSegment {
  document: string;
  coder: string;
  code: string;
  start: number;
  end: number;
}

export interface SegmentOverlapCounts {
  agreed: number;
  segments: number;
  /** agreed / segments, null with no segment. */
  agreement: number | null;
}

export interface SegmentOverlap {
  coders: [string, string];
  threshold: number;
  perCode: (SegmentOverlapCounts & { code: string })[];
  pooled: SegmentOverlapCounts;
}

/** |s ∩ t| / |s ∪ t| for two half-open spans; 0 when they do not overlap. */
export function intersectionRate(
  s: { start: number; end: number },
  t: { start: number; end: number },
): number {
  const shared = Math.min(s.end, t.end) - Math.max(s.start, t.start);
  if (shared <= 0) return 0;
  return shared / (Math.max(s.end, t.end) - Math.min(s.start, t.start));
}

export function segmentOverlap(
  segments: readonly CodedSegment[],
  coders: [string, string],
  threshold = MAXQDA_DEFAULT_OVERLAP,
): SegmentOverlap {
  if (!(threshold > 0 && threshold <= 1))
    throw new RangeError('segmentOverlap: threshold must be in (0, 1]');
  const groups = groupSegments(segments, coders);
  const perCode = new Map<string, { agreed: number; segments: number }>();
  for (const [key, [mine, theirs]] of groups) {
    const code = key.slice(key.indexOf('\u0000') + 1);
    const tally = perCode.get(code) ?? { agreed: 0, segments: 0 };
    tally.agreed += countAgreed(mine, theirs, threshold) + countAgreed(theirs, mine, threshold);
    tally.segments += mine.length + theirs.length;
    perCode.set(code, tally);
  }
  const rows = [...perCode].map(([code, t]) => ({ code, ...withRate(t.agreed, t.segments) }));
  const agreed = rows.reduce((s, r) => s + r.agreed, 0);
  const total = rows.reduce((s, r) => s + r.segments, 0);
  return { coders, threshold, perCode: rows, pooled: withRate(agreed, total) };
}

function withRate(agreed: number, segments: number): SegmentOverlapCounts {
  return { agreed, segments, agreement: segments === 0 ? null : agreed / segments };
}

/** Segments of the two coders keyed by document + code. */
function groupSegments(
  segments: readonly CodedSegment[],
  coders: [string, string],
): Map<string, [CodedSegment[], CodedSegment[]]> {
  const groups = new Map<string, [CodedSegment[], CodedSegment[]]>();
  for (const s of segments) {
    const side = s.coder === coders[0] ? 0 : s.coder === coders[1] ? 1 : null;
    if (side === null || s.end <= s.start) continue;
    const key = `${s.document}\u0000${s.code}`;
    const group = groups.get(key) ?? [[], []];
    group[side].push(s);
    groups.set(key, group);
  }
  return groups;
}

function countAgreed(
  mine: readonly CodedSegment[],
  theirs: readonly CodedSegment[],
  threshold: number,
): number {
  return mine.filter((s) => theirs.some((t) => intersectionRate(s, t) >= threshold)).length;
}
