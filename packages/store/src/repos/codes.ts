import type { Actor, Code, Id } from '@liaison/core';
import { mutate, type StoreContext } from '../context.js';
import type { CodebookChangeOptions, CodeInput, StudyStore } from '../contract.js';
import { StoreError } from '../errors.js';
import { pickDefined } from '../validate.js';
import { changeCode, recordCodeChange, refuseCycle } from './code-changes.js';
import { mergeCodes, splitCode } from './code-merge-split.js';
import { loadCode, toCode, toCodeRow } from './code-rows.js';
import { newCode } from './new-code.js';

const FIELDS = [
  'name',
  'parentId',
  'definition',
  'inclusion',
  'exclusion',
  'examples',
  'colour',
  'codable',
  'datasetId',
] as const;

function create(
  ctx: StoreContext,
  actor: Actor,
  input: CodeInput,
  options?: CodebookChangeOptions,
): Promise<Code> {
  return mutate(ctx, `Could not create code "${input.name}"`, async (trx) => {
    const code = newCode(input, ctx.now());
    await trx.insertInto('codes').values(toCodeRow(ctx, code)).execute();
    await recordCodeChange(ctx, trx, actor, { verb: 'create', before: null, after: code }, options);
    return code;
  });
}

async function codingCounts(ctx: StoreContext): Promise<Record<Id, number>> {
  const rows = await ctx.db
    .selectFrom('codings')
    .select((eb) => ['code_id', eb.fn.countAll<number | string>().as('n')])
    .groupBy('code_id')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.code_id, Number(row.n)]));
}

function retire(ctx: StoreContext, actor: Actor, id: Id, options?: CodebookChangeOptions) {
  return changeCode(ctx, actor, id, 'retire', options, (before) => {
    if (before.retiredAt !== null) {
      throw new StoreError('store.conflict', `Code "${before.name}" is already retired.`);
    }
    return { ...before, retiredAt: ctx.now() };
  });
}

export function codesRepo(ctx: StoreContext): StudyStore['codes'] {
  return {
    list: async () =>
      (await ctx.db.selectFrom('codes').selectAll().orderBy('name').orderBy('id').execute()).map(
        (row) => toCode(ctx, row),
      ),
    get: (id) => loadCode(ctx, ctx.db, id),
    codingCounts: () => codingCounts(ctx),
    create: (actor, input, options) => create(ctx, actor, input, options),
    update: (actor, id, patch, options) =>
      changeCode(ctx, actor, id, 'update', options, async (before, trx) => {
        const after = { ...before, ...pickDefined(patch, FIELDS) };
        await refuseCycle(trx, id, after.parentId);
        return after;
      }),
    rename: (actor, id, name, options) =>
      changeCode(ctx, actor, id, 'rename', options, (before) => ({ ...before, name })),
    move: (actor, id, parentId, options) =>
      changeCode(ctx, actor, id, 'move', options, async (before, trx) => {
        await refuseCycle(trx, id, parentId);
        return { ...before, parentId };
      }),
    merge: (actor, sourceId, targetId, options) =>
      mergeCodes(ctx, actor, sourceId, targetId, options),
    split: (actor, sourceId, parts, options) => splitCode(ctx, actor, sourceId, parts, options),
    retire: (actor, id, options) => retire(ctx, actor, id, options),
  };
}
