/**
 * Migration 0010: a researcher's mark that every entry of a police log's analysis has been
 * checked (docs/log-analysis.md, "Adapting the models to a study"). One row per source, naming
 * the text version that was reviewed: the mark counts only while that version is the source's
 * current one, since a new version (an edit, a de-identification) is a text nobody has checked.
 * Unmarking deletes the row; every mark and unmark is also an event, so the history is in the
 * audit trail.
 */
import type { Kysely } from 'kysely';

export async function createLogReviewTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('log_reviews')
    .addColumn('source_id', 'text', (c) => c.primaryKey().references('sources.id'))
    .addColumn('text_version_id', 'text', (c) => c.notNull().references('text_versions.id'))
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.notNull())
    .execute();
}
