/**
 * Negation and background windows: the text just before and after a match, cut at the clause
 * boundary (sentence punctuation, comma, brackets, a line break, a spaced dash), so that "NO MH
 * CONCERNS" cancels "MH" but "No weapons. Low mood" leaves "low mood" standing. Offsets are UTF-16.
 */

/** ASCII codes of the one-character boundaries: `.` `;` `!` `?` line feed `,` `(` `)`. */
export const BOUNDARY_CHAR = Uint8Array.from({ length: 64 }, (_, c) =>
  '.;!?\n,()'.includes(String.fromCharCode(c)) ? 1 : 0,
);

/**
 * Clause boundaries of an entry as flat [start, end) pairs, ascending. The fast matcher reads
 * the same in its key scan (`scanKeys`), which reads every character anyway.
 */
export function clauseBoundaries(text: string): number[] {
  // The matches of /[.;!?\n,()]| - /g, found by a loop over the code units: the RegExp's match
  // objects were a share of each entry's garbage. The two alternatives start with different
  // characters, so at each position at most one can match, as in the global RegExp scan.
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 64 && BOUNDARY_CHAR[c] === 1) out.push(i, i + 1);
    else if (c === 32 && text.charCodeAt(i + 1) === 45 && text.charCodeAt(i + 2) === 32) {
      out.push(i, i + 3);
      i += 2;
    }
  }
  return out;
}

/**
 * Number of boundary pairs whose start is below `pos`. Pairs come from one left-to-right scan, so
 * starts and ends both ascend: a binary search (O(log n)) instead of a walk over every pair, which
 * made cue windows quadratic in entries of hundreds of thousands of characters.
 */
export function pairsBefore(bounds: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = bounds.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid * 2] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the `before` window of a match at `pos`: its clause start, at most `window` back. */
export function clauseStart(bounds: ArrayLike<number>, pos: number, window: number): number {
  const start = Math.max(0, pos - window);
  const n = pairsBefore(bounds, pos);
  // Ends ascend with starts, so the last boundary before `pos` ends nearest to it.
  return n === 0 ? start : Math.max(start, Math.min(bounds[n * 2 - 1] as number, pos));
}

/** End of the `after` window of a match ending at `pos`: its clause end, at most `window` on. */
export function clauseEnd(
  bounds: ArrayLike<number>,
  length: number,
  pos: number,
  window: number,
): number {
  const to = Math.min(length, pos + window);
  const n = pairsBefore(bounds, pos);
  return n * 2 < bounds.length ? Math.min(bounds[n * 2] as number, to) : to;
}

/** True when a `before` cue ends the clause before [start, end) or an `after` cue begins it. */
export function cancelled(
  text: string,
  bounds: number[],
  start: number,
  end: number,
  cues: { before: RegExp; after: RegExp; windowUtf16: number },
): boolean {
  const before = text.slice(clauseStart(bounds, start, cues.windowUtf16), start);
  if (before.length > 0 && cues.before.test(before)) return true;
  const after = text.slice(end, clauseEnd(bounds, text.length, end, cues.windowUtf16));
  return after.length > 0 && cues.after.test(after);
}
