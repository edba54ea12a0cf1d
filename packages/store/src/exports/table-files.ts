/** Writes a query table as CSV (RFC 4180, via csv-stringify) or XLSX (via write-excel-file). */
import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, QueryTable } from './query-tables.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A spreadsheet opening a CSV runs a cell that starts with = + - @ (or tab / carriage return) as
 * a formula; OWASP's "CSV Injection" advice is to prefix such text with a single quote. Coded
 * text can start that way ("- 21:48 …"), so CSV text cells are guarded; numbers are not.
 */
function guard(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function tableToCsv(table: QueryTable): string {
  return stringify([table.header, ...table.rows.map((r) => r.map(guard))], {
    record_delimiter: 'windows',
  });
}

/** Sheet names: at most 31 characters and none of \ / ? * [ ] : (Excel's rules). */
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
}

/** XLSX keeps numbers as numbers and text as text (never a formula), header row in bold. */
export async function tableToXlsx(table: QueryTable): Promise<Uint8Array> {
  const header = table.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((r) =>
    r.map((value) => ({ value, type: typeof value === 'number' ? Number : String })),
  );
  const buffer = await writeXlsxFile([header, ...rows], {
    sheet: sheetName(table.name),
  }).toBuffer();
  return new Uint8Array(buffer);
}

export async function tableToFile(table: QueryTable, format: ExportFormat): Promise<Uint8Array> {
  if (format === 'xlsx') return tableToXlsx(table);
  return new TextEncoder().encode(tableToCsv(table));
}
