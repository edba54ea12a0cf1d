/**
 * Splits text into lines for the line-based parsers (police log text, transcripts, documents).
 * Offsets are UTF-16 code units. Lines end at `\n`; a `\r` before it is kept in the text but left
 * out of `contentEnd`, so CRLF and LF files parse the same while offsets still index the text as
 * decoded (CR kept, per DOMAIN.md). One pass with `indexOf`, so a 1 MB line costs O(1 MB).
 */
export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line's `\n` (or the text's end); a CR before it is included. */
  end: number;
  /** `end` moved back over trailing whitespace (spaces, tabs, CR): the line's content ends here. */
  contentEnd: number;
}

/** True for the characters `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** First offset in [from, to) that is not whitespace, or `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just past the last non-whitespace character in [from, to), or `from`. */
export function trimEndOffset(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The text's lines. A BOM left at the very start (text not passed through `decodeText`) is not
 * part of line 1, so a first line `\uFEFF14/03/2015 21:05` still starts an entry.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let number = 1; start <= text.length; number++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ number, start, end, contentEnd: trimEndOffset(text, start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** True when the line holds only whitespace. */
export function isBlankLine(text: string, line: SourceLine): boolean {
  return skipSpaces(text, line.start, line.contentEnd) === line.contentEnd;
}
