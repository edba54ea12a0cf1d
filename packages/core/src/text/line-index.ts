/**
 * Converts between UTF-16 offsets (JavaScript string indices) and 1-based line/column positions.
 *
 * Lines end at `\n` only; a `\r` before it stays part of the line's content, because offsets in
 * Liaison are taken over text with CR characters kept (see DOMAIN.md "Input formats to accept").
 * Columns are 1-based and counted in UTF-16 code units, so an emoji takes two columns.
 */
export interface LinePosition {
  /** 1-based line number. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export class LineIndex {
  /** UTF-16 offset where each line starts; `starts[0]` is always 0. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  /** Number of lines; a text ending in `\n` has an empty last line. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** UTF-16 offset of the first character of a 1-based line (clamped to the text). */
  lineStart(line: number): number {
    const i = Math.min(Math.max(line, 1), this.starts.length) - 1;
    return this.starts[i] as number;
  }

  /** UTF-16 offset just past a line's content, before its `\n` (a `\r` is included). */
  lineEnd(line: number): number {
    const clamped = Math.min(Math.max(line, 1), this.starts.length);
    return clamped === this.starts.length ? this.text.length : (this.starts[clamped] as number) - 1;
  }

  /** Line and column of a UTF-16 offset (clamped to 0..text.length); binary search, O(log lines). */
  position(offsetUtf16: number): LinePosition {
    const offset = Math.min(Math.max(offsetUtf16, 0), this.text.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1 };
  }

  /** UTF-16 offset of a 1-based line and column, clamped to the end of that line. */
  offset(line: number, column: number): number {
    const start = this.lineStart(line);
    return Math.min(start + Math.max(column, 1) - 1, this.lineEnd(line));
  }
}
