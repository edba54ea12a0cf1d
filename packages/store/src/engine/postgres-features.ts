/**
 * PostgreSQL side of the engine differences: a generated tsvector column with a GIN index for
 * search, jsonb for JSON, a trigger function for the append-only events table, and `unnest`
 * for bulk inserts.
 */
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
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
import { postgresPacks } from './postgres-packs.js';

/**
 * The `simple` configuration lower-cases words and neither stems nor drops stop words, which is
 * closest to SQLite's unicode61 tokenizer, so a query finds the same units on both engines.
 */
const TS_CONFIG = sql.lit('simple');

/** ts_headline options: one fragment of about the length of the SQLite snippet. */
const HEADLINE_OPTIONS = sql.lit('StartSel=«, StopSel=», MaxWords=16, MinWords=6, MaxFragments=1');

async function installFts(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE search_units ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (to_tsvector(${TS_CONFIG}, text)) STORED`.execute(db);
  await sql`CREATE INDEX search_units_tsv ON search_units USING gin (tsv)`.execute(db);
}

/** tsquery syntax: terms joined by `&`, `:*` for a prefix; terms hold only letters and digits. */
function tsQuery(terms: string[]): string {
  return terms.map((t) => (t.endsWith('*') ? `${t.slice(0, -1)}:*` : t)).join(' & ');
}

async function search(db: Kysely<Database>, terms: string[], limit: number): Promise<SearchRow[]> {
  // The inner query ranks and limits first so ts_headline (slow) runs only on the rows returned.
  const result = await sql<SearchRow>`
    WITH q AS (SELECT to_tsquery(${TS_CONFIG}, ${tsQuery(terms)}) AS query),
    top AS (
      SELECT u.id, u.source_id, u.text_version_id, u.unit_index, u.start_utf16, u.end_utf16,
        u.text, ts_rank(u.tsv, q.query) AS rank
      FROM search_units u, q WHERE u.tsv @@ q.query
      ORDER BY rank DESC, u.id LIMIT ${limit})
    SELECT top.source_id, s.name AS source_name, top.text_version_id, top.unit_index,
      top.start_utf16, top.end_utf16,
      ts_headline(${TS_CONFIG}, top.text, q.query, ${HEADLINE_OPTIONS}) AS snippet,
      top.rank
    FROM top CROSS JOIN q JOIN sources s ON s.id = top.source_id
    ORDER BY top.rank DESC, top.id`.execute(db);
  return result.rows;
}

/** One trigger function, created in the study's schema, refuses the change; TRUNCATE too. */
async function installAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  await sql`CREATE FUNCTION liaison_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION ${sql.lit(APPEND_ONLY_MESSAGE)}; END $$`.execute(db);
  await sql`CREATE TRIGGER ${sql.id(`${table}_append_only`)} BEFORE UPDATE OR DELETE
    ON ${sql.id(table)} FOR EACH ROW EXECUTE FUNCTION liaison_refuse_change()`.execute(db);
  await sql`CREATE TRIGGER ${sql.id(`${table}_no_truncate`)} BEFORE TRUNCATE
    ON ${sql.id(table)} FOR EACH STATEMENT EXECUTE FUNCTION liaison_refuse_change()`.execute(db);
}

/**
 * A transaction-scoped advisory lock taken right before the event insert and held until commit:
 * sequence values are then drawn in commit order. Keyed on the schema so studies do not wait on
 * each other.
 */
async function serialise(trx: Transaction<Database>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema()))`.execute(trx);
}

/** SQLSTATE classes, https://www.postgresql.org/docs/current/errcodes-appendix.html */
const SQLSTATE: Record<string, ConstraintKind> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23514': 'check',
};

function constraint(error: unknown): ConstraintKind | null {
  if (errorMessage(error).includes(APPEND_ONLY_MESSAGE)) return 'append_only';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? (SQLSTATE[code] ?? null) : null;
}

/**
 * One INSERT … SELECT FROM unnest(arrays) per batch: 13 parameters however many rows, where a
 * multi-row VALUES list would need 13 per row (and pg allows 65,535 per statement).
 */
async function bulkCodings(trx: Transaction<Database>, rows: CodingTable[]): Promise<void> {
  const col = <K extends keyof CodingTable>(key: K) => rows.map((r) => r[key]);
  await sql`INSERT INTO codings (id, code_id, source_id, text_version_id, coder, start_utf16,
      end_utf16, exact, prefix, suffix, status, score, created_at)
    SELECT * FROM unnest(${col('id')}::text[], ${col('code_id')}::text[],
      ${col('source_id')}::text[], ${col('text_version_id')}::text[], ${col('coder')}::text[],
      ${col('start_utf16')}::integer[], ${col('end_utf16')}::integer[], ${col('exact')}::text[],
      ${col('prefix')}::text[], ${col('suffix')}::text[], ${col('status')}::text[],
      ${col('score')}::double precision[], ${col('created_at')}::text[])`.execute(trx);
}

const clusteredKey: ClusteredKey = {
  primaryKey: (table, name) => table.addPrimaryKeyConstraint(name, ['id'] as never),
  otherIndex: async (db, table, readKey) => {
    await db.schema.createIndex(`${table}_by_read_key`).on(table).columns(readKey).execute();
  },
};

export function postgresFeatures(): EngineFeatures {
  return {
    engine: 'postgres',
    types: {
      bytes: 'bytea',
      json: 'jsonb',
      serial: 'bigint',
      serialKey: (column) => column.primaryKey().generatedAlwaysAsIdentity(),
    },
    // pg parses jsonb into objects itself; a JSON string parameter is cast to jsonb on insert.
    json: { encode: encodeJson, decode: (raw) => raw },
    clusteredKey,
    fts: { install: installFts, search },
    appendOnly: { install: installAppendOnly },
    eventOrdering: { serialise },
    errors: { constraint },
    bulk: { codings: bulkCodings },
    packs: postgresPacks,
  };
}
