/**
 * SQLite parts of the co-occurrence packs. Triggers keep them honest (migration 0009, docs/queries.md):
 * every INSERT, DELETE, and UPDATE of a column a pack holds on `codings` bumps the affected text
 * versions' generation in `coding_pack_gens`, inside the writing statement's transaction, so no
 * write path can change codings without the pack being seen as stale. A change to a version's
 * structure (its units) bumps a generation that exists. SQLite has only row-level triggers; each
 * upsert touches one row of a table of one row per text version.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Bytes } from '../schema/tables.js';
import type { CodingPackSupport } from './dialect-features.js';

/** UPSERT inside a trigger: https://sqlite.org/lang_upsert.html (SQLite ≥ 3.24). */
function bump(row: 'NEW' | 'OLD'): RawBuilder<unknown> {
  return sql`INSERT INTO coding_pack_gens (text_version_id, gen)
    VALUES (${sql.raw(row)}.text_version_id, 1)
    ON CONFLICT (text_version_id) DO UPDATE SET gen = gen + 1;`;
}

/** Versions without codings have no generation row and need none. */
function bumpIfAny(row: 'NEW' | 'OLD'): RawBuilder<unknown> {
  return sql`UPDATE coding_pack_gens SET gen = gen + 1
    WHERE text_version_id = ${sql.raw(row)}.text_version_id;`;
}

/** Columns a pack holds (or locates it by); other columns (quote, status, score) leave it current. */
const PACKED = sql.raw('code_id, text_version_id, coder, start_utf16, end_utf16');

async function install(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TRIGGER coding_packs_ai AFTER INSERT ON codings
    BEGIN ${bump('NEW')} END`.execute(db);
  await sql`CREATE TRIGGER coding_packs_ad AFTER DELETE ON codings
    BEGIN ${bump('OLD')} END`.execute(db);
  await sql`CREATE TRIGGER coding_packs_au AFTER UPDATE OF ${PACKED} ON codings
    BEGIN ${bump('OLD')} ${bump('NEW')} END`.execute(db);
  await sql`CREATE TRIGGER coding_packs_structure_ai AFTER INSERT ON structures
    BEGIN ${bumpIfAny('NEW')} END`.execute(db);
  await sql`CREATE TRIGGER coding_packs_structure_au AFTER UPDATE ON structures
    BEGIN ${bumpIfAny('OLD')} ${bumpIfAny('NEW')} END`.execute(db);
  await sql`CREATE TRIGGER coding_packs_structure_ad AFTER DELETE ON structures
    BEGIN ${bumpIfAny('OLD')} END`.execute(db);
}

/**
 * Hex text per pair, joined, then decoded once (`unhex`, SQLite ≥ 3.41): SQLite has no integer to
 * blob function, and handing rows to JavaScript costs about a microsecond each in better-sqlite3
 * whatever they hold. Offsets are never negative, so `%08X` is always eight digits.
 */
const spanPairs = () =>
  sql<Bytes>`unhex(group_concat(printf('%08X%08X', c.start_utf16, c.end_utf16), ''))`;

export const sqlitePacks: CodingPackSupport = { install, spanPairs };
