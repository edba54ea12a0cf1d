/**
 * State sequences in TraMineR's wide format (`seqdef(data, 17:86)`): a header row, then one row
 * per sequence and one column per position. Cells are read by csv-parse (csv-table.ts).
 *
 * Missing and void cells follow `seqdef`'s defaults (`left = NA, gaps = NA, right = "DEL"`):
 * an empty cell, `NA` or `*` (TraMineR's missing symbol) at the end of a row is dropped, so the
 * sequence is shorter and the rest of its row is void; `%` (TraMineR's void symbol, as
 * `print(seqdata)` writes it) is void and may only be followed by void or missing cells. A missing
 * cell before the last state (TraMineR keeps it as the missing state `*`) is refused, because the
 * distances here are defined without missing states: the diagnostic names its line and column.
 */
import { reporter, FILE_START, type Reporter } from '../sources/diagnostic-builder.js';
import type { ParseOutcome } from '../sources/diagnostics.js';
import { readCsvTable, type CsvCell, type CsvRow } from '../sources/csv-table.js';
import { LineIndex } from '../text/line-index.js';
import { sequenceSetFromRows, type SequenceSet } from './sequence-set.js';

/** A 1-based inclusive column range, as R's `17:86`. */
export type ColumnRange = [first: number, last: number];

export interface WideSequenceOptions {
  /** State columns, 1-based inclusive (the id column counts); default: every column but the id. */
  cols?: ColumnRange;
  /** Column holding sequence ids; default `id` when the header has it, else row numbers 1..n. */
  idColumn?: string;
  /** Column of case weights (`seqdef(..., weights = )`), returned as `weights`. */
  weightColumn?: string;
  /** Fixes the state order; otherwise the sorted distinct states, as TraMineR orders them. */
  alphabet?: string[];
}

/** A sequence set plus its position names and the case weights when a weight column was named. */
export interface WideSequences extends SequenceSet {
  /** Header names of the state columns (`Sep.93`, …), one per position. */
  positionNames: string[];
  weights?: Float64Array;
}

/** Cells read as missing; `NA` is how R writes a missing value, `*` is TraMineR's symbol. */
const MISSING = new Set(['', 'NA', '*']);
const VOID = '%';
/** Beyond this many row errors the file is clearly not wide-format: stop reporting. */
const MAX_ROW_ERRORS = 20;

/** Parses `17:86` (or a single column `17`) into a 1-based inclusive range; null if malformed. */
export function parseColumnRange(text: string): ColumnRange | null {
  const match = /^\s*(\d{1,6})\s*(?::\s*(\d{1,6})\s*)?$/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return first >= 1 && last >= first ? [first, last] : null;
}

export function readWideSequences(
  text: string,
  file: string,
  options: WideSequenceOptions = {},
): ParseOutcome<WideSequences> {
  const rep = reporter(file);
  const lines = new LineIndex(text);
  const table = readCsvTable(text, ',');
  if (!table.ok) {
    rep.error(lines.position(table.offset), table.problem);
    return { ok: false, diagnostics: rep.diagnostics };
  }
  const [header, ...rows] = table.rows;
  const layout = header ? resolveLayout(header, options, rep) : noHeader(rep);
  if (!layout) return { ok: false, diagnostics: rep.diagnostics };
  if (rows.length === 0) return noSequences(rep);
  const read = readRows(rows, layout, options.alphabet, lines, rep);
  if (rep.diagnostics.some((d) => d.severity === 'error'))
    return { ok: false, diagnostics: rep.diagnostics };
  if (tooManyStates(read.states, options.alphabet, rep))
    return { ok: false, diagnostics: rep.diagnostics };
  const base = sequenceSetFromRows(read.ids, read.states, options.alphabet);
  // Columns void in every row are dropped with the width, as sequenceSetFromRows sizes it.
  const names = layout.states.slice(0, base.width).map((c) => cellOf(header as CsvRow, c));
  const set: WideSequences = { ...base, positionNames: names };
  if (layout.weight !== undefined) set.weights = Float64Array.from(read.weights);
  return { ok: true, structure: set, diagnostics: rep.diagnostics };
}

/**
 * More states than this is a wrong column choice (ids, weights or dates read as states), not an
 * alphabet; it also keeps codes far inside the Int16 range of `SequenceSet.states`.
 */
export const MAX_STATES = 1000;

function tooManyStates(rows: string[][], alphabet: string[] | undefined, rep: Reporter): boolean {
  const count = alphabet?.length ?? new Set(rows.flat()).size;
  if (count <= MAX_STATES) return false;
  rep.error(FILE_START, {
    code: 'seq.too_many_states',
    message: `The state columns hold ${count} different states; at most ${MAX_STATES} are supported.`,
    hint: 'Check that --cols selects only the state columns (not ids, weights or covariates).',
  });
  return true;
}

function noSequences(rep: Reporter): ParseOutcome<WideSequences> {
  rep.error(FILE_START, {
    code: 'seq.no_sequences',
    message: 'The file has a header row but no sequence rows.',
    hint: 'Add one row per sequence below the header.',
  });
  return { ok: false, diagnostics: rep.diagnostics };
}

/** Column indexes (0-based) of the id, the weight and the states. */
interface Layout {
  id: number | undefined;
  weight: number | undefined;
  states: number[];
  width: number;
}

function noHeader(rep: Reporter): null {
  rep.error(FILE_START, {
    code: 'seq.empty_file',
    message: 'The file has no header row and no sequences.',
    hint: 'Give a CSV with a header row, then one row per sequence and one column per position.',
  });
  return null;
}

function resolveLayout(header: CsvRow, options: WideSequenceOptions, rep: Reporter): Layout | null {
  const names = header.cells.map((c) => c.value);
  const id = findColumn(names, options.idColumn, 'id', rep);
  const weight = findColumn(names, options.weightColumn, undefined, rep);
  if (id === null || weight === null) return null;
  const states = stateColumns(names.length, options.cols, [id, weight], rep);
  return states ? { id, weight, states, width: names.length } : null;
}

/** Index of a named column; undefined when not asked for (and no default), null when absent. */
function findColumn(
  names: string[],
  asked: string | undefined,
  fallback: string | undefined,
  rep: Reporter,
): number | undefined | null {
  const index = names.indexOf(asked ?? fallback ?? '');
  if (index !== -1) return index;
  if (asked === undefined) return undefined;
  rep.error(FILE_START, {
    code: 'seq.missing_column',
    message: `The header row has no column "${asked}"; it has ${names.length} columns starting ${names
      .slice(0, 5)
      .map((n) => `"${n}"`)
      .join(', ')}.`,
    hint: 'Name an existing column (the match is exact, case included).',
  });
  return null;
}

function stateColumns(
  width: number,
  cols: ColumnRange | undefined,
  skip: (number | undefined)[],
  rep: Reporter,
): number[] | null {
  if (cols === undefined) {
    const all = Array.from({ length: width }, (_, i) => i).filter((i) => !skip.includes(i));
    return all.length > 0 ? all : noStateColumns(rep);
  }
  const [first, last] = cols;
  if (first >= 1 && last >= first && last <= width)
    return Array.from({ length: last - first + 1 }, (_, i) => first - 1 + i);
  rep.error(FILE_START, {
    code: 'seq.columns_out_of_range',
    message: `The state columns ${first}:${last} are outside the header's ${width} columns.`,
    hint: `Give --cols as FIRST:LAST with 1 ≤ FIRST ≤ LAST ≤ ${width} (1-based, as in R's seqdef).`,
  });
  return null;
}

function noStateColumns(rep: Reporter): null {
  rep.error(FILE_START, {
    code: 'seq.no_state_columns',
    message: 'The header row has no column besides the id and weight columns.',
    hint: 'Give one column per position after the id column.',
  });
  return null;
}

interface ReadRows {
  ids: string[];
  states: string[][];
  weights: number[];
}

function readRows(
  rows: CsvRow[],
  layout: Layout,
  alphabet: string[] | undefined,
  lines: LineIndex,
  rep: Reporter,
): ReadRows {
  const out: ReadRows = { ids: [], states: [], weights: [] };
  const known = alphabet ? new Set(alphabet) : undefined;
  for (const row of rows) {
    if (rep.diagnostics.length >= MAX_ROW_ERRORS) break;
    if (row.cells.length !== layout.width) {
      raggedRow(row, layout.width, lines, rep);
      continue;
    }
    const states = rowStates(row, layout.states, known, lines, rep);
    out.ids.push(layout.id === undefined ? String(out.ids.length + 1) : cellOf(row, layout.id));
    out.states.push(states ?? []);
    if (layout.weight !== undefined) out.weights.push(weightOf(row, layout.weight, lines, rep));
  }
  return out;
}

const cellOf = (row: CsvRow, index: number): string => (row.cells[index] as CsvCell).value;

function raggedRow(row: CsvRow, width: number, lines: LineIndex, rep: Reporter): void {
  const at = row.cells.length > width ? (row.cells[width] as CsvCell).start : row.end;
  rep.error(lines.position(at), {
    code: 'seq.ragged_row',
    message: `This row has ${row.cells.length} cells but the header has ${width}.`,
    hint: 'Give every row one cell per header column; leave trailing positions empty (or NA) for shorter sequences.',
  });
}

/**
 * The row's states up to its last non-missing cell; null after reporting a missing cell inside
 * the sequence, a state after a void, or a state outside a fixed alphabet.
 */
function rowStates(
  row: CsvRow,
  columns: number[],
  known: Set<string> | undefined,
  lines: LineIndex,
  rep: Reporter,
): string[] | null {
  const cells = columns.map((c) => row.cells[c] as CsvCell);
  let end = cells.length;
  while (end > 0 && isBlank((cells[end - 1] as CsvCell).value)) end--;
  for (let i = 0; i < end; i++) {
    const cell = cells[i] as CsvCell;
    const problem = cellProblem(cell.value, known);
    if (problem) {
      rep.error(lines.position(cell.start), problem);
      return null;
    }
  }
  return cells.slice(0, end).map((c) => c.value);
}

const isBlank = (value: string): boolean => MISSING.has(value) || value === VOID;

function cellProblem(value: string, known: Set<string> | undefined) {
  if (MISSING.has(value))
    return {
      code: 'seq.missing_state',
      message: `A missing value (${value === '' ? 'empty cell' : value}) comes before the sequence's last state.`,
      hint: 'Only trailing positions may be empty or NA (the sequence is then shorter); fill in or recode missing states inside a sequence.',
    };
  if (value === VOID)
    return {
      code: 'seq.state_after_void',
      message: 'A void cell (%) is followed by a state.',
      hint: 'Void (%) marks the end of a shorter sequence: only void or empty cells may follow it.',
    };
  if (known && !known.has(value))
    return {
      code: 'seq.unknown_state',
      message: `The state "${value}" is not in the alphabet.`,
      hint: `Use one of ${[...known].join(', ')}, or leave the alphabet unset to take the states found.`,
    };
  return null;
}

function weightOf(row: CsvRow, index: number, lines: LineIndex, rep: Reporter): number {
  const cell = row.cells[index] as CsvCell;
  const weight = Number(cell.value);
  if (cell.value.trim() !== '' && Number.isFinite(weight) && weight >= 0) return weight;
  rep.error(lines.position(cell.start), {
    code: 'seq.bad_weight',
    message: `The weight "${cell.value.slice(0, 40)}" is not a non-negative number.`,
    hint: 'Write weights as decimal numbers (e.g. 0.83), one per row.',
  });
  return 0;
}
