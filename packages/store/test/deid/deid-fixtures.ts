/**
 * Fictional sources full of identifiers for the de-identification review and apply tests, and a
 * dump of every table of a study for searching the identifiers after apply.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { StoreLocation } from '../../src/index.js';
import { rawQuery } from '../engines.js';

export const DEID_LOG = [
  'Incident: 2016-0311',
  'Site: North',
  'Opened: 09/06/2016 10:15',
  '',
  '09/06/2016 10:15 [OP41] Caller Jean SMITH reports her son Kwame SMITH is missing, call back on 07700 900123.',
  '10:40 [PC 2231] Kwame SMITH located at 27 Albert Road, Bootle, L20 7AB. NHS number 943 476 5919 given by mother.',
  '11:05 [PC 2231] Mrs Smith says he was seen by the CMHT last week and refused to engage. Email jean.smith@example.com passed to MASH.',
  '11:30 [OP41] Log closed.',
  '',
].join('\n');

export const DEID_TRANSCRIPT = [
  'INT: Can you tell me about the night he went missing?',
  'P03: Jean SMITH rang me at 2am, she was beside herself.',
  'INT: What happened next?',
  'P03: We called the crisis team and Lulu picked up straight away.',
  '',
].join('\n');

/**
 * Every identifier of the fixtures, as searched for (case-insensitively) after apply. Letters
 * I L O U never occur in Liaison's ids (Crockford base 32), so `Lulu` and `Smith` cannot match
 * an id by chance. Short numbers (`2231`, a rejected collar number) are left out on purpose.
 */
export const IDENTIFIERS = [
  'Jean SMITH',
  'Kwame',
  'SMITH',
  '07700 900123',
  '07700900123',
  '27 Albert Road',
  'Bootle',
  'L20 7AB',
  '943 476 5919',
  'jean.smith@example.com',
  'Lulu',
];

function cellText(value: unknown): string {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('latin1');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function tableNames(location: StoreLocation): Promise<string[]> {
  const query =
    location.engine === 'sqlite'
      ? `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`
      : `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = current_schema() ORDER BY table_name`;
  return ((await rawQuery(location, query)) as { name: string }[]).map((r) => r.name);
}

/** Every cell of every table (SQLite: including FTS5 shadow tables), one line per cell. */
export async function dumpStudy(location: StoreLocation): Promise<Map<string, string>> {
  const dump = new Map<string, string>();
  for (const table of await tableNames(location)) {
    const rows = (await rawQuery(location, `SELECT * FROM "${table}"`)) as Record<
      string,
      unknown
    >[];
    const cells = rows.flatMap((row) => Object.values(row).map(cellText));
    dump.set(table, cells.join('\n'));
  }
  return dump;
}

/** The raw bytes of a SQLite study file and its write-ahead log, as Latin-1 text. */
export function sqliteFileText(path: string): string {
  const parts = [path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p));
  return Buffer.concat(parts).toString('latin1');
}

/** `[table, identifier]` for every identifier found (case-insensitively) in the dump. */
export function survivors(dump: Map<string, string>): [string, string][] {
  const found: [string, string][] = [];
  for (const [table, text] of dump) {
    const lower = text.toLowerCase();
    for (const id of IDENTIFIERS) if (lower.includes(id.toLowerCase())) found.push([table, id]);
  }
  return found;
}
