/**
 * Maps UTF-16 offsets in a text to offsets in the same text after some spans were replaced, for
 * re-anchoring codings and rewriting their quotes. Text outside the replaced spans moves by the
 * total length change of the spans before it; an offset inside a replaced span moves to the
 * start of its replacement (`bias: 'start'`, for a coding's start) or its end (`'end'`).
 */
export interface ReplacedSegment {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export type OffsetBias = 'start' | 'end';

export class OffsetMap {
  /** Replaced spans in text order, non-overlapping, old and new UTF-16 offsets (end exclusive). */
  readonly segments: readonly ReplacedSegment[];

  constructor(segments: readonly ReplacedSegment[]) {
    this.segments = segments;
  }

  /** The new offset of old offset `offset`. */
  map(offset: number, bias: OffsetBias = 'start'): number {
    const seg = this.segmentAtOrBefore(offset);
    if (!seg) return offset;
    if (offset >= seg.oldEnd) return offset + (seg.newEnd - seg.oldEnd);
    if (offset === seg.oldStart) return seg.newStart;
    return bias === 'start' ? seg.newStart : seg.newEnd;
  }

  /** The last segment starting at or before `offset` (binary search). */
  private segmentAtOrBefore(offset: number): ReplacedSegment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found: ReplacedSegment | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const seg = this.segments[mid]!;
      if (seg.oldStart <= offset) {
        found = seg;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
