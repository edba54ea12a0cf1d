/**
 * PostgreSQL parts of the co-occurrence packs. Triggers keep them honest (migration 0009, docs/queries.md):
 * every INSERT, UPDATE and DELETE on `codings` bumps the affected text versions' generation in
 * `coding_pack_gens`, inside the writing statement's transaction; a change to a version's
 * structure (its units) bumps a generation that exists. Statement-level triggers with transition
 * tables (PostgreSQL ≥ 10, https://www.postgresql.org/docs/current/sql-createtrigger.html) bump
 * each version once per statement, so a bulk insert of a million codings costs one upsert per
 * text version rather than one per coding. (A transition table cannot be combined with a column
 * list, so any UPDATE bumps; SQLite's row triggers skip updates of unpacked columns.)
 */
import { sql, type Kysely } from 'kysely';
import type { Bytes } from '../schema/tables.js';
import type { CodingPackSupport } from './dialect-features.js';

/**
 * The upsert locks the version's generation row until the writer commits, so writers of one
 * version queue there (the query side only reads it and never waits). Rows are taken in id order
 * so two statements lock shared versions in the same order; two transactions that each change
 * several shared versions in separate statements, in opposite orders, can still deadlock, and
 * PostgreSQL then aborts one of them (docs/queries.md).
 */
const BUMP = `INSERT INTO coding_pack_gens (text_version_id, gen)
    SELECT DISTINCT text_version_id, 1 FROM changed ORDER BY text_version_id
    ON CONFLICT (text_version_id) DO UPDATE SET gen = coding_pack_gens.gen + 1`;

const BUMP_IF_ANY = `UPDATE coding_pack_gens SET gen = gen + 1
    WHERE text_version_id IN (SELECT text_version_id FROM changed)`;

const ROWS = {
  new: 'SELECT text_version_id FROM new_rows',
  old: 'SELECT text_version_id FROM old_rows',
  both: 'SELECT text_version_id FROM old_rows UNION SELECT text_version_id FROM new_rows',
} as const;

const REFERENCING = {
  INSERT: ['NEW TABLE AS new_rows', 'new'],
  DELETE: ['OLD TABLE AS old_rows', 'old'],
  UPDATE: ['OLD TABLE AS old_rows NEW TABLE AS new_rows', 'both'],
} as const;

async function triggers(db: Kysely<unknown>, table: string, bump: string): Promise<void> {
  for (const [op, [tables, rows]] of Object.entries(REFERENCING)) {
    const fn = `liaison_packs_${table}_${op.toLowerCase()}`;
    const body = `BEGIN WITH changed AS (${ROWS[rows]}) ${bump}; RETURN NULL; END`;
    await sql`CREATE FUNCTION ${sql.id(fn)}() RETURNS trigger
      LANGUAGE plpgsql AS ${sql.lit(body)}`.execute(db);
    await sql`CREATE TRIGGER ${sql.id(`${fn}_trigger`)} AFTER ${sql.raw(op)} ON ${sql.id(table)}
      REFERENCING ${sql.raw(tables)} FOR EACH STATEMENT EXECUTE FUNCTION ${sql.id(fn)}()`.execute(
      db,
    );
  }
}

async function install(db: Kysely<unknown>): Promise<void> {
  // Packs over 2 kB would be TOAST-compressed (pglz) by default; EXTERNAL stores them out of line
  // but uncompressed, which measured a third faster to read back (docs/queries.md).
  for (const column of ['spans', 'units']) {
    await sql`ALTER TABLE coding_packs ALTER COLUMN ${sql.id(column)} SET STORAGE EXTERNAL`.execute(
      db,
    );
  }
  await triggers(db, 'codings', BUMP);
  await triggers(db, 'structures', BUMP_IF_ANY);
}

/** `int4send` gives an int4's big-endian bytes; `string_agg` concatenates bytea. */
const spanPairs = () =>
  sql<Bytes>`string_agg(int4send(c.start_utf16) || int4send(c.end_utf16), ''::bytea)`;

export const postgresPacks: CodingPackSupport = { install, spanPairs };
