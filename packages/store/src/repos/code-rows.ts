/** Code rows and `Code` values, and the reads the codebook operations share. */
import type { Code, Id } from '@liaison/core';
import type { Executor, StoreContext } from '../context.js';
import { notFound, StoreError } from '../errors.js';
import type { CodeTable } from '../schema/tables.js';

export function toCode(ctx: StoreContext, row: CodeTable): Code {
  const examples = ctx.features.json.decode(row.examples);
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    definition: row.definition,
    inclusion: row.inclusion,
    exclusion: row.exclusion,
    examples: Array.isArray(examples) ? examples.map(String) : [],
    colour: row.colour,
    codable: row.codable === 1,
    datasetId: row.dataset_id,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
    mergedInto: row.merged_into,
  };
}

export function toCodeRow(ctx: StoreContext, c: Code): CodeTable {
  return {
    id: c.id,
    parent_id: c.parentId,
    name: c.name,
    definition: c.definition,
    inclusion: c.inclusion,
    exclusion: c.exclusion,
    examples: ctx.features.json.encode(c.examples),
    colour: c.colour,
    codable: c.codable ? 1 : 0,
    dataset_id: c.datasetId,
    created_at: c.createdAt,
    retired_at: c.retiredAt,
    merged_into: c.mergedInto,
  };
}

export async function loadCode(ctx: StoreContext, db: Executor, id: Id): Promise<Code | undefined> {
  const row = await db.selectFrom('codes').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCode(ctx, row);
}

export async function requireCode(ctx: StoreContext, db: Executor, id: Id): Promise<Code> {
  const code = await loadCode(ctx, db, id);
  if (code === undefined) throw notFound('code', id);
  return code;
}

/**
 * Refuses new codings on retired (or merged) codes: they are kept for history only
 * (docs/codebook.md). Checks each distinct code once, so a large batch costs one query.
 */
export async function refuseRetiredCodes(db: Executor, codeIds: Id[]): Promise<void> {
  const ids = [...new Set(codeIds)];
  if (ids.length === 0) return;
  const retired = await db
    .selectFrom('codes')
    .select('name')
    .where('id', 'in', ids)
    .where('retired_at', 'is not', null)
    .executeTakeFirst();
  if (retired === undefined) return;
  throw new StoreError(
    'store.conflict',
    `Code "${retired.name}" is retired and can no longer be applied; use the code that replaced it.`,
  );
}
