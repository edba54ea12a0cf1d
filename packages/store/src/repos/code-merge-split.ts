/**
 * Merging and splitting codes: the two operations that also move codings. Each runs in one
 * transaction with its single event, so a failure leaves codes and codings as they were.
 */
import type { Actor, Code, Id } from '@liaison/core';
import { mutate, type StoreContext, type Trx } from '../context.js';
import type { CodebookChangeOptions, SplitPart } from '../contract.js';
import { StoreError } from '../errors.js';
import { recordCodeChange } from './code-changes.js';
import { requireCode, toCodeRow } from './code-rows.js';
import { newCode } from './new-code.js';

function refuse(message: string, code: 'store.conflict' | 'store.invalid_input'): never {
  throw new StoreError(code, message);
}

async function codingIdsOf(trx: Trx, codeId: Id): Promise<Id[]> {
  const rows = await trx.selectFrom('codings').select('id').where('code_id', '=', codeId).execute();
  return rows.map((row) => row.id).sort();
}

async function mergeables(ctx: StoreContext, trx: Trx, sourceId: Id, targetId: Id) {
  if (sourceId === targetId) refuse('A code cannot be merged into itself.', 'store.invalid_input');
  const source = await requireCode(ctx, trx, sourceId);
  const target = await requireCode(ctx, trx, targetId);
  for (const code of [source, target]) {
    if (code.retiredAt !== null) {
      refuse(`Code "${code.name}" is retired; restore or pick another code.`, 'store.conflict');
    }
  }
  return { source, target };
}

/** Re-points every coding of the source to the target and retires the source as merged. */
export function mergeCodes(
  ctx: StoreContext,
  actor: Actor,
  sourceId: Id,
  targetId: Id,
  options?: CodebookChangeOptions,
): Promise<{ source: Code; target: Code; moved: number }> {
  return mutate(ctx, `Could not merge code ${sourceId} into ${targetId}`, async (trx) => {
    const { source, target } = await mergeables(ctx, trx, sourceId, targetId);
    const codingIds = await codingIdsOf(trx, sourceId);
    await trx
      .updateTable('codings')
      .set({ code_id: targetId })
      .where('code_id', '=', sourceId)
      .execute();
    const after: Code = { ...source, retiredAt: ctx.now(), mergedInto: targetId };
    await trx.updateTable('codes').set(toCodeRow(ctx, after)).where('id', '=', sourceId).execute();
    const change = { verb: 'merge' as const, before: source, after, extras: { codingIds } };
    await recordCodeChange(ctx, trx, actor, change, options);
    return { source: after, target, moved: codingIds.length };
  });
}

/** Every coding id named must belong to the source, and to one part only. */
async function checkParts(trx: Trx, source: Code, parts: SplitPart[]): Promise<void> {
  if (parts.length === 0) refuse('A split needs at least one new code.', 'store.invalid_input');
  const named = parts.flatMap((part) => part.codingIds);
  if (new Set(named).size !== named.length) {
    refuse('A coding can move to only one of the new codes.', 'store.invalid_input');
  }
  const own = new Set(await codingIdsOf(trx, source.id));
  const foreign = named.filter((id) => !own.has(id));
  if (foreign.length > 0) {
    const list = foreign.slice(0, 5).join(', ');
    refuse(`Codings ${list} are not codings of code "${source.name}".`, 'store.invalid_input');
  }
}

async function makePart(ctx: StoreContext, trx: Trx, source: Code, part: SplitPart) {
  const code = newCode(
    {
      parentId: source.parentId,
      datasetId: source.datasetId,
      colour: source.colour,
      ...part.code,
    },
    ctx.now(),
  );
  await trx.insertInto('codes').values(toCodeRow(ctx, code)).execute();
  if (part.codingIds.length > 0) {
    await trx
      .updateTable('codings')
      .set({ code_id: code.id })
      .where('id', 'in', part.codingIds)
      .execute();
  }
  return { code, codingIds: [...part.codingIds].sort() };
}

/** Makes the new codes and moves the chosen codings to them; the source code stays as it is. */
export function splitCode(
  ctx: StoreContext,
  actor: Actor,
  sourceId: Id,
  parts: SplitPart[],
  options?: CodebookChangeOptions,
): Promise<{ source: Code; created: Code[] }> {
  return mutate(ctx, `Could not split code ${sourceId}`, async (trx) => {
    const source = await requireCode(ctx, trx, sourceId);
    if (source.retiredAt !== null) refuse(`Code "${source.name}" is retired.`, 'store.conflict');
    await checkParts(trx, source, parts);
    const made = [];
    for (const part of parts) made.push(await makePart(ctx, trx, source, part));
    const change = {
      verb: 'split' as const,
      before: source,
      after: source,
      extras: { parts: made },
    };
    await recordCodeChange(ctx, trx, actor, change, options);
    return { source, created: made.map((part) => part.code) };
  });
}
