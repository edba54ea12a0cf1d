import { newId, type Code, type Id } from '@liaison/core';
import type { Executor, StoreContext } from '../context.js';
import type { CodeInput, StudyStore } from '../contract.js';
import { StoreError } from '../errors.js';
import type { CodeTable } from '../schema/tables.js';
import { pickDefined, requireText } from '../validate.js';
import { createEntity, updateEntity, type EntitySpec } from './entity.js';

const FIELDS = ['name', 'parentId', 'definition', 'colour', 'codable', 'datasetId'] as const;

/** First colour of the category10 palette (d3-scale-chromatic schemeCategory10). */
const DEFAULT_COLOUR = '#1f77b4';

const toCode = (row: CodeTable): Code => ({
  id: row.id,
  parentId: row.parent_id,
  name: row.name,
  definition: row.definition,
  colour: row.colour,
  codable: row.codable === 1,
  datasetId: row.dataset_id,
  createdAt: row.created_at,
});

const toRow = (c: Code): CodeTable => ({
  id: c.id,
  parent_id: c.parentId,
  name: c.name,
  definition: c.definition,
  colour: c.colour,
  codable: c.codable ? 1 : 0,
  dataset_id: c.datasetId,
  created_at: c.createdAt,
});

const spec: EntitySpec<Code> = {
  kind: 'code',
  label: (c) => `code "${c.name}"`,
  load: async (db, id) => {
    const row = await db.selectFrom('codes').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toCode(row);
  },
  insert: async (trx, c) => {
    await trx.insertInto('codes').values(toRow(c)).execute();
  },
  update: async (trx, c) => {
    await trx.updateTable('codes').set(toRow(c)).where('id', '=', c.id).execute();
  },
};

/** Walks up from `parentId`; meeting `id` on the way means the move would make a cycle. */
async function refuseCycle(db: Executor, id: Id, parentId: Id | null): Promise<void> {
  for (let at = parentId; at !== null;) {
    if (at === id) {
      throw new StoreError('store.invalid_input', `Code ${id} cannot be moved under itself.`);
    }
    const row = await db
      .selectFrom('codes')
      .select('parent_id')
      .where('id', '=', at)
      .executeTakeFirst();
    at = row?.parent_id ?? null;
  }
}

function checked(c: Code): Code {
  requireText(c.name, 'Code name');
  requireText(c.colour, 'Code colour');
  return { ...c, codable: Boolean(c.codable) };
}

function newCode(input: CodeInput, createdAt: string): Code {
  return checked({
    id: newId(),
    parentId: input.parentId ?? null,
    name: input.name,
    definition: input.definition ?? '',
    colour: input.colour ?? DEFAULT_COLOUR,
    codable: input.codable ?? true,
    datasetId: input.datasetId ?? null,
    createdAt,
  });
}

export function codesRepo(ctx: StoreContext): StudyStore['codes'] {
  return {
    list: async () =>
      (await ctx.db.selectFrom('codes').selectAll().orderBy('name').orderBy('id').execute()).map(
        toCode,
      ),
    get: (id) => spec.load(ctx.db, id),
    create: async (actor, input) => createEntity(ctx, spec, actor, newCode(input, ctx.now())),
    update: (actor, id, patch) =>
      updateEntity(ctx, spec, actor, id, async (before, trx) => {
        const after = checked({ ...before, ...pickDefined(patch, FIELDS) });
        await refuseCycle(trx, id, after.parentId);
        return after;
      }),
  };
}
