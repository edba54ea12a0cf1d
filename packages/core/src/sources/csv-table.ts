/**
 * Reads CSV with csv-parse (RFC 4180 quoting: cells in double quotes may hold delimiters, line
 * breaks and quotes written twice) and adds what csv-parse does not report: the UTF-16 span of
 * every row and cell in the text. The browser build of csv-parse is used so that core stays free
 * of Node globals (the Node build needs `Buffer`).
 *
 * Spans are recovered exactly rather than estimated: with strict quotes, a cell's raw text is the
 * spaces csv-parse trimmed, then its value, or `"` + value with each `"` doubled + `"` when it was
 * quoted, then trimmed spaces again. Rows are separated by LF, CRLF or CR, and csv-parse skips
 * empty (and, when trimming, blank) lines, so the walk below skips them too. Linear in the text.
 */
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import type { Problem } from './diagnostic-builder.js';
import { isSpace } from './lines.js';

export interface CsvCell {
  /** Unescaped value, as csv-parse returns it. */
  value: string;
  quoted: boolean;
  /** Raw span of the cell in the text, quotes included, surrounding spaces not (UTF-16 offsets). */
  start: number;
  end: number;
}

export interface CsvRow {
  cells: CsvCell[];
  /** Span of the row without its line break. */
  start: number;
  end: number;
}

export type CsvTable =
  { ok: true; rows: CsvRow[] } | { ok: false; offset: number; problem: Problem };

/**
 * Spaces around cells are trimmed (`1, 14/03/2015 21:05, "a, b"` reads as three clean cells), as
 * csv-parse's `ltrim`/`rtrim` do; not in tab-separated files, where a tab is the delimiter.
 */
export function readCsvTable(text: string, delimiter: string): CsvTable {
  const trim = delimiter !== '\t';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      ltrim: trim,
      rtrim: trim,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    return failure(text, error);
  }
  return locateRows(text, records, delimiter, trim);
}

const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d;

/** Skips line breaks, and with `trim` the blank lines csv-parse skips and a row's leading spaces. */
function skipBetweenRows(text: string, at: number, trim: boolean): number {
  let i = at;
  while (
    i < text.length &&
    (isLineBreak(text.charCodeAt(i)) || (trim && isSpace(text.charCodeAt(i))))
  )
    i++;
  return i;
}

/** Skips the spaces csv-parse trims around a cell (its set is `String.prototype.trim`'s), not line breaks. */
function skipCellSpaces(text: string, at: number, trim: boolean): number {
  let i = at;
  while (trim && i < text.length && isSpace(text.charCodeAt(i)) && !isLineBreak(text.charCodeAt(i)))
    i++;
  return i;
}

function locateRows(text: string, records: string[][], delimiter: string, trim: boolean): CsvTable {
  const rows: CsvRow[] = [];
  let cursor = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (const record of records) {
    const start = skipBetweenRows(text, cursor, trim);
    const located = locateCells(text, record, start, delimiter, trim);
    if (!located) return { ok: false, offset: start, problem: MISALIGNED };
    const end = located.cells.at(-1)?.end ?? start;
    rows.push({ cells: located.cells, start, end });
    cursor = located.cursor;
  }
  return { ok: true, rows };
}

/**
 * With strict quoting a cell is quoted exactly when its raw text starts with `"`; its raw text is
 * then `"` + value with quotes doubled + `"`, else the value itself (trimmed spaces aside).
 */
function locateCells(
  text: string,
  record: string[],
  start: number,
  delimiter: string,
  trim: boolean,
): { cells: CsvCell[]; cursor: number } | null {
  const cells: CsvCell[] = [];
  let cursor = start;
  for (const value of record) {
    if (cells.length > 0) {
      if (!text.startsWith(delimiter, cursor)) return null;
      cursor += delimiter.length;
    }
    cursor = skipCellSpaces(text, cursor, trim);
    const quoted = text.charCodeAt(cursor) === 0x22; /* " */
    const raw = quoted ? `"${value.replaceAll('"', '""')}"` : value;
    if (!text.startsWith(raw, cursor)) return null;
    let end = cursor + raw.length;
    if (quoted && value === '' && trim) end = emptyQuotedRun(text, end);
    cells.push({ value, quoted, start: cursor, end });
    cursor = skipCellSpaces(text, end, trim);
  }
  return { cells, cursor };
}

/**
 * csv-parse (5.x, with trimming) reads an empty quoted cell followed by spaces and more empty
 * quotes (`"" ""`, `""\t""`) as one empty cell: its raw text runs to the last `""`. Returns where
 * that run ends, from the end of its first `""`. Found by the property test of parse-source.test.ts.
 */
function emptyQuotedRun(text: string, from: number): number {
  let end = from;
  for (;;) {
    const next = skipCellSpaces(text, end, true);
    if (next === end || !text.startsWith('""', next)) return end;
    end = next + 2;
  }
}

/** Should never be seen: csv-parse and the span walk disagreed, so no offsets can be trusted. */
const MISALIGNED: Problem = {
  code: 'csv.unreadable',
  message: 'This CSV row could not be located exactly in the text.',
  hint: 'Re-save the file as standard CSV (comma-separated, UTF-8) and import it again.',
};

/** UTF-16 offset of a UTF-8 byte offset (csv-parse counts bytes); linear scan. */
export function utf16OffsetOfUtf8Byte(text: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length && bytes < byteOffset) {
    const code = text.codePointAt(i) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    i += code >= 0x10000 ? 2 : 1;
  }
  return i;
}

function failure(text: string, error: unknown): CsvTable {
  if (!(error instanceof CsvError))
    return { ok: false, offset: 0, problem: problemFor('unknown error') };
  const bytes = typeof error.bytes === 'number' ? error.bytes : 0;
  const problem = problemFor(error.code);
  const offset = utf16OffsetOfUtf8Byte(text, bytes);
  return {
    ok: false,
    offset: problem.code === 'csv.malformed' ? offset : nextQuoteOnLine(text, offset),
    problem,
  };
}

/**
 * csv-parse reports the offset where the failing cell starts (at its delimiter); the quote at
 * fault is the next one on that line, so point there when there is one.
 */
function nextQuoteOnLine(text: string, offset: number): number {
  const lineEnd = text.indexOf('\n', offset);
  const quote = text.indexOf('"', offset);
  return quote !== -1 && (lineEnd === -1 || quote < lineEnd) ? quote : offset;
}

const QUOTE_HINT =
  'Put a cell that holds a quote in double quotes and write each quote inside it twice ("He said ""no"""); nothing may follow the closing quote but a comma or a line break.';

const QUOTE_ERRORS = new Set([
  'CSV_INVALID_CLOSING_QUOTE',
  'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE',
  'INVALID_OPENING_QUOTE',
]);

function problemFor(code: string): Problem {
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return {
      code: 'csv.unclosed_quote',
      message: 'A quoted cell is never closed: the file ends inside quotes.',
      hint: QUOTE_HINT,
    };
  }
  if (QUOTE_ERRORS.has(code)) {
    return {
      code: 'csv.bad_quote',
      message: 'A double quote is in the wrong place in a cell.',
      hint: QUOTE_HINT,
    };
  }
  return {
    code: 'csv.malformed',
    message: `The CSV cannot be read (${code}).`,
    hint: 'Re-save the file as standard CSV (comma-separated, UTF-8) and import it again.',
  };
}
