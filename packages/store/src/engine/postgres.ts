/**
 * One study = one PostgreSQL schema. Every pooled connection starts with `search_path` set to
 * that schema, so the same unqualified Kysely queries run here and on SQLite.
 */
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { StoreError } from '../errors.js';
import type { Database } from '../schema/tables.js';
import type { EngineHandle } from './engine-handle.js';
import { postgresFeatures } from './postgres-features.js';

/**
 * Plain lower-case identifiers up to PostgreSQL's 63-byte limit, so a name never needs quoting
 * in `-c search_path=…` and cannot smuggle SQL or options. `pg_` names are reserved by PostgreSQL.
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const RESERVED = /^(pg_|information_schema$)/;

export function validateSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema) || RESERVED.test(schema)) {
    throw new StoreError(
      'store.invalid_schema_name',
      `"${schema.slice(0, 80)}" is not a usable schema name: use 1–63 lower-case letters, digits ` +
        'and underscores, starting with a letter or underscore (not pg_…).',
    );
  }
  return schema;
}

/** int8 (OID 20) as a JS number: sequence numbers and counts stay far below 2^53. */
const INT8_OID = 20;
function getTypeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === INT8_OID) return (value: string) => Number(value);
  return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid);
}

function pool(connectionString: string, schema?: string): pg.Pool {
  const options = schema === undefined ? undefined : `-c search_path=${schema}`;
  const p = new pg.Pool({ connectionString, options, types: { getTypeParser } });
  // An idle client that loses its server emits here; the pool replaces it on the next query.
  p.on('error', () => undefined);
  return p;
}

function connect(connectionString: string, schema: string): EngineHandle {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: pool(connectionString, schema) }),
  });
  return { db, features: postgresFeatures(), label: `schema ${schema}`, migrationSchema: schema };
}

async function tableCount(db: Kysely<Database>, schema: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables
    WHERE table_schema = ${schema}`.execute(db);
  return r.rows[0]?.n ?? 0;
}

async function holdsStudy(db: Kysely<Database>, schema: string): Promise<boolean> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables
    WHERE table_schema = ${schema} AND table_name IN ('study', 'kysely_migration')`.execute(db);
  return r.rows[0]?.n === 2;
}

/** Opens the study in `schema`; refuses a schema that does not hold one. */
export async function openPostgresStudy(
  connectionString: string,
  schema: string,
): Promise<EngineHandle> {
  const handle = connect(connectionString, validateSchemaName(schema));
  if (await holdsStudy(handle.db, schema)) return handle;
  await handle.db.destroy();
  throw new StoreError(
    'store.not_a_study',
    `Schema ${schema} holds no Liaison study. Create one first (liaison study init).`,
  );
}

/** Creates `schema` (or takes it if it exists and is empty) for a new study. */
export async function createPostgresStudy(
  connectionString: string,
  schema: string,
): Promise<EngineHandle> {
  const handle = connect(connectionString, validateSchemaName(schema));
  try {
    await refuseExisting(handle.db, schema);
    await handle.db.schema.createSchema(schema).ifNotExists().execute();
    return handle;
  } catch (error) {
    await handle.db.destroy();
    throw error;
  }
}

async function refuseExisting(db: Kysely<Database>, schema: string): Promise<void> {
  if (await holdsStudy(db, schema)) {
    throw new StoreError('store.study_exists', `Schema ${schema} already holds a Liaison study.`);
  }
  if ((await tableCount(db, schema)) > 0) {
    throw new StoreError(
      'store.conflict',
      `Schema ${schema} already holds other tables; choose a new schema name.`,
    );
  }
}

/** Drops a study schema and everything in it (tests and cleanup). Missing schemas are fine. */
export async function dropPostgresSchema(connectionString: string, schema: string): Promise<void> {
  const p = pool(connectionString);
  try {
    await p.query(`DROP SCHEMA IF EXISTS "${validateSchemaName(schema)}" CASCADE`);
  } finally {
    await p.end();
  }
}
