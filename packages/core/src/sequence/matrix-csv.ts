/**
 * A square distance matrix as CSV (what `liaison seq distance --out matrix.csv` and R's
 * `write.csv(as.matrix(d))` write): a header row (a corner cell, then the ids), then one row per
 * observation, its id first. Numbers are parsed with `Number`, so a value written with 17
 * significant digits reads back as the identical double. Only the upper triangle is kept; the
 * matrix must be symmetric with a zero diagonal, as `hclust` assumes.
 *
 * Fast pass first, for memory and time: a 2,848 × 2,848 matrix has 8 million cells, too many to
 * keep as located cells (`readCsvTable`: over 1 GB). Without any double quote in the file (the
 * usual case: numbers and plain ids) no cell can hold a delimiter or a line break, so lines are
 * split directly (about 10× faster than csv-parse); otherwise csv-parse reads one record at a
 * time (`on_record`). Only the upper triangle is kept. Only when the fast pass finds a problem
 * does the exact pass run, with cell positions, to report it at its line and column.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { FILE_START, reporter, type Reporter } from '../sources/diagnostic-builder.js';
import type { ParseOutcome } from '../sources/diagnostics.js';
import { readCsvTable, type CsvCell, type CsvRow } from '../sources/csv-table.js';
import { LineIndex } from '../text/line-index.js';
import type { CondensedDistances } from './condensed.js';
import { condensedIndex, pairCount } from './distance-kernels.js';

export interface DistanceMatrix {
  ids: string[];
  distances: CondensedDistances;
}

export function readDistanceMatrix(text: string, file: string): ParseOutcome<DistanceMatrix> {
  const fast = readFast(text);
  return fast ? { ok: true, structure: fast, diagnostics: [] } : readExact(text, file);
}

/** The matrix if the file is well-formed, else null (without saying why). */
function readFast(text: string): DistanceMatrix | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('"') ? readRecords(body) : readPlain(body);
}

/** Unquoted CSV: lines split on CR/LF, cells on commas and trimmed (as csv-parse with trim). */
function readPlain(text: string): DistanceMatrix | null {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  const n = (lines[0]?.split(',').length ?? 0) - 1;
  if (n < 2 || lines.length !== n + 1) return null;
  const values = new Float64Array(pairCount(n));
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const record = (lines[i + 1] as string).split(',');
    if (record.length !== n + 1 || !storeRecord(record, i, n, values)) return null;
    ids.push((record[0] as string).trim());
  }
  return { ids, distances: { n, values } };
}

function readRecords(text: string): DistanceMatrix | null {
  const ids: string[] = [];
  let n = -1;
  let values = new Float64Array(0);
  let ok = true;
  const onRecord = (record: string[]): null => {
    if (!ok) return null;
    if (n < 0) {
      n = record.length - 1;
      values = new Float64Array(pairCount(Math.max(n, 0)));
    } else {
      ok = ids.length < n && record.length === n + 1 && storeRecord(record, ids.length, n, values);
      ids.push(record[0] as string);
    }
    return null;
  };
  try {
    parse(text, { ...CSV_OPTIONS, on_record: onRecord });
  } catch {
    return null;
  }
  return ok && n >= 2 && ids.length === n ? { ids, distances: { n, values } } : null;
}

/** As `readCsvTable` reads (csv-table.ts), so both passes see the same cells. */
const CSV_OPTIONS = {
  delimiter: ',',
  bom: true,
  ltrim: true,
  rtrim: true,
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_column_count: true,
  skip_empty_lines: true,
};

function storeRecord(record: string[], i: number, n: number, distances: Float64Array): boolean {
  for (let j = 0; j < n; j++) {
    const cell = record[j + 1] as string;
    const v = cell.trim() === '' ? Number.NaN : Number(cell);
    if (!(v >= 0 && v < Infinity) || !store(v, i, j, n, distances)) return false;
  }
  return true;
}

function readExact(text: string, file: string): ParseOutcome<DistanceMatrix> {
  const rep = reporter(file);
  const lines = new LineIndex(text);
  const table = readCsvTable(text, ',');
  if (!table.ok) {
    rep.error(lines.position(table.offset), table.problem);
    return { ok: false, diagnostics: rep.diagnostics };
  }
  const [header, ...rows] = table.rows;
  const n = (header?.cells.length ?? 1) - 1;
  if (n < 2 || rows.length !== n) return notSquare(rep, n, rows.length);
  const values = new Float64Array(pairCount(n));
  const ids = rows.map((row, i) => {
    readRow(row, i, { n, distances: values }, { lines, rep });
    return (row.cells[0] as CsvCell).value;
  });
  if (rep.diagnostics.length > 0) return { ok: false, diagnostics: rep.diagnostics };
  return { ok: true, structure: { ids, distances: { n, values } }, diagnostics: [] };
}

function notSquare(rep: Reporter, columns: number, rows: number): ParseOutcome<DistanceMatrix> {
  rep.error(FILE_START, {
    code: 'matrix.not_square',
    message: `The matrix has ${Math.max(columns, 0)} id columns but ${rows} rows; a distance matrix is square, with at least 2 observations.`,
    hint: 'Give the CSV that `liaison seq distance --out matrix.csv` writes: a header row of ids, then one row per id.',
  });
  return { ok: false, diagnostics: rep.diagnostics };
}

interface Where {
  lines: LineIndex;
  rep: Reporter;
}

/** Beyond this many bad cells the file is not a distance matrix: stop reporting. */
const MAX_ERRORS = 20;

function readRow(
  row: CsvRow,
  i: number,
  { n, distances }: { n: number; distances: Float64Array },
  where: Where,
): void {
  if (where.rep.diagnostics.length >= MAX_ERRORS) return;
  if (row.cells.length !== n + 1) {
    const message = `This row has ${row.cells.length} cells, not ${n + 1}.`;
    return report(where, row.end, 'matrix.ragged_row', message);
  }
  for (let j = 0; j < n; j++) {
    const cell = row.cells[j + 1] as CsvCell;
    const v = cell.value.trim() === '' ? Number.NaN : Number(cell.value);
    if (!(v >= 0 && v < Infinity))
      return report(
        where,
        cell.start,
        'matrix.bad_value',
        `"${cell.value.slice(0, 30)}" is not a non-negative distance.`,
      );
    if (!store(v, i, j, n, distances))
      return report(
        where,
        cell.start,
        'matrix.not_symmetric',
        `d(${i + 1},${j + 1}) is ${v}, which breaks symmetry or a zero diagonal.`,
      );
  }
}

/**
 * Keeps an upper-triangle cell; checks a diagonal cell is 0 and a lower-triangle cell equals its
 * mirror, already read since rows come in order. False when the check fails.
 */
function store(v: number, i: number, j: number, n: number, distances: Float64Array): boolean {
  if (i === j) return v === 0;
  if (j < i) return distances[condensedIndex(n, j, i)] === v;
  distances[condensedIndex(n, i, j)] = v;
  return true;
}

function report(where: Where, at: number, code: string, message: string): void {
  where.rep.error(where.lines.position(at), {
    code,
    message,
    hint: 'Give the CSV that `liaison seq distance --out matrix.csv` writes (symmetric, zeros on the diagonal, every cell a number).',
  });
}
