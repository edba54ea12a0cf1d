/**
 * Reads a reliability matrix from CSV: a header row of coder names, one row per unit, an optional
 * first column named `unit` holding unit ids, and an empty cell for a missing value (the layout
 * of Krippendorff 2011's reliability data, transposed to one row per unit as spreadsheets keep
 * it). Problems come back as diagnostics with file, line and column, never as exceptions.
 */
import type { Diagnostic, ParseOutcome } from '../sources/diagnostics.js';
import { makeDiagnostic, type Problem } from '../sources/diagnostic-builder.js';
import { readCsvTable, type CsvCell } from '../sources/csv-table.js';
import { LineIndex } from '../text/line-index.js';
import type { AlphaLevel } from './alpha-metrics.js';
import type { RatingValue } from './percent-agreement.js';

export interface ReliabilityMatrix {
  coders: string[];
  /** Unit ids: the `unit` column, or 1, 2, 3… when there is none. */
  unitIds: string[];
  /** Rows are units, columns coders; null is a missing value. */
  values: (RatingValue | null)[][];
}

export function readReliabilityMatrix(
  text: string,
  file: string,
  level: AlphaLevel,
): ParseOutcome<ReliabilityMatrix> {
  const lines = new LineIndex(text);
  const at = (offset: number, problem: Problem): Diagnostic =>
    makeDiagnostic('error', file, lines.position(offset), problem);
  const table = readCsvTable(text, delimiterOf(text));
  if (!table.ok) return { ok: false, diagnostics: [at(table.offset, table.problem)] };
  const [header, ...rows] = table.rows;
  if (!header) return { ok: false, diagnostics: [at(0, EMPTY)] };
  const hasUnit = header.cells[0]?.value.trim().toLowerCase() === 'unit';
  const coderCells = header.cells.slice(hasUnit ? 1 : 0);
  if (coderCells.length < 2) return { ok: false, diagnostics: [at(header.start, TOO_FEW_CODERS)] };
  const diagnostics: Diagnostic[] = [];
  const unitIds: string[] = [];
  const values: (RatingValue | null)[][] = [];
  rows.forEach((row, i) => {
    if (row.cells.length !== header.cells.length) {
      diagnostics.push(at(row.start, ragged(row.cells.length, header.cells.length)));
      return;
    }
    unitIds.push(hasUnit ? (row.cells[0]?.value.trim() ?? '') : String(i + 1));
    values.push(
      row.cells
        .slice(hasUnit ? 1 : 0)
        .map((cell) => readCell(cell, level, (p) => diagnostics.push(at(cell.start, p)))),
    );
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  if (values.length === 0) return { ok: false, diagnostics: [at(header.end, NO_UNITS)] };
  return {
    ok: true,
    structure: { coders: coderCells.map((c) => c.value.trim()), unitIds, values },
    diagnostics: [],
  };
}

/** Tab-separated when the first line has a tab and no comma, else comma-separated. */
function delimiterOf(text: string): string {
  const first = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

function readCell(
  cell: CsvCell,
  level: AlphaLevel,
  report: (p: Problem) => void,
): RatingValue | null {
  const raw = cell.value.trim();
  if (raw === '') return null;
  if (level === 'nominal') return raw;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    report(notANumber(raw, level));
    return null;
  }
  if (level === 'ratio' && n < 0) report(negativeRatio(raw));
  return n;
}

const EMPTY: Problem = {
  code: 'agreement.empty',
  message: 'The reliability matrix is empty.',
  hint: 'Write a header row of coder names, then one row per unit.',
};
const TOO_FEW_CODERS: Problem = {
  code: 'agreement.too_few_coders',
  message: 'The header names fewer than two coders; agreement needs at least two.',
  hint: 'Put one column per coder after the optional `unit` column.',
};
const NO_UNITS: Problem = {
  code: 'agreement.no_units',
  message: 'The reliability matrix has a header but no units.',
  hint: 'Add one row per unit under the header.',
};

function ragged(got: number, want: number): Problem {
  return {
    code: 'agreement.ragged_row',
    message: `This row has ${got} cells but the header has ${want}.`,
    hint: 'Give every row one cell per header column; leave a cell empty for a missing value.',
  };
}

function notANumber(raw: string, level: AlphaLevel): Problem {
  return {
    code: 'agreement.not_a_number',
    message: `"${raw.slice(0, 40)}" is not a number, but --level ${level} needs numbers.`,
    hint: 'Write numbers (e.g. 3 or 2.5), leave the cell empty for a missing value, or use --level nominal.',
  };
}

function negativeRatio(raw: string): Problem {
  return {
    code: 'agreement.negative_ratio',
    message: `${raw} is negative, but ratio data have an absolute zero and no negative values.`,
    hint: 'Use --level interval for data that can be negative.',
  };
}
