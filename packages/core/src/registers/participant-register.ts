/**
 * The participant register: a CSV with one row per professional who took part. Required
 * columns `code, role, organisation, sector`; optional `site`; every other column becomes a
 * free attribute (years in post, setting, ...). Header names are case-insensitive.
 */
import { SECTORS, type Sector } from '../model/study.js';
import type { Diagnostic, ParseOutcome } from '../sources/diagnostics.js';
import { readCsvTable } from '../sources/csv-table.js';
import { LineIndex } from '../text/line-index.js';

export interface ParticipantRow {
  code: string;
  role: string;
  organisation: string;
  sector: Sector;
  site: string | null;
  attributes: Record<string, string>;
  /** 1-based line of the row in the file. */
  line: number;
}

const REQUIRED = ['code', 'role', 'organisation', 'sector'] as const;
const KNOWN = new Set<string>([...REQUIRED, 'site']);

/** A CSV record with the 1-based line it starts on. */
interface CsvRow {
  record: string[];
  line: number;
}

export function parseParticipantRegister(
  text: string,
  file: string,
): ParseOutcome<ParticipantRow[]> {
  const rows = readCsv(text, file);
  if (!Array.isArray(rows)) return { ok: false, diagnostics: [rows] };
  const [head, ...body] = rows;
  if (!head)
    return fail(
      file,
      1,
      'register.empty',
      'the participant register is empty',
      'Add a header row: code,role,organisation,sector,site',
    );
  const header = head.record.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((r) => !header.includes(r));
  if (missing.length) {
    const found = header.join(', ');
    return fail(
      file,
      1,
      'register.missing_columns',
      `missing column(s) ${missing.join(', ')} (found: ${found})`,
      'Name the columns code, role, organisation, sector and optionally site.',
    );
  }
  return toParticipants(body, header, file);
}

/** Reads the CSV with core's shared reader (browser-safe csv-parse, exact row positions). */
function readCsv(text: string, file: string): CsvRow[] | Diagnostic {
  const table = readCsvTable(text, ',');
  const lines = new LineIndex(text);
  if (!table.ok) {
    const at = lines.position(table.offset);
    return {
      severity: 'error',
      code: 'register.invalid_csv',
      message: table.problem.message,
      file,
      line: at.line,
      column: at.column,
      hint: table.problem.hint,
    };
  }
  return table.rows.map((row) => ({
    record: row.cells.map((c) => c.value),
    line: lines.position(row.start).line,
  }));
}

function toParticipants(
  body: CsvRow[],
  header: string[],
  file: string,
): ParseOutcome<ParticipantRow[]> {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const participants: ParticipantRow[] = [];
  for (const row of body) {
    const p = toParticipant(row, header, file);
    if ('severity' in p) diagnostics.push(p);
    else if (seen.has(p.code.toLowerCase()))
      diagnostics.push(
        diagnostic(
          file,
          p.line,
          'register.duplicate_code',
          `participant code ${p.code} appears twice`,
          'Give every participant a unique code.',
        ),
      );
    else {
      seen.add(p.code.toLowerCase());
      participants.push(p);
    }
  }
  return diagnostics.length
    ? { ok: false, diagnostics }
    : { ok: true, structure: participants, diagnostics };
}

function toParticipant(row: CsvRow, header: string[], file: string): ParticipantRow | Diagnostic {
  const cell = (name: string) => (row.record[header.indexOf(name)] ?? '').trim();
  const line = row.line;
  const sector = cell('sector')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (!cell('code'))
    return diagnostic(
      file,
      line,
      'register.missing_code',
      'a row has no participant code',
      'Fill in the code column (e.g. P07).',
    );
  if (!(SECTORS as readonly string[]).includes(sector)) {
    return diagnostic(
      file,
      line,
      'register.invalid_sector',
      `sector "${cell('sector')}" is not one of ${SECTORS.join(', ')}`,
      'Use statutory or third_sector.',
    );
  }
  const attributes: Record<string, string> = {};
  header.forEach((h, i) => {
    if (!KNOWN.has(h) && h) attributes[h] = (row.record[i] ?? '').trim();
  });
  return {
    code: cell('code'),
    role: cell('role'),
    organisation: cell('organisation'),
    sector: sector as Sector,
    site: cell('site') || null,
    attributes,
    line,
  };
}

function diagnostic(
  file: string,
  line: number,
  code: string,
  message: string,
  hint: string,
): Diagnostic {
  return { severity: 'error', code, message, file, line, column: 1, hint };
}

function fail(
  file: string,
  line: number,
  code: string,
  message: string,
  hint: string,
): ParseOutcome<ParticipantRow[]> {
  return { ok: false, diagnostics: [diagnostic(file, line, code, message, hint)] };
}
