/**
 * Migration 0007: the study's continuum scale (levels, labels, rules, rationales), versioned like
 * the lexicon: rows are never changed, the highest number is current, and until a study saves one
 * the product's `DEFAULT_CONTINUUM_SCALE` applies. A table of its own rather than a field of the
 * lexicon: the scale says how a log is placed, not which words mean what, so a study can change
 * one without re-versioning the other (docs/log-analysis.md).
 */
import type { Kysely } from 'kysely';
import type { EngineFeatures } from '../engine/dialect-features.js';

export async function createContinuumScaleTables(
  db: Kysely<unknown>,
  f: EngineFeatures,
): Promise<void> {
  await db.schema
    .createTable('continuum_scale_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    // Unique: each saved scale is named by its own version string in events and the API.
    .addColumn('version', 'text', (c) => c.notNull().unique())
    .addColumn('scale', f.types.json, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
}
