/**
 * Migration 0001: every table of the study model. Written once with Kysely's schema builder; the
 * engine-specific bits (bytes, JSON, serial keys, full-text search, the append-only guard) come
 * from `EngineFeatures`. Times are ISO 8601 UTC text on both engines so they sort and compare
 * the same way; offsets are UTF-16 code units.
 */
import { sql, type Kysely } from 'kysely';
import type { EngineFeatures } from '../engine/dialect-features.js';

type Db = Kysely<unknown>;

async function registerTables(db: Db): Promise<void> {
  await db.schema
    .createTable('study')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('singleton', 'integer', (c) => c.notNull().defaultTo(1).unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('study_one_row', sql`singleton = 1`)
    .execute();
  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('datasets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
}

async function peopleAndCases(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('attributes', f.types.json, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('attributes', f.types.json, (c) => c.notNull())
    .execute();
}

async function sourceTables(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('byte_length', 'integer', (c) => c.notNull())
    .addColumn('bytes', f.types.bytes, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dataset_id', 'text', (c) => c.notNull().references('datasets.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().references('blobs.sha256'))
    .addColumn('provenance', f.types.json, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sources_by_dataset_sha')
    .unique()
    .on('sources')
    .columns(['dataset_id', 'sha256'])
    .execute();
  await joinTable(
    db,
    'source_participants',
    ['source_id', 'sources'],
    ['participant_id', 'participants'],
  );
  await joinTable(db, 'case_sources', ['case_id', 'cases'], ['source_id', 'sources']);
}

/** A many-to-many table keyed on both columns, with an index for lookups from the second side. */
async function joinTable(
  db: Db,
  name: string,
  [a, aTable]: [string, string],
  [b, bTable]: [string, string],
): Promise<void> {
  await db.schema
    .createTable(name)
    .addColumn(a, 'text', (c) => c.notNull().references(`${aTable}.id`))
    .addColumn(b, 'text', (c) => c.notNull().references(`${bTable}.id`))
    .addPrimaryKeyConstraint(`${name}_pk`, [a, b] as never)
    .execute();
  await db.schema.createIndex(`${name}_by_${b}`).on(name).column(b).execute();
}

async function textTables(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('text_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('text_versions.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('length_utf16', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('text_versions_source_number', ['source_id', 'number'])
    .execute();
  await db.schema
    .createTable('structures')
    .addColumn('text_version_id', 'text', (c) => c.primaryKey().references('text_versions.id'))
    .addColumn('structure', f.types.json, (c) => c.notNull())
    .execute();
  await searchUnits(db, f);
}

async function searchUnits(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('search_units')
    .addColumn('id', f.types.serial, (c) => f.types.serialKey(c))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('text_version_id', 'text', (c) => c.notNull().references('text_versions.id'))
    .addColumn('unit_index', 'integer', (c) => c.notNull())
    .addColumn('start_utf16', 'integer', (c) => c.notNull())
    .addColumn('end_utf16', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('search_units_by_source')
    .on('search_units')
    .column('source_id')
    .execute();
  await f.fts.install(db);
}

async function codeTables(db: Db): Promise<void> {
  await db.schema
    .createTable('codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('codes.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('colour', 'text', (c) => c.notNull())
    .addColumn('codable', 'integer', (c) => c.notNull().check(sql`codable IN (0, 1)`))
    .addColumn('dataset_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

/** Columns (no JSON) read most often by code, then by source. */
const CODING_READ_KEY = ['code_id', 'source_id', 'start_utf16'];

/**
 * Plain columns (no JSON) so retrieval reads narrow rows. The table is ordered by code where the
 * engine allows it (see `ClusteredKey`), so a code's codings are read as one range.
 */
async function codingTable(db: Db, f: EngineFeatures): Promise<void> {
  const table = db.schema
    .createTable('codings')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code_id', 'text', (c) => c.notNull().references('codes.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('text_version_id', 'text', (c) => c.notNull().references('text_versions.id'))
    .addColumn('coder', 'text', (c) => c.notNull())
    .addColumn('start_utf16', 'integer', (c) => c.notNull())
    .addColumn('end_utf16', 'integer', (c) => c.notNull())
    .addColumn('exact', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('suffix', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('exact', 'fuzzy', 'orphaned')`),
    )
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull());
  await f.clusteredKey.primaryKey(table, 'codings_pk', CODING_READ_KEY).execute();
  await f.clusteredKey.otherIndex(db, 'codings', CODING_READ_KEY);
  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('codings').columns(columns).execute();
  await index('codings_by_source', ['source_id', 'start_utf16']);
  await index('codings_by_status', ['status']);
}

async function memoTable(db: Db): Promise<void> {
  await db.schema
    .createTable('memos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('memos_by_target')
    .on('memos')
    .columns(['target_kind', 'target_id'])
    .execute();
}

/** The audit trail: rows are only ever inserted (enforced by the engine's append-only guard). */
async function eventTable(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('seq', f.types.serial, (c) => f.types.serialKey(c))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', f.types.json)
    .addColumn('after', f.types.json)
    .execute();
  await db.schema.createIndex('events_by_entity').on('events').column('entity_id').execute();
  await f.appendOnly.install(db, 'events');
}

export async function createInitialTables(db: Db, f: EngineFeatures): Promise<void> {
  await registerTables(db);
  await peopleAndCases(db, f);
  await sourceTables(db, f);
  await textTables(db, f);
  await codeTables(db);
  await codingTable(db, f);
  await memoTable(db);
  await eventTable(db, f);
}
