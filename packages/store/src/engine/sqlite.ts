/**
 * One study = one SQLite file. The file is marked with an application id so that opening some
 * other database (or any other file) fails with a clear message instead of being changed.
 */
import { existsSync, statSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { StoreError } from '../errors.js';
import type { Database } from '../schema/tables.js';
import type { EngineHandle } from './engine-handle.js';
import { sqliteFeatures } from './sqlite-features.js';

/** `LIAS` in ASCII, stored in the header by PRAGMA application_id (https://sqlite.org/pragma.html#pragma_application_id). */
export const LIAISON_APPLICATION_ID = 0x4c494153;

/** How long a writer waits for another process's lock before failing, in milliseconds. */
const BUSY_TIMEOUT_MS = 5000;

/** Opens an existing study file; refuses anything that is not one. */
export function openSqliteStudy(path: string): EngineHandle {
  if (!existsSync(path)) {
    throw new StoreError('store.not_a_study', `No study at ${path}: the file does not exist.`);
  }
  const database = new Sqlite(path, { fileMustExist: true });
  const appId = readApplicationId(database, path);
  if (appId !== LIAISON_APPLICATION_ID) {
    database.close();
    throw new StoreError(
      'store.not_a_study',
      `${path} is a SQLite database but not a Liaison study. Open a .liaison file made by ` +
        '`liaison study init`.',
    );
  }
  return handle(database, path);
}

/** Creates a new study file; refuses a path that already holds a study or any other data. */
export function createSqliteStudy(path: string): EngineHandle {
  const existed = existsSync(path) && statSync(path).size > 0;
  const database = new Sqlite(path);
  if (existed) refuseExisting(database, path);
  database.pragma(`application_id = ${LIAISON_APPLICATION_ID}`);
  return handle(database, path);
}

function refuseExisting(database: Sqlite.Database, path: string): never {
  const appId = readApplicationId(database, path);
  database.close();
  if (appId === LIAISON_APPLICATION_ID) {
    throw new StoreError('store.study_exists', `${path} already holds a Liaison study.`);
  }
  throw new StoreError(
    'store.conflict',
    `${path} already exists and is not an empty Liaison study; choose a new file name.`,
  );
}

/** Reading the header is the first access, so a file that is not SQLite fails here. */
function readApplicationId(database: Sqlite.Database, path: string): number {
  try {
    return database.pragma('application_id', { simple: true }) as number;
  } catch (cause) {
    database.close();
    throw new StoreError(
      'store.not_a_study',
      `${path} is not a Liaison study (it is not a SQLite database).`,
      { cause },
    );
  }
}

/** WAL lets readers run while one writer writes; foreign keys are off unless asked for. */
function handle(database: Sqlite.Database, path: string): EngineHandle {
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, features: sqliteFeatures(database), label: path };
}
