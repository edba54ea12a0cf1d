/**
 * Migration 0009: a derived, database-maintained copy of each text version's codings packed for
 * the co-occurrence query (docs/queries.md, "how fast"). `coding_pack_gens` holds one generation
 * number per text version that has ever had codings; the engine's triggers bump it in the same
 * transaction as any change to that version's codings (or to its structure, which gives the
 * units of the same-unit mode). `coding_packs` holds the version's codings and unit spans packed
 * into blobs and the generation it was built from: a pack whose generation is behind
 * is stale and is rebuilt by the next query. Rows of either table are never deleted (a version
 * whose codings are all removed keeps an empty pack), so generations only grow.
 */
import { sql, type Kysely } from 'kysely';
import type { EngineFeatures } from '../engine/dialect-features.js';

export async function createCodingPackTables(db: Kysely<unknown>, f: EngineFeatures) {
  await db.schema
    .createTable('coding_pack_gens')
    .addColumn('text_version_id', 'text', (c) => c.primaryKey())
    .addColumn('gen', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('coding_packs')
    .addColumn('text_version_id', 'text', (c) => c.primaryKey())
    .addColumn('gen', 'bigint', (c) => c.notNull())
    // JSON arrays (as text) of the distinct code ids and coders the blob's indexes refer to.
    .addColumn('code_ids', 'text', (c) => c.notNull())
    .addColumn('coders', 'text', (c) => c.notNull())
    .addColumn('spans', f.types.bytes, (c) => c.notNull())
    // The version's units (log entries, turns, sections) for the same-unit mode, from its structure.
    .addColumn('units', f.types.bytes, (c) => c.notNull())
    .execute();
  await f.packs.install(db);
  // Existing codings: every version that has some starts stale (its pack is built on first query).
  await sql`INSERT INTO coding_pack_gens (text_version_id, gen)
    SELECT DISTINCT text_version_id, 1 FROM codings`.execute(db);
}
