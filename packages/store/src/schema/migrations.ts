/**
 * In-code migrations, run by Kysely's `Migrator` when a study is created or opened. Names sort in
 * the order they run; a migration, once released, is never edited (add a new one instead).
 */
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { EngineFeatures } from '../engine/dialect-features.js';
import type { EngineHandle } from '../engine/engine-handle.js';
import { StoreError } from '../errors.js';
import { createCodebookTables } from './codebook-tables.js';
import { createContinuumScaleTables } from './continuum-scale-tables.js';
import { createDeidReviewTables } from './deid-review-tables.js';
import { createFrameworkTables } from './framework-tables.js';
import { createInitialTables } from './initial-tables.js';
import { createLogAnalysisTables } from './log-analysis-tables.js';
import { createCodingSettingsTables } from './coding-settings-tables.js';
import { createDisputeResolutionTables } from './dispute-resolution-tables.js';
import { createCodingPackTables } from './coding-pack-tables.js';
import { createLogReviewTables } from './log-review-tables.js';

function migrations(features: EngineFeatures): Record<string, Migration> {
  return {
    '0001_initial': { up: (db) => createInitialTables(db, features) },
    '0002_log_analysis': { up: (db) => createLogAnalysisTables(db, features) },
    '0003_codebook': { up: (db) => createCodebookTables(db, features) },
    '0004_coding_settings': { up: (db) => createCodingSettingsTables(db) },
    '0005_framework': { up: (db) => createFrameworkTables(db) },
    '0006_deid_review': { up: (db) => createDeidReviewTables(db, features) },
    '0007_continuum_scale': { up: (db) => createContinuumScaleTables(db, features) },
    '0008_dispute_resolutions': { up: (db) => createDisputeResolutionTables(db, features) },
    '0009_coding_packs': { up: (db) => createCodingPackTables(db, features) },
    '0010_log_reviews': { up: (db) => createLogReviewTables(db) },
  };
}

function provider(features: EngineFeatures): MigrationProvider {
  return { getMigrations: async () => migrations(features) };
}

/** Applies every pending migration, each in its own transaction. */
export async function migrateToLatest(handle: EngineHandle): Promise<void> {
  const { db, features, label, migrationSchema } = handle;
  const migrator = new Migrator({
    db,
    provider: provider(features),
    migrationTableSchema: migrationSchema,
  });
  const { error } = await migrator.migrateToLatest();
  if (error === undefined) return;
  throw new StoreError(
    'store.migration_failed',
    `Could not bring the study at ${label} up to date: ${String(error)}. ` +
      'If it was written by a newer Liaison, upgrade Liaison.',
    { cause: error },
  );
}
