/**
 * SQLite span reader for co-occurrence. Handing rows to JavaScript costs about a microsecond each
 * in better-sqlite3 whatever they hold, so SQLite packs one code's codings into a single blob
 * instead: per coding the text version's rowid, start and end as three big-endian 32-bit integers
 * (`printf('%08X…')` then `unhex`, SQLite ≥ 3.41), read from the code's range of the
 * primary key (codings are clustered by code). Measured on 1M codings (docs/queries.md): about a
 * third of the time of iterating raw integer rows, and a fifth of reading id strings.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { CodingSpanReader, SpanFilter, SpanSink } from './dialect-features.js';

/** Bytes per coding in the blob: version rowid, start, end. */
const STRIDE = 12;

function spanQuery(filter: SpanFilter): string {
  return (
    "SELECT unhex(group_concat(printf('%08X%08X%08X', v.rowid, c.start_utf16, c.end_utf16), ''))" +
    ' FROM codings c JOIN text_versions v ON v.id = c.text_version_id WHERE c.code_id = ?' +
    (filter.coder !== undefined ? ' AND c.coder = ?' : '')
  );
}

function idsByRowid(database: BetterSqlite3.Database, table: 'codes' | 'text_versions') {
  const rows = database.prepare(`SELECT rowid, id FROM ${table}`).raw().all() as [number, string][];
  return new Map(rows);
}

/** Unpacks one code's blob (NULL when the code has no codings) into the sink. */
function unpack(blob: Buffer | null, code: number, sink: SpanSink): void {
  if (blob === null) return;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  for (let at = 0; at < blob.byteLength; at += STRIDE) {
    sink(view.getInt32(at), code, view.getInt32(at + 4), view.getInt32(at + 8));
  }
}

/** One read transaction, so the spans and the rowid → id maps come from the same snapshot. */
function readSync(database: BetterSqlite3.Database, filter: SpanFilter, sink: SpanSink) {
  return database.transaction(() => {
    const codeIds = idsByRowid(database, 'codes');
    const wanted = filter.codeIds === undefined ? undefined : new Set(filter.codeIds);
    const statement = database.prepare(spanQuery(filter)).pluck();
    for (const [rowid, id] of codeIds) {
      if (wanted !== undefined && !wanted.has(id)) continue;
      const args = filter.coder === undefined ? [id] : [id, filter.coder];
      unpack(statement.get(...args) as Buffer | null, rowid, sink);
    }
    return { versionIds: idsByRowid(database, 'text_versions'), codeIds };
  })();
}

export function sqliteSpanReader(database: BetterSqlite3.Database): CodingSpanReader {
  return {
    // Through Kysely's connection: it waits for any transaction Kysely has open on it to end.
    read: (db, filter, sink) =>
      db.connection().execute(async () => readSync(database, filter, sink)),
  };
}
