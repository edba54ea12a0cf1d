/**
 * Migration 0006: the review of de-identification detections, the study's de-identification
 * settings, and the one sanctioned way to rewrite audit events (redaction by `deid.apply`).
 *
 * Detections hold offsets, type and score but never the identifier's text: after `apply` the
 * table must not be a list of the identities the study removed (docs/deid.md).
 */
import { sql, type Kysely } from 'kysely';
import { APPEND_ONLY_MESSAGE, type EngineFeatures } from '../engine/dialect-features.js';

type Db = Kysely<unknown>;

async function detectionTable(db: Db): Promise<void> {
  await db.schema
    .createTable('deid_detections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('text_version_id', 'text', (c) => c.notNull().references('text_versions.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('start_utf16', 'integer', (c) => c.notNull())
    .addColumn('end_utf16', 'integer', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('recognizer', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin IN ('detector', 'reviewer')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('suggested', 'accepted', 'rejected', 'applied')`),
    )
    .addColumn('reviewer', 'text')
    .addColumn('reviewed_at', 'text')
    .addCheckConstraint('deid_detections_span', sql`start_utf16 >= 0 AND end_utf16 > start_utf16`)
    .execute();
  await db.schema
    .createIndex('deid_detections_by_source')
    .on('deid_detections')
    .columns(['source_id', 'start_utf16'])
    .execute();
  // Reads go by text version (the current one of each source): list, counts, apply.
  await db.schema
    .createIndex('deid_detections_by_version')
    .on('deid_detections')
    .columns(['text_version_id', 'start_utf16'])
    .execute();
  await db.schema
    .createIndex('deid_detections_by_status')
    .on('deid_detections')
    .columns(['status', 'type'])
    .execute();
}

async function settingsTable(db: Db, f: EngineFeatures): Promise<void> {
  await db.schema
    .createTable('deid_settings')
    .addColumn('singleton', 'integer', (c) => c.primaryKey().check(sql`singleton = 1`))
    .addColumn('settings', f.types.json, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}

/**
 * A row exists here only inside an apply transaction (inserted and deleted before commit). While
 * it exists, an UPDATE of an event may change its `before`/`after` payloads, nothing else; DELETE
 * and TRUNCATE stay refused. Outside apply the events table is as append-only as before.
 */
async function redactionPermit(db: Db): Promise<void> {
  await db.schema
    .createTable('deid_redaction_permit')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .execute();
}

const REFUSE = sql.lit(APPEND_ONLY_MESSAGE);

async function sqliteEventGuard(db: Db): Promise<void> {
  await sql`DROP TRIGGER events_no_update`.execute(db);
  await sql`CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    WHEN NOT EXISTS (SELECT 1 FROM deid_redaction_permit)
      OR new.seq IS NOT old.seq OR new.at IS NOT old.at OR new.actor IS NOT old.actor
      OR new.action IS NOT old.action OR new.entity_type IS NOT old.entity_type
      OR new.entity_id IS NOT old.entity_id
    BEGIN SELECT RAISE(ABORT, ${REFUSE}); END`.execute(db);
}

async function postgresEventGuard(db: Db): Promise<void> {
  await sql`CREATE FUNCTION liaison_refuse_event_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM deid_redaction_permit)
        OR (NEW.seq, NEW.at, NEW.actor, NEW.action, NEW.entity_type, NEW.entity_id)
          IS DISTINCT FROM (OLD.seq, OLD.at, OLD.actor, OLD.action, OLD.entity_type, OLD.entity_id)
      THEN RAISE EXCEPTION ${REFUSE}; END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`DROP TRIGGER events_append_only ON events`.execute(db);
  await sql`CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION liaison_refuse_change()`.execute(db);
  await sql`CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION liaison_refuse_event_update()`.execute(db);
}

export async function createDeidReviewTables(db: Db, f: EngineFeatures): Promise<void> {
  await detectionTable(db);
  await settingsTable(db, f);
  await redactionPermit(db);
  if (f.engine === 'sqlite') await sqliteEventGuard(db);
  else await postgresEventGuard(db);
}
