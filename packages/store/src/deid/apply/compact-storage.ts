/**
 * After apply commits, the engines still hold the replaced values in freed pages (SQLite) or
 * dead row versions (PostgreSQL). Rewriting the storage drops them, so the identifiers are not
 * left in the study's files. Runs outside any transaction (neither VACUUM allows one).
 */
import { sql } from 'kysely';
import type { StoreContext } from '../../context.js';

export async function compactStorage(ctx: StoreContext): Promise<void> {
  if (ctx.features.engine === 'sqlite') {
    // https://sqlite.org/lang_vacuum.html: rebuilds the file without free pages; the checkpoint
    // then copies the WAL into it and truncates the WAL (https://sqlite.org/pragma.html).
    await sql`VACUUM`.execute(ctx.db);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(ctx.db);
    return;
  }
  // https://www.postgresql.org/docs/current/sql-vacuum.html: FULL writes a new copy of the table.
  // The server's write-ahead log and backups are outside the study (docs/deid.md).
  const { rows } = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables
    WHERE schemaname = current_schema() ORDER BY tablename`.execute(ctx.db);
  for (const { name } of rows) await sql`VACUUM FULL ${sql.table(name)}`.execute(ctx.db);
}
