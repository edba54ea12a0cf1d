/**
 * Cells of a named column in a table pasted as text (tab-, pipe- or comma-separated, as
 * spreadsheets, CAD exports and scene or custody logs typed as plain-text grids copy out): a header
 * line with the column's name, then the rows below it with the same number of cells. A pipe table
 * may have a Markdown rule under its header (`|---|---|`), skipped. `ref` and `age` columns hold identifiers whatever their cells look like
 * (`ST-5518`, `34`), which no context word inside a row announces. A comma- or tab-separated row
 * may quote a cell (RFC 4180: `"Flat 2, Mariners Court"`, `""` for a quote inside it); the cell is
 * its text inside the quotes. A quoted cell that runs past its line ends the table. Offsets are
 * UTF-16 code units, end exclusive.
 */
import { textMemo } from '../text-memo.js';
import { hasLineBreak, hasPipe } from '../literal-gate.js';

export interface Cell {
  start: number;
  end: number;
  text: string;
}

/**
 * The column names that appear as a whole cell (between line start or a tab or comma, and a tab,
 * comma or line end) anywhere in a text, kept per text (text-memo.ts): one scan serves every
 * recognizer that asks about the same text (age, date, crime-ref), and most texts hold no table at
 * all. The scan looks for every name registered so far, so a new set of names forgets what was kept.
 */
const registered = new Set<ReadonlySet<string>>();
let union: RegExp | null = null;

function unionPattern(names: ReadonlySet<string>): RegExp {
  if (!registered.has(names) || union === null) {
    registered.add(names);
    const all = [...registered].flatMap((set) => [...set]);
    const alternation = all.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
    // A fixed-width table's cells are set apart by two spaces or more.
    union = new RegExp(
      `(?:^|[\\t,|;]|[ ]{2})[ \\t]*"?(${alternation})"?[ \\t]*(?=[\\t,|;]|[ ]{2}|\\r?$)`,
      'gim',
    );
    keptCells.clear();
  }
  return union;
}

/** The lower-cased column names found as whole cells in `text`. */
const keptCells = textMemo((text: string): Set<string> => {
  const found = new Set<string>();
  // A table has a header line and a row, and its header a tab, a pipe or two commas in one line:
  // most log entries and turns are one line, or have none of them.
  if (!hasLineBreak(text) || !mayHoldTable(text)) return found;
  const pattern = union!;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.add(m[1]!.toLowerCase());
  }
  return found;
});

/** `keptCells` for a text, scanning for `names` too. */
function headerCellsIn(text: string, names: ReadonlySet<string>): Set<string> {
  unionPattern(names);
  return keptCells(text);
}

function mayHoldTable(text: string): boolean {
  return (
    text.includes('\t') ||
    hasPipe(text) ||
    /,[^\n]*,/.test(text) ||
    /;[^\n]*;/.test(text) ||
    spaced(text)
  );
}

/** Two gaps of two spaces or more between words on one line: a fixed-width table's columns. */
const SPACED = /\S {2,}\S+(?: \S+)* {2,}\S/;

function spaced(line: string): boolean {
  return line.includes('  ') && SPACED.test(line);
}

/** Lines of `text` with their start offsets (`\r` kept out of the line). */
function lines(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    out.push({ start, text: line.endsWith('\r') ? line.slice(0, -1) : line });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/**
 * The cells of one line split on `delimiter`, each trimmed of spaces, with offsets; null when a
 * quoted cell does not close on the line.
 */
function cells(line: string, lineStart: number, delimiter: string): Cell[] | null {
  if (delimiter === FIXED_WIDTH) return spacedCells(line, lineStart);
  if (delimiter !== '|' && line.includes('"')) return quotedCells(line, lineStart, delimiter);
  const out: Cell[] = [];
  let from = 0;
  for (const raw of line.split(delimiter)) {
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    const start = lineStart + from + lead;
    out.push({ start, end: start + value.length, text: value });
    from += raw.length + delimiter.length;
  }
  return out;
}

/** A fixed-width line's cells: words joined by single spaces, set apart by two or more. */
const SPACED_CELL = /\S+(?: \S+)*/g;

function spacedCells(line: string, lineStart: number): Cell[] {
  const out: Cell[] = [];
  for (const m of line.matchAll(SPACED_CELL)) {
    const start = lineStart + m.index!;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * RFC 4180 cells: a cell that starts with a quote (after blanks) runs to the closing quote, `""`
 * inside it being one quote; other cells run to the next delimiter. The cell's text is what lies
 * inside the quotes, as written (a doubled quote stays two characters, so offsets stay exact).
 */
function quotedCells(line: string, lineStart: number, delimiter: string): Cell[] | null {
  const out: Cell[] = [];
  let i = 0;
  for (;;) {
    const lead = blanksFrom(line, i);
    if (line[lead] === '"') {
      const close = closingQuote(line, lead + 1);
      if (close < 0) return null;
      out.push(cellAt(line, lineStart, lead + 1, close));
      const next = line.indexOf(delimiter, close + 1);
      if (next < 0) return out;
      i = next + delimiter.length;
      continue;
    }
    const next = line.indexOf(delimiter, i);
    out.push(trimmedCell(line, lineStart, i, next < 0 ? line.length : next));
    if (next < 0) return out;
    i = next + delimiter.length;
  }
}

/** Index of the first character at or after `i` that is not a space or tab. */
function blanksFrom(line: string, i: number): number {
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

/** Index of the quote that closes a quoted cell opened before `from`, or -1. */
function closingQuote(line: string, from: number): number {
  for (let i = line.indexOf('"', from); i >= 0; i = line.indexOf('"', i + 2)) {
    if (line[i + 1] !== '"') return i;
  }
  return -1;
}

function cellAt(line: string, lineStart: number, from: number, to: number): Cell {
  return { start: lineStart + from, end: lineStart + to, text: line.slice(from, to) };
}

function trimmedCell(line: string, lineStart: number, from: number, to: number): Cell {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return cellAt(line, lineStart, from + lead, from + lead + raw.trim().length);
}

/**
 * Which delimiter a header line uses: a tab if it has one, else a pipe (a pipe table's cells hold
 * commas: `Arrowsmith, coroner's officer`), else a comma, else a semicolon, else gaps of two
 * spaces or more (a fixed-width print of a data frame or a query); null if none.
 */
function delimiterOf(line: string): string | null {
  if (line.includes('\t')) return '\t';
  if (line.includes('|')) return '|';
  if (line.includes(',')) return ',';
  // A semicolon-separated export, as spreadsheets write CSV where the comma is a decimal mark.
  if (line.includes(';')) return ';';
  return spaced(line) ? FIXED_WIDTH : null;
}

/**
 * A header rule drawn with `+` at the column breaks, and at its ends in a grid table
 * (`+=====+====+`): dashes, `=`, `+` and spaces only.
 */
const CROSS_RULE = /^[ \t]*\+?[-=]+(?:[ \t]*\+[ \t]*[-=]+)+[ \t]*\+?[ \t]*\r?$/;

/** A Markdown header rule (`|---|:---:|`): dashes, colons and spaces in every cell. */
const RULE_CELL = /^:?-*:?$/;

function isRule(row: Cell[]): boolean {
  return row.some((c) => c.text !== '') && row.every((c) => RULE_CELL.test(c.text));
}

/** Stands for a gap of two spaces or more in a list of delimiters. */
export const FIXED_WIDTH = ' ';
/** Every delimiter read; a caller may ask for fewer (`CSV_DELIMITERS`: tab, comma and semicolon). */
const ALL_DELIMITERS = '\t|,; ';
export const CSV_DELIMITERS = '\t,;';

/**
 * Every non-empty cell under a header named one of `names` (lower case), in text order, in
 * tables laid out with one of `delimiters`. A table
 * needs at least three columns, so prose with a comma (`age, sex and ethnicity`) is no header.
 */
export function columnCells(
  text: string,
  names: ReadonlySet<string>,
  delimiters: string = ALL_DELIMITERS,
): Cell[] {
  // A table has a header line and a row (`keptCells`): a text of one line, as most log entries
  // are, is answered without the kept cells (the names are still registered, in the same order).
  if (!hasLineBreak(text)) {
    unionPattern(names);
    return [];
  }
  const present = headerCellsIn(text, names);
  // Most texts hold no header at all: answered without copying `names`.
  if (present.size === 0 || ![...names].some((n) => present.has(n))) return [];
  // `keptCells` found a header, so the text holds a line break and may hold a table.
  const table = tableLines(text);
  return table === null ? [] : cellsUnder(table, (header) => names.has(header), delimiters);
}

/**
 * Every non-empty cell under a header cell that `isColumn` accepts (given the cell's text in
 * lower case), for column families no list of names can cover (`Det Off (coll#)`, `handler_op`).
 * The caller gates the text first: this reads every line.
 */
export function columnCellsWhere(
  text: string,
  isColumn: (header: string) => boolean,
  delimiters: string = ALL_DELIMITERS,
): Cell[] {
  const table = tableLines(text);
  return table === null ? [] : cellsUnder(table, isColumn, delimiters);
}

/** A line read as a header: its delimiter, and its cells' texts in lower case (null: none). */
interface HeaderLine {
  delimiter: string | null;
  /** Null when the line has no delimiter, or a quoted cell does not close on it. */
  cells: string[] | null;
}

/** A text's lines, and each line as a header once some rule has asked (`headerAt`). */
interface TableLines {
  all: { start: number; text: string }[];
  headers: (HeaderLine | undefined)[];
}

/**
 * The lines of a text that may hold a table, kept per text (text-memo.ts), with each line's
 * header reading kept as it is first asked for: half a dozen rules read columns of the same text,
 * and each split its lines, found each line's delimiter and split it into cells again. Null for
 * a text with no table (one line, or no tab, pipe or separator twice on a line).
 */
const tableLines = textMemo((text: string): TableLines | null => {
  if (!hasLineBreak(text) || !mayHoldTable(text)) return null;
  const all = lines(text);
  return { all, headers: new Array<HeaderLine | undefined>(all.length) };
});

function headerAt(table: TableLines, i: number): HeaderLine {
  const kept = table.headers[i];
  if (kept !== undefined) return kept;
  const line = table.all[i]!;
  const delimiter = delimiterOf(line.text);
  const split = delimiter ? cells(line.text, line.start, delimiter) : null;
  const header = { delimiter, cells: split && split.map((c) => c.text.toLowerCase()) };
  table.headers[i] = header;
  return header;
}

function cellsUnder(
  table: TableLines,
  isColumn: (header: string) => boolean,
  delimiters: string,
): Cell[] {
  const { all } = table;
  const out: Cell[] = [];
  for (let i = 0; i < all.length; i++) {
    const { delimiter, cells: header } = headerAt(table, i);
    if (!delimiter || !delimiters.includes(delimiter)) continue;
    // A table has three columns at least: a narrower line is no header, whatever its cells say
    // (tested first: `isColumn` is a pure test, so not asking it changes nothing).
    if (!header || header.length < 3) continue;
    // Every named column counts (`surname,forenames,…`: both hold names).
    const columns: number[] = [];
    header.forEach((cell, k) => {
      if (isColumn(cell)) columns.push(k);
    });
    if (columns.length === 0) continue;
    i = rowsBelow(all, i, delimiter, header.length, columns, out);
  }
  return out;
}

/** Collects the columns' cells from the rows under the header; returns the last row's index. */
function rowsBelow(
  all: { start: number; text: string }[],
  headerIndex: number,
  delimiter: string,
  width: number,
  columns: number[],
  out: Cell[],
): number {
  if (delimiter === FIXED_WIDTH) return fixedWidthRows(all, headerIndex, width, columns, out);
  let i = headerIndex + 1;
  // A drawn table's rule under the header (`-----+-------+----`, as psql and report writers
  // draw it) has no delimiter of its own: it is skipped, not read as the end of the table.
  if (i < all.length && CROSS_RULE.test(all[i]!.text)) i++;
  for (; i < all.length; i++) {
    const line = all[i]!;
    const row = cells(line.text, line.start, delimiter);
    if (!row || row.length !== width) break;
    if (delimiter === '|' && i === headerIndex + 1 && isRule(row)) continue;
    for (const column of columns) if (row[column]!.text !== '') out.push(row[column]!);
  }
  return i - 1;
}

/** A line of `=` or `-` (and blanks) that rules off a fixed-width table's header or end. */
const RULE_LINE = /^[ \t]*(?:=+|-+)[ =\t-]*$/;

/**
 * The rows of a fixed-width table, to a blank or ruled line (a rule straight under the header is
 * skipped). A row that splits into the header's cells (or one more: a data frame's print starts
 * each row with its index, which has no header cell) is read cell by cell; a row whose cells run
 * together (a long value with one space before the next) is read by the header's positions.
 */
function fixedWidthRows(
  all: { start: number; text: string }[],
  headerIndex: number,
  width: number,
  columns: number[],
  out: Cell[],
): number {
  const header = all[headerIndex]!;
  const starts = spacedCells(header.text, header.start).map((c) => c.start - header.start);
  let i = headerIndex + 1;
  if (i < all.length && RULE_LINE.test(all[i]!.text)) i++;
  for (; i < all.length; i++) {
    const line = all[i]!;
    if (line.text.trim() === '' || RULE_LINE.test(line.text)) break;
    const row = spacedCells(line.text, line.start);
    const shift = row.length === width + 1 ? 1 : 0;
    const read = row.length === width + shift ? row.slice(shift) : positionalCells(line, starts);
    for (const column of columns) if (read[column]!.text !== '') out.push(read[column]!);
  }
  return i - 1;
}

/**
 * A row's cells cut at the header cells' positions (line-relative UTF-16 offsets). A cell whose
 * position falls inside a word belongs to the cell before it, so it is read as empty.
 */
function positionalCells(line: { start: number; text: string }, starts: number[]): Cell[] {
  return starts.map((from, k) => {
    const to = Math.min(
      k + 1 < starts.length ? starts[k + 1]! : line.text.length,
      line.text.length,
    );
    const inWord = from > 0 && from < line.text.length && line.text[from - 1] !== ' ';
    if (from >= to || inWord) return { start: line.start + from, end: line.start + from, text: '' };
    return trimmedCell(line.text, line.start, from, to);
  });
}
