/**
 * Migration 0003: the codebook with history. Codes gain inclusion and exclusion notes, examples,
 * and retirement (a retired code is kept so old codings and events still name it, but is no
 * longer applied); `merged_into` names the code a merged one now lives on as. `coding_rounds`
 * holds named snapshots of the codebook (optionally of one dataset's codes) together with the
 * event sequence number at snapshot time, so a round can be placed in the audit trail.
 */
import { sql, type Kysely } from 'kysely';
import type { EngineFeatures } from '../engine/dialect-features.js';

type Db = Kysely<unknown>;

async function codeColumns(db: Db, f: EngineFeatures): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
  const codes = () => db.schema.alterTable('codes');
  await codes()
    .addColumn('inclusion', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await codes()
    .addColumn('exclusion', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await codes()
    .addColumn('examples', f.types.json, (c) => c.notNull().defaultTo('[]'))
    .execute();
  await codes().addColumn('retired_at', 'text').execute();
  await codes()
    .addColumn('merged_into', 'text', (c) => c.references('codes.id'))
    .execute();
}

async function codingRounds(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('coding_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('dataset_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('event_seq', 'bigint', (c) => c.notNull().check(sql`event_seq >= 0`))
    .addColumn('codes', f.types.json, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
}

export async function createCodebookTables(db: Db, f: EngineFeatures): Promise<void> {
  await codeColumns(db, f);
  await codingRounds(db, f);
}
