/**
 * Scrubs the known identifiers out of every other text the study holds: memos, cases, stored
 * log analyses and corrections, codebook text, settings, and the audit events' payloads. The
 * tables are found by introspection, so a table added by a later migration is covered without
 * being listed here. JSON is decoded and walked (quote objects scrubbed as windows, see core's
 * `IdentifierScrubber.scrubWindow`), so escapes such as `\n` never hide a word boundary.
 *
 * Events are append-only; the `deid_redaction_permit` row this transaction holds lets it change
 * their `before`/`after` payloads and nothing else (migration 0006).
 */
import { newId, type IdentifierScrubber } from '@liaison/core';
import { sql, type Kysely } from 'kysely';
import type { StoreContext, Trx } from '../../context.js';

/**
 * Tables rewritten precisely elsewhere in apply, and vocabularies (lexicons, scales, detection
 * gazetteers) that hold words to look for rather than what was said about anyone: scrubbing a
 * place name out of a lexicon would only break the analysis.
 */
const HANDLED = new Set([
  'deid_settings',
  'lexicon_versions',
  'continuum_scale_versions',
  'text_versions',
  'structures',
  'codings',
  'search_units',
  'blobs',
  'deid_detections',
  'deid_redaction_permit',
  // Derived from codings (migration 0009): ids, coder names and offsets, no document text; apply
  // moving codings makes their packs stale, and the next query rebuilds them.
  'coding_packs',
  'coding_pack_gens',
]);

const isHandled = (name: string) =>
  HANDLED.has(name) || name.startsWith('search_units_') || name.startsWith('kysely_');

interface TextColumns {
  table: string;
  columns: { name: string; json: boolean }[];
  key: string | null;
}

function isTextType(dataType: string): 'text' | 'json' | null {
  const t = dataType.toLowerCase();
  if (t === 'json' || t === 'jsonb') return 'json';
  return t === 'text' || t.startsWith('varchar') ? 'text' : null;
}

async function studySchema(trx: Trx, engine: string): Promise<string | undefined> {
  if (engine !== 'postgres') return undefined;
  const { rows } = await sql<{ s: string }>`SELECT current_schema() AS s`.execute(trx);
  return rows[0]?.s;
}

async function textTables(ctx: StoreContext, trx: Trx): Promise<TextColumns[]> {
  const schema = await studySchema(trx, ctx.features.engine);
  const tables = await trx.introspection.getTables();
  return tables
    .filter((t) => !t.isView && (schema === undefined || t.schema === schema) && !isHandled(t.name))
    .map((t) => {
      const names = new Set(t.columns.map((c) => c.name));
      const columns = t.columns.flatMap((c) => {
        const kind = isTextType(c.dataType);
        return kind === null || c.isAutoIncrementing
          ? []
          : [{ name: c.name, json: kind === 'json' }];
      });
      const key = t.name === 'events' ? 'seq' : names.has('id') ? 'id' : null;
      return { table: t.name, columns, key };
    })
    .filter((t) => t.columns.length > 0);
}

/** A JSON value scrubbed, or the text scrubbed (SQLite stores JSON as text: try to decode it). */
function scrubValue(scrubber: IdentifierScrubber, raw: unknown, json: boolean): unknown {
  if (raw === null || raw === undefined) return raw;
  if (json && typeof raw !== 'string') return scrubber.scrubJson(raw);
  const text = String(raw);
  if (/^[[{]/.test(text)) {
    try {
      return JSON.stringify(scrubber.scrubJson(JSON.parse(text)));
    } catch {
      // Not JSON after all: scrub it as text.
    }
  }
  return scrubber.scrubString(text);
}

function same(a: unknown, b: unknown): boolean {
  return typeof a === 'string' ? a === b : JSON.stringify(a) === JSON.stringify(b);
}

async function scrubTable(
  ctx: StoreContext,
  trx: Trx,
  t: TextColumns,
  scrubber: IdentifierScrubber,
) {
  const db = trx as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const rows = await db.selectFrom(t.table).selectAll().execute();
  let changed = 0;
  for (const row of rows) {
    for (const column of t.columns) {
      const before = row[column.name];
      const after = scrubValue(scrubber, before, column.json);
      if (same(before, after)) continue;
      const value =
        column.json && typeof after !== 'string' ? ctx.features.json.encode(after) : after;
      let update = db.updateTable(t.table).set({ [column.name]: value });
      update =
        t.key !== null
          ? update.where(t.key, '=', row[t.key])
          : update.where(column.name, '=', column.json ? ctx.features.json.encode(before) : before);
      await update.execute();
      changed += 1;
    }
  }
  return changed;
}

/** Scrubs every other text column of the study; returns how many values changed. */
export async function scrubOtherTables(
  ctx: StoreContext,
  trx: Trx,
  scrubber: IdentifierScrubber,
): Promise<number> {
  if (scrubber.empty) return 0;
  const token = newId();
  await trx.insertInto('deid_redaction_permit').values({ token }).execute();
  let changed = 0;
  for (const table of await textTables(ctx, trx))
    changed += await scrubTable(ctx, trx, table, scrubber);
  await trx.deleteFrom('deid_redaction_permit').where('token', '=', token).execute();
  return changed;
}
