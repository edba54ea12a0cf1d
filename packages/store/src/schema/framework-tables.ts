/**
 * Migration 0005: framework matrices. The researcher's summary of each (case, theme) cell, one
 * row per cell holding the current text; every edit is also an event (the history).
 */
import type { Kysely } from 'kysely';

export async function createFrameworkTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('framework_summaries')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('code_id', 'text', (c) => c.notNull().references('codes.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('framework_summaries_pk', ['case_id', 'code_id'] as never)
    .execute();
}
