/**
 * Negation and background windows: the text just before and after a match, cut at the clause
 * boundary (sentence punctuation, comma, brackets, a line break, a spaced dash), so that "NO MH
 * CONCERNS" cancels "MH" but "No weapons. Low mood" leaves "low mood" standing. Offsets are UTF-16.
 */
const BOUNDARY = /[.;!?\n,()]| - /g;

/** Clause boundaries of an entry as flat [start, end) pairs, ascending; computed once per entry. */
export function clauseBoundaries(text: string): number[] {
  const out: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    out.push(m.index, m.index + m[0].length);
  }
  return out;
}

/** Start of the `before` window of a match at `pos`: its clause start, at most `window` back. */
export function clauseStart(bounds: number[], pos: number, window: number): number {
  let start = Math.max(0, pos - window);
  for (let i = 0; i < bounds.length && (bounds[i] as number) < pos; i += 2) {
    start = Math.max(start, Math.min(bounds[i + 1] as number, pos));
  }
  return start;
}

/** End of the `after` window of a match ending at `pos`: its clause end, at most `window` on. */
export function clauseEnd(bounds: number[], length: number, pos: number, window: number): number {
  const to = Math.min(length, pos + window);
  for (let i = 0; i < bounds.length; i += 2) {
    if ((bounds[i] as number) >= pos) return Math.min(bounds[i] as number, to);
  }
  return to;
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
