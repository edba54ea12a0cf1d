/**
 * SQLite side of the engine differences: FTS5 for search, text for JSON, triggers for the
 * append-only events table, and a prepared statement for bulk inserts.
 */
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { CodingTable, Database } from '../schema/tables.js';
import {
  APPEND_ONLY_MESSAGE,
  encodeJson,
  type ClusteredKey,
  errorMessage,
  type ConstraintKind,
  type EngineFeatures,
  type SearchRow,
} from './dialect-features.js';
import { sqlitePacks } from './sqlite-packs.js';

/** Snippet length in tokens around the best match (FTS5 allows 1..64). */
const SNIPPET_TOKENS = 16;

/**
 * An external-content FTS5 table indexes `search_units.text`; the triggers are the ones the
 * SQLite manual gives for keeping such a table in step (https://sqlite.org/fts5.html §4.4.3).
 */
async function installFts(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE search_units_fts USING fts5(
    text, content='search_units', content_rowid='id', tokenize='unicode61')`.execute(db);
  await sql`CREATE TRIGGER search_units_ai AFTER INSERT ON search_units BEGIN
    INSERT INTO search_units_fts(rowid, text) VALUES (new.id, new.text); END`.execute(db);
  await sql`CREATE TRIGGER search_units_ad AFTER DELETE ON search_units BEGIN
    INSERT INTO search_units_fts(search_units_fts, rowid, text)
    VALUES ('delete', old.id, old.text); END`.execute(db);
  await sql`CREATE TRIGGER search_units_au AFTER UPDATE ON search_units BEGIN
    INSERT INTO search_units_fts(search_units_fts, rowid, text)
    VALUES ('delete', old.id, old.text);
    INSERT INTO search_units_fts(rowid, text) VALUES (new.id, new.text); END`.execute(db);
}

/** FTS5 query syntax: each term quoted (so no operator can be injected), `*` for a prefix. */
function matchExpression(terms: string[]): string {
  return terms.map((t) => (t.endsWith('*') ? `"${t.slice(0, -1)}"*` : `"${t}"`)).join(' ');
}

async function search(db: Kysely<Database>, terms: string[], limit: number): Promise<SearchRow[]> {
  // bm25() is smaller for better matches, so the rank is its negation (larger = better).
  const result = await sql<SearchRow>`
    SELECT u.source_id, s.name AS source_name, u.text_version_id, u.unit_index,
      u.start_utf16, u.end_utf16,
      snippet(search_units_fts, 0, '«', '»', '…', ${sql.lit(SNIPPET_TOKENS)}) AS snippet,
      -bm25(search_units_fts) AS rank
    FROM search_units_fts
    JOIN search_units u ON u.id = search_units_fts.rowid
    JOIN sources s ON s.id = u.source_id
    WHERE search_units_fts MATCH ${matchExpression(terms)}
    ORDER BY bm25(search_units_fts), u.id
    LIMIT ${limit}`.execute(db);
  return result.rows;
}

async function installAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  for (const op of ['UPDATE', 'DELETE'] as const) {
    const name = sql.id(`${table}_no_${op.toLowerCase()}`);
    await sql`CREATE TRIGGER ${name} BEFORE ${sql.raw(op)} ON ${sql.id(table)}
      BEGIN SELECT RAISE(ABORT, ${sql.lit(APPEND_ONLY_MESSAGE)}); END`.execute(db);
  }
}

function constraint(error: unknown): ConstraintKind | null {
  if (errorMessage(error).includes(APPEND_ONLY_MESSAGE)) return 'append_only';
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return 'unique';
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign_key';
  if (code === 'SQLITE_CONSTRAINT_CHECK') return 'check';
  return null;
}

const CODING_COLUMNS = [
  'id',
  'code_id',
  'source_id',
  'text_version_id',
  'coder',
  'start_utf16',
  'end_utf16',
  'exact',
  'prefix',
  'suffix',
  'status',
  'score',
  'created_at',
] as const satisfies readonly (keyof CodingTable)[];

/**
 * better-sqlite3 runs synchronously on the one connection Kysely holds for the transaction, so a
 * reused prepared statement inserts inside that transaction without Kysely's per-row query
 * building (measured in bench/codings.bench.ts). Prepared on first use: the table must exist.
 */
function bulkCodings(database: BetterSqlite3.Database) {
  let insert: BetterSqlite3.Statement | undefined;
  return async (_trx: Transaction<Database>, rows: CodingTable[]): Promise<void> => {
    insert ??= database.prepare(
      `INSERT INTO codings (${CODING_COLUMNS.join(', ')}) ` +
        `VALUES (${CODING_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    for (const row of rows) insert.run(row);
  };
}

const clusteredKey: ClusteredKey = {
  // https://sqlite.org/withoutrowid.html: rows live in the primary key's B-tree, in key order.
  primaryKey: (table, name, readKey) =>
    table.addPrimaryKeyConstraint(name, [...readKey, 'id'] as never).modifyEnd(sql`WITHOUT ROWID`),
  otherIndex: async (db, table, _readKey) => {
    await db.schema.createIndex(`${table}_by_id`).unique().on(table).column('id').execute();
  },
};

export function sqliteFeatures(database: BetterSqlite3.Database): EngineFeatures {
  return {
    engine: 'sqlite',
    types: {
      bytes: 'blob',
      json: 'text',
      serial: 'integer',
      serialKey: (column) => column.primaryKey().autoIncrement(),
    },
    json: {
      encode: encodeJson,
      decode: (raw) => (typeof raw === 'string' ? JSON.parse(raw) : raw),
    },
    clusteredKey,
    fts: { install: installFts, search },
    appendOnly: { install: installAppendOnly },
    // SQLite runs one write transaction at a time, so sequence order is commit order already.
    eventOrdering: { serialise: async () => undefined },
    errors: { constraint },
    bulk: { codings: bulkCodings(database) },
    packs: sqlitePacks,
  };
}
