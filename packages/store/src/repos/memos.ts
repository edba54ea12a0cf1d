import { MEMO_TARGETS, newId, type Memo, type MemoTargetKind } from '@liaison/core';
import type { StoreContext } from '../context.js';
import type { MemoInput, StudyStore } from '../contract.js';
import type { MemoTable } from '../schema/tables.js';
import { pickDefined, requireOneOf, requireText } from '../validate.js';
import { createEntity, updateEntity, type EntitySpec } from './entity.js';

const toMemo = (row: MemoTable): Memo => ({
  id: row.id,
  targetKind: row.target_kind as MemoTargetKind,
  targetId: row.target_id,
  author: row.author,
  title: row.title,
  body: row.body,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (m: Memo): MemoTable => ({
  id: m.id,
  target_kind: m.targetKind,
  target_id: m.targetId,
  author: m.author,
  title: m.title,
  body: m.body,
  created_at: m.createdAt,
  updated_at: m.updatedAt,
});

const spec: EntitySpec<Memo> = {
  kind: 'memo',
  label: (m) => `memo "${m.title}"`,
  load: async (db, id) => {
    const row = await db.selectFrom('memos').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toMemo(row);
  },
  insert: async (trx, m) => {
    await trx.insertInto('memos').values(toRow(m)).execute();
  },
  update: async (trx, m) => {
    await trx.updateTable('memos').set(toRow(m)).where('id', '=', m.id).execute();
  },
};

function newMemo(input: MemoInput, author: string, now: string): Memo {
  requireOneOf(input.targetKind, MEMO_TARGETS, 'Memo target kind');
  requireText(input.title, 'Memo title');
  return {
    id: newId(),
    targetKind: input.targetKind,
    targetId: input.targetKind === 'study' ? null : requireText(input.targetId, 'Memo target id'),
    author,
    title: input.title,
    body: input.body ?? '',
    createdAt: now,
    updatedAt: now,
  };
}

export function memosRepo(ctx: StoreContext): StudyStore['memos'] {
  return {
    list: async (filter = {}) => {
      let query = ctx.db.selectFrom('memos').selectAll().orderBy('created_at').orderBy('id');
      if (filter.targetKind !== undefined)
        query = query.where('target_kind', '=', filter.targetKind);
      if (filter.targetId === null) query = query.where('target_id', 'is', null);
      else if (filter.targetId !== undefined)
        query = query.where('target_id', '=', filter.targetId);
      return (await query.execute()).map(toMemo);
    },
    create: async (actor, input) =>
      createEntity(ctx, spec, actor, newMemo(input, actor, ctx.now())),
    update: (actor, id, patch) =>
      updateEntity(ctx, spec, actor, id, (before) => {
        const after = { ...before, ...pickDefined(patch, ['title', 'body'] as const) };
        requireText(after.title, 'Memo title');
        return { ...after, updatedAt: ctx.now() };
      }),
  };
}
