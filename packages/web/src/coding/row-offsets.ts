/**
 * Offsets between a row's displayed text and the text version. A log entry's or transcript
 * turn's `text` is its source lines' text joined by `\n` (the parsers drop indentation, labels
 * and blank lines between them), so a displayed offset is not simply `textStartUtf16 + i`. Each
 * displayed line is found verbatim in the version, in order, giving pieces that map both ways.
 * All offsets are UTF-16 code units (what JavaScript string indexes and DOM ranges count).
 */

/** One displayed line and where it lies in the text version. */
export interface Piece {
  display: number;
  source: number;
  length: number;
}

/**
 * The pieces of `display` in `source` from `from` on, or null when a line is not there verbatim
 * (a CSV cell whose quotes were unescaped): such a row can only be coded whole.
 */
export function piecesOf(display: string, source: string, from: number): Piece[] | null {
  const pieces: Piece[] = [];
  let displayAt = 0;
  let sourceAt = from;
  for (const line of display.split('\n')) {
    const found = line === '' ? sourceAt : source.indexOf(line, sourceAt);
    if (found < 0) return null;
    pieces.push({ display: displayAt, source: found, length: line.length });
    displayAt += line.length + 1;
    sourceAt = found + line.length;
  }
  return pieces;
}

/** The version offset of displayed offset `at` (a line break maps to the end of its line). */
export function toSource(pieces: Piece[], at: number): number {
  const piece = [...pieces].reverse().find((p) => p.display <= at) ?? pieces[0];
  if (!piece) return 0;
  return piece.source + Math.min(at - piece.display, piece.length);
}

/** Displayed ranges [start, end) of the version span [start, end), one per line it touches. */
export function toDisplay(pieces: Piece[], start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const p of pieces) {
    const from = Math.max(start, p.source);
    const to = Math.min(end, p.source + p.length);
    if (from < to) ranges.push([p.display + from - p.source, p.display + to - p.source]);
  }
  return ranges;
}

/** One run of displayed text and the indexes (into the given spans) of the spans covering it. */
export interface Segment {
  start: number;
  end: number;
  covering: number[];
}

/**
 * Cuts `[0, length)` at every edge of `spans` (displayed ranges, each tagged with the index of
 * the span it came from), so overlapping spans give one segment per distinct set of covers.
 */
export function segmentsOf(length: number, spans: [number, number, number][]): Segment[] {
  const edges = new Set([0, length]);
  for (const [start, end] of spans) edges.add(start).add(end);
  const sorted = [...edges].filter((e) => e >= 0 && e <= length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i] as number, sorted[i + 1] as number];
    const covering = spans.filter(([s, e]) => s < end && e > start).map(([, , tag]) => tag);
    segments.push({ start, end, covering: [...new Set(covering)] });
  }
  return segments;
}
