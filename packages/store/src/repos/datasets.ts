import { DATASET_KINDS, newId, type Dataset, type DatasetKind } from '@liaison/core';
import type { Executor, StoreContext } from '../context.js';
import type { DatasetInput, StudyStore } from '../contract.js';
import type { DatasetTable } from '../schema/tables.js';
import { pickDefined, requireOneOf, requireText } from '../validate.js';
import { createEntity, updateEntity, type EntitySpec } from './entity.js';

const FIELDS = ['name', 'kind', 'description'] as const;

/** Kinds were checked on the way in. */
const toDataset = (row: DatasetTable): Dataset => ({ ...row, kind: row.kind as DatasetKind });

export const datasetSpec: EntitySpec<Dataset> = {
  kind: 'dataset',
  label: (d) => `dataset "${d.name}"`,
  load: async (db, id) => {
    const row = await db.selectFrom('datasets').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toDataset(row);
  },
  insert: async (trx, dataset) => {
    await trx.insertInto('datasets').values(dataset).execute();
  },
  update: async (trx, dataset) => {
    await trx.updateTable('datasets').set(dataset).where('id', '=', dataset.id).execute();
  },
};

function checked(dataset: Dataset): Dataset {
  requireText(dataset.name, 'Dataset name');
  requireOneOf(dataset.kind, DATASET_KINDS, 'Dataset kind');
  return dataset;
}

export function newDataset(input: DatasetInput): Dataset {
  const { name, kind } = input;
  return checked({ id: newId(), name, kind, description: input.description ?? '' });
}

export async function datasetByName(db: Executor, name: string): Promise<Dataset | undefined> {
  const row = await db
    .selectFrom('datasets')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
  return row && toDataset(row);
}

export function datasetsRepo(ctx: StoreContext): StudyStore['datasets'] {
  return {
    list: async () =>
      (await ctx.db.selectFrom('datasets').selectAll().orderBy('name').execute()).map(toDataset),
    get: (id) => datasetSpec.load(ctx.db, id),
    create: async (actor, input) => createEntity(ctx, datasetSpec, actor, newDataset(input)),
    update: (actor, id, patch) =>
      updateEntity(ctx, datasetSpec, actor, id, (b) =>
        checked({ ...b, ...pickDefined(patch, FIELDS) }),
      ),
  };
}
