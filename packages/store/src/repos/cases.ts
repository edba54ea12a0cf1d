import { CASE_KINDS, newId, type Case, type CaseKind, type Id } from '@liaison/core';
import type { Executor, StoreContext, Trx } from '../context.js';
import type { CaseInput, StudyStore } from '../contract.js';
import type { CaseTable } from '../schema/tables.js';
import { pickDefined, requireAttributes, requireOneOf, requireText } from '../validate.js';
import { createEntity, updateEntity, type EntitySpec } from './entity.js';

const FIELDS = ['name', 'kind', 'description', 'attributes', 'sourceIds'] as const;

/** Above this many cases, read every link rather than bind one parameter per case. */
const MAX_IN_LIST = 500;

async function sourceIdsOf(db: Executor, caseIds: Id[]): Promise<Map<Id, Id[]>> {
  const byCase = new Map<Id, Id[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return byCase;
  let query = db.selectFrom('case_sources').selectAll().orderBy('source_id');
  if (caseIds.length <= MAX_IN_LIST) query = query.where('case_id', 'in', caseIds);
  const rows = await query.execute();
  for (const row of rows) byCase.get(row.case_id)?.push(row.source_id);
  return byCase;
}

async function withSources(ctx: StoreContext, db: Executor, rows: CaseTable[]): Promise<Case[]> {
  const sources = await sourceIdsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    kind: row.kind as CaseKind,
    attributes: ctx.features.json.decode(row.attributes) as Record<string, string>,
    sourceIds: sources.get(row.id) ?? [],
  }));
}

function toRow(ctx: StoreContext, c: Case): CaseTable {
  const { sourceIds: _sourceIds, attributes, ...rest } = c;
  return { ...rest, attributes: ctx.features.json.encode(attributes) };
}

/** Replaces the case's source links; unknown source ids fail on the foreign key. */
async function writeSources(trx: Trx, c: Case): Promise<void> {
  await trx.deleteFrom('case_sources').where('case_id', '=', c.id).execute();
  if (c.sourceIds.length === 0) return;
  const values = c.sourceIds.map((source_id) => ({ case_id: c.id, source_id }));
  await trx.insertInto('case_sources').values(values).execute();
}

function spec(ctx: StoreContext): EntitySpec<Case> {
  return {
    kind: 'case',
    label: (c) => `case "${c.name}"`,
    load: async (db, id) => {
      const rows = await db.selectFrom('cases').selectAll().where('id', '=', id).execute();
      return (await withSources(ctx, db, rows))[0];
    },
    insert: async (trx, c) => {
      await trx.insertInto('cases').values(toRow(ctx, c)).execute();
      await writeSources(trx, c);
    },
    update: async (trx, c) => {
      await trx.updateTable('cases').set(toRow(ctx, c)).where('id', '=', c.id).execute();
      await writeSources(trx, c);
    },
  };
}

function checked(c: Case): Case {
  requireText(c.name, 'Case name');
  requireOneOf(c.kind, CASE_KINDS, 'Case kind');
  const sourceIds = [...new Set(c.sourceIds)];
  return { ...c, sourceIds, attributes: requireAttributes(c.attributes, 'Case attributes') };
}

function newCase(input: CaseInput): Case {
  return checked({
    id: newId(),
    name: input.name,
    kind: input.kind,
    description: input.description ?? '',
    attributes: input.attributes ?? {},
    sourceIds: input.sourceIds ?? [],
  });
}

export function casesRepo(ctx: StoreContext): StudyStore['cases'] {
  const s = spec(ctx);
  return {
    list: async () =>
      withSources(
        ctx,
        ctx.db,
        await ctx.db.selectFrom('cases').selectAll().orderBy('name').execute(),
      ),
    get: (id) => s.load(ctx.db, id),
    create: async (actor, input) => createEntity(ctx, s, actor, newCase(input)),
    update: (actor, id, patch) =>
      updateEntity(ctx, s, actor, id, (b) => checked({ ...b, ...pickDefined(patch, FIELDS) })),
  };
}
