/**
 * Police logs as CSV (DOMAIN.md "Input formats to accept"): a required header row, then one row
 * per entry. Columns are mapped by csv-columns.ts; cells are read by csv-parse (csv-table.ts).
 * Timestamps use the log text formats and must carry a full date; a bare time takes the previous
 * row's date with the same rollover rule as text logs, and is warned about.
 *
 * Offsets (UTF-16): an entry spans its row without the line break; its text span is the text
 * cell's raw span, inside the quotes when quoted (escaped quotes stay doubled there), while
 * `text` is the unescaped value with CRLF line breaks written as LF.
 */
import type { LogEntry, LogStructure } from '../model/source.js';
import { LineIndex } from '../text/line-index.js';
import { FILE_START, reporter, type Reporter } from './diagnostic-builder.js';
import type { ParseOutcome } from './diagnostics.js';
import { mapColumns, REQUIRED_COLUMNS, type ColumnMap, type LogColumn } from './csv-columns.js';
import { readCsvTable, type CsvCell, type CsvRow, type CsvTable } from './csv-table.js';
import { LogClock } from './log-clock.js';
import { matchStamp, type StampMatch } from './timestamps.js';

/** Delimiters tried after the comma when the comma does not give the required columns. */
const OTHER_DELIMITERS = [';', '\t'];

export function parsePoliceLogCsv(text: string, file: string): ParseOutcome<LogStructure> {
  const rep = reporter(file);
  const lines = new LineIndex(text);
  const table = readTable(text);
  if (!table.ok) {
    rep.error(lines.position(table.offset), table.problem);
    return { ok: false, diagnostics: rep.diagnostics };
  }
  const [headerRow, ...rows] = table.rows;
  const columns = mapColumns(headerRow?.cells.map((c) => c.value) ?? []);
  if (columns.missing.length > 0) return missingColumns(rep, columns);
  warnDuplicates(rep, columns);
  const builder = new CsvLogBuilder(columns, headerRow?.cells.length ?? 0, lines, rep);
  for (const row of rows) builder.add(row);
  return builder.finish();
}

function readTable(text: string): CsvTable {
  const comma = readCsvTable(text, ',');
  if (comma.ok && hasRequiredColumns(comma)) return comma;
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  for (const delimiter of OTHER_DELIMITERS.filter((d) => firstLine.includes(d))) {
    const other = readCsvTable(text, delimiter);
    if (other.ok && hasRequiredColumns(other)) return other;
  }
  return comma;
}

function hasRequiredColumns(table: CsvTable & { ok: true }): boolean {
  const header = table.rows[0];
  return header !== undefined && mapColumns(header.cells.map((c) => c.value)).missing.length === 0;
}

function missingColumns(rep: Reporter, columns: ColumnMap): ParseOutcome<LogStructure> {
  const found = columns.found.filter((f) => f !== '');
  rep.error(FILE_START, {
    code: 'csv.missing_columns',
    message:
      `The header row lacks the required column(s) ${columns.missing.join(', ')}; ` +
      `found ${found.length > 0 ? found.map((f) => `"${f}"`).join(', ') : 'no column names'}.`,
    hint:
      `The first row must name the columns ${REQUIRED_COLUMNS.join(', ')} (any order, any case; ` +
      'site, opening_code and closing_code are optional), separated by commas.',
  });
  return { ok: false, diagnostics: rep.diagnostics };
}

function warnDuplicates(rep: Reporter, columns: ColumnMap): void {
  if (columns.duplicates.length === 0) return;
  rep.warning(FILE_START, {
    code: 'csv.duplicate_columns',
    message: `The column(s) ${columns.duplicates.map((d) => `"${d}"`).join(', ')} repeat an earlier column and are ignored.`,
    hint: 'Remove or rename the repeated columns.',
  });
}

/** Fields that should hold one value for the whole log (the first non-empty value is used). */
const LOG_FIELDS = ['incident_id', 'site', 'opening_code', 'closing_code'] as const;
type LogField = (typeof LOG_FIELDS)[number];

class CsvLogBuilder {
  private readonly entries: LogEntry[] = [];
  private readonly clock = new LogClock();
  private readonly values = new Map<LogField, Set<string>>(
    LOG_FIELDS.map((f) => [f, new Set<string>()]),
  );
  private readonly bareRows: number[] = [];
  private datelessRows = 0;

  constructor(
    private readonly columns: ColumnMap,
    private readonly width: number,
    private readonly lines: LineIndex,
    private readonly rep: Reporter,
  ) {}

  add(row: CsvRow): void {
    if (row.cells.every((c) => c.value.trim() === '')) return;
    const line = this.lines.position(row.start).line;
    if (row.cells.length !== this.width) this.warnRagged(row, line);
    for (const field of LOG_FIELDS) this.collect(field, row);
    const text = this.cell(row, 'text');
    const [textStart, textEnd] = text ? innerSpan(text) : [row.end, row.end];
    this.entries.push({
      index: this.entries.length,
      time: this.readTime(row, line),
      author: this.value(row, 'author') || null,
      text: (text?.value ?? '').replace(/\r\n/g, '\n'),
      startUtf16: row.start,
      endUtf16: row.end,
      textStartUtf16: textStart,
      textEndUtf16: textEnd,
      line,
    });
  }

  finish(): ParseOutcome<LogStructure> {
    if (this.entries.length === 0) return this.noRows();
    this.warnBareTimes();
    const structure: LogStructure = {
      kind: 'police_log',
      header: {},
      incident: this.first('incident_id'),
      site: this.first('site'),
      openingCode: this.first('opening_code'),
      closingCode: this.first('closing_code'),
      opened: null,
      entries: this.entries,
    };
    return { ok: true, structure, diagnostics: this.rep.diagnostics };
  }

  private cell(row: CsvRow, column: LogColumn): CsvCell | undefined {
    const i = this.columns.index[column];
    return i === undefined ? undefined : row.cells[i];
  }

  private value(row: CsvRow, column: LogColumn): string {
    return this.cell(row, column)?.value.trim() ?? '';
  }

  private collect(field: LogField, row: CsvRow): void {
    const value = this.value(row, field);
    if (value !== '') this.values.get(field)?.add(value);
  }

  private first(field: LogField): string | null {
    const values = [...(this.values.get(field) ?? [])];
    if (values.length > 1) this.warnConflict(field, values);
    return values[0] ?? null;
  }

  private timestampCell(row: CsvRow): { text: string; cell: CsvCell | undefined } {
    const ts = this.columns.timestamp;
    if (ts?.kind === 'single')
      return { text: row.cells[ts.index]?.value.trim() ?? '', cell: row.cells[ts.index] };
    if (ts?.kind === 'pair') {
      const joined = `${row.cells[ts.date]?.value.trim() ?? ''} ${row.cells[ts.time]?.value.trim() ?? ''}`;
      return { text: joined.trim(), cell: row.cells[ts.date] };
    }
    return { text: '', cell: undefined };
  }

  private readTime(row: CsvRow, line: number): string | null {
    const { text, cell } = this.timestampCell(row);
    const stamp = wholeStamp(text);
    if (!stamp || !stamp.valid) {
      this.warnTimestamp(text, cell ? this.lines.position(cell.start) : { line, column: 1 });
      return null;
    }
    const reading = this.clock.read(stamp);
    if (!stamp.date) this.bareRows.push(line);
    if (reading.kind === 'dateless') this.datelessRows++;
    return reading.time;
  }

  private warnTimestamp(written: string, at: { line: number; column: number }): void {
    this.rep.warning(at, {
      code: 'csv.invalid_timestamp',
      message:
        written === ''
          ? 'This row has no timestamp; the entry is kept with no time.'
          : `"${written.slice(0, 40)}" is not a date and time Liaison can read; the entry is kept with no time.`,
      hint: 'Write timestamps as DD/MM/YYYY HH:MM[:SS], DD/MM/YY HH:MM[:SS] or YYYY-MM-DD HH:MM[:SS], with a real date and time.',
    });
  }

  private warnBareTimes(): void {
    const first = this.bareRows[0];
    if (first === undefined) return;
    const undated =
      this.datelessRows > 0
        ? ` ${this.datelessRows} of them come before any dated row and have no time.`
        : '';
    this.rep.warning(
      { line: first, column: 1 },
      {
        code: 'csv.bare_time',
        message:
          `${this.bareRows.length} row(s) give a time without a date (first at line ${first}); each takes the ` +
          `previous row's date, rolling over to the next day when the time goes backwards.${undated}`,
        hint: 'Give every row a full date and time, e.g. 14/03/2015 21:05.',
      },
    );
  }

  private warnRagged(row: CsvRow, line: number): void {
    this.rep.warning(
      { line, column: 1 },
      {
        code: 'csv.ragged_row',
        message: `This row has ${row.cells.length} cell(s) but the header has ${this.width}; missing cells are read as empty and extra cells are ignored.`,
        hint: 'Check for an unquoted comma in a cell, or a missing delimiter.',
      },
    );
  }

  private warnConflict(field: LogField, values: string[]): void {
    this.rep.warning(FILE_START, {
      code: 'csv.conflicting_values',
      message: `The ${field} column holds ${values.length} different values; the first, "${values[0]?.slice(0, 40)}", is used for the log.`,
      hint: 'A CSV log holds one incident: split a file with several incidents into one file per incident.',
    });
  }

  private noRows(): ParseOutcome<LogStructure> {
    this.rep.error(FILE_START, {
      code: 'csv.no_rows',
      message: 'The CSV has a header row but no entry rows.',
      hint: 'Add one row per log entry under the header row.',
    });
    return { ok: false, diagnostics: this.rep.diagnostics };
  }
}

/** The text cell's raw span without its quotes. */
function innerSpan(cell: CsvCell): [number, number] {
  return cell.quoted ? [cell.start + 1, cell.end - 1] : [cell.start, cell.end];
}

/** A log timestamp that fills the whole cell (surrounding spaces trimmed by the caller). */
function wholeStamp(text: string): StampMatch | null {
  const stamp = text === '' ? null : matchStamp(text, 0);
  return stamp && stamp.length === text.length ? stamp : null;
}
