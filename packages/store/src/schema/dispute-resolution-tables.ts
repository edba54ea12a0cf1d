/**
 * Migration 0008: resolutions of disputed spans from the disagreement review (docs/agreement.md).
 * A dispute is not stored (it is recomputed from the codings); its resolution is, keyed by the
 * text version, the span (UTF-16 offsets) and the coders compared, so recomputing finds it again.
 * Resolving the same dispute again replaces the row; every resolution is also an event, so the
 * history is in the audit trail.
 */
import type { Kysely } from 'kysely';
import type { EngineFeatures } from '../engine/dialect-features.js';

export async function createDisputeResolutionTables(
  db: Kysely<unknown>,
  f: EngineFeatures,
): Promise<void> {
  await db.schema
    .createTable('dispute_resolutions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('text_version_id', 'text', (c) => c.notNull().references('text_versions.id'))
    .addColumn('start_utf16', 'integer', (c) => c.notNull())
    .addColumn('end_utf16', 'integer', (c) => c.notNull())
    // The compared coders joined by commas in the order given (coder names hold no comma).
    .addColumn('coders', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('code_ids', f.types.json, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('coding_ids', f.types.json, (c) => c.notNull())
    .addColumn('resolved_by', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('dispute_resolutions_key', [
      'text_version_id',
      'start_utf16',
      'end_utf16',
      'coders',
    ])
    .execute();
}
