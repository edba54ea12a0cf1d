/**
 * Migration 0002: police-log analysis. A study's lexicon versions (history kept; the newest is
 * current, the product's default applies until one is saved), the stored analysis of each text
 * version, and the researcher corrections in force per source. Every change to these tables is
 * also an event (the audit trail); `log_corrections` holds only the current state for fast reads.
 */
import type { Kysely } from 'kysely';
import type { EngineFeatures } from '../engine/dialect-features.js';

type Db = Kysely<unknown>;

async function lexiconVersions(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('lexicon_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // Unique: a stored analysis names its lexicon by this string, so it must pick one version.
    .addColumn('version', 'text', (c) => c.notNull().unique())
    .addColumn('lexicon', f.types.json, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
}

async function logAnalyses(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('log_analyses')
    .addColumn('text_version_id', 'text', (c) => c.primaryKey().references('text_versions.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('lexicon_version', 'text', (c) => c.notNull())
    .addColumn('analysis', f.types.json, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('log_analyses_by_source')
    .on('log_analyses')
    .column('source_id')
    .execute();
}

/** `target` keys one corrected thing: `entry:3`, `turning_point:5:escalation` or `continuum`. */
async function logCorrections(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('log_corrections')
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('correction', f.types.json, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('log_corrections_pk', ['source_id', 'target'] as never)
    .execute();
}

export async function createLogAnalysisTables(db: Db, f: EngineFeatures): Promise<void> {
  await lexiconVersions(db, f);
  await logAnalyses(db, f);
  await logCorrections(db, f);
}
