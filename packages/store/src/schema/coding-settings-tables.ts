/**
 * Migration 0004: the study's coding settings for blind coding (docs/coding.md). One row at
 * most (a check constraint keeps `singleton` at 1); a study without the row uses the defaults
 * (blind off, no lead, not revealed). Every change is also an event, so the row holds only the
 * current state.
 */
import { sql, type Kysely } from 'kysely';

export async function createCodingSettingsTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coding_settings')
    .addColumn('singleton', 'integer', (c) => c.primaryKey())
    // 0 or 1: better-sqlite3 cannot bind booleans, so both engines store an integer.
    .addColumn('blind', 'integer', (c) => c.notNull())
    .addColumn('lead', 'text')
    .addColumn('revealed', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addCheckConstraint('coding_settings_one_row', sql`singleton = 1`)
    .execute();
}
