/** Reading text versions and their parsed structure. */
import type { Id, Structure, TextVersion, TextVersionReason } from '@liaison/core';
import type { Executor, StoreContext } from '../context.js';
import { notFound } from '../errors.js';
import type { TextVersionTable } from '../schema/tables.js';

export function toTextVersion(row: TextVersionTable): TextVersion {
  return {
    id: row.id,
    sourceId: row.source_id,
    number: row.number,
    parentId: row.parent_id,
    reason: row.reason as TextVersionReason,
    text: row.text,
    lengthUtf16: row.length_utf16,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function toTextVersionRow(v: TextVersion): TextVersionTable {
  return {
    id: v.id,
    source_id: v.sourceId,
    number: v.number,
    parent_id: v.parentId,
    reason: v.reason,
    text: v.text,
    length_utf16: v.lengthUtf16,
    created_at: v.createdAt,
    created_by: v.createdBy,
  };
}

/** The highest-numbered version of a source; store.not_found when the source has none. */
export async function currentVersion(db: Executor, sourceId: Id): Promise<TextVersion> {
  const row = await db
    .selectFrom('text_versions')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row === undefined) throw notFound('source', sourceId);
  return toTextVersion(row);
}

async function versions(db: Executor, sourceId: Id): Promise<Omit<TextVersion, 'text'>[]> {
  const rows = await db
    .selectFrom('text_versions')
    .select([
      'id',
      'source_id',
      'number',
      'parent_id',
      'reason',
      'length_utf16',
      'created_at',
      'created_by',
    ])
    .where('source_id', '=', sourceId)
    .orderBy('number')
    .execute();
  return rows.map((row) => {
    const { text: _text, ...rest } = toTextVersion({ ...row, text: '' });
    return rest;
  });
}

async function structure(ctx: StoreContext, textVersionId: Id): Promise<Structure> {
  const row = await ctx.db
    .selectFrom('structures')
    .select('structure')
    .where('text_version_id', '=', textVersionId)
    .executeTakeFirst();
  if (row === undefined) throw notFound('text version', textVersionId);
  return ctx.features.json.decode(row.structure) as Structure;
}

export function textReads(ctx: StoreContext) {
  return {
    current: (sourceId: Id) => currentVersion(ctx.db, sourceId),
    versions: (sourceId: Id) => versions(ctx.db, sourceId),
    get: async (id: Id) => {
      const row = await ctx.db
        .selectFrom('text_versions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toTextVersion(row);
    },
    structure: (id: Id) => structure(ctx, id),
  };
}
