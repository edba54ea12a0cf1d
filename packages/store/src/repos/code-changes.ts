/**
 * The one write path of the codebook: every operation stores the code, appends one event
 * `code.<verb>` (before: the code as it was; after: the code as it is plus `memo` and any
 * extras, see core's `CodeEventAfter`) and, when a reason is given, keeps it as a memo on the
 * code too, all in the caller's transaction.
 */
import {
  newId,
  type Actor,
  type Code,
  type CodebookVerb,
  type CodeEventAfter,
  type Id,
} from '@liaison/core';
import { mutate, type Executor, type StoreContext, type Trx } from '../context.js';
import type { CodebookChangeOptions } from '../contract.js';
import { StoreError } from '../errors.js';
import { appendEvent } from '../events.js';
import { requireText } from '../validate.js';
import { requireCode, toCodeRow } from './code-rows.js';

/** Longest reason kept, in UTF-16 code units; a memo is a note, not a document. */
export const MAX_CODEBOOK_MEMO = 10_000;

/** Memo titles per verb, so a code's memos read as its history. */
const MEMO_TITLES: Record<CodebookVerb, string> = {
  create: 'Created',
  update: 'Redefined',
  rename: 'Renamed',
  move: 'Moved',
  merge: 'Merged',
  split: 'Split',
  retire: 'Retired',
};

export interface CodeChange {
  verb: CodebookVerb;
  before: Code | null;
  after: Code;
  extras?: Pick<CodeEventAfter, 'codingIds' | 'parts'>;
}

/** The trimmed reason, or null when none was given; refuses one that is too long. */
export function memoOf(options: CodebookChangeOptions | undefined): string | null {
  const memo = options?.memo?.trim() ?? '';
  if (memo.length > MAX_CODEBOOK_MEMO) {
    throw new StoreError(
      'store.invalid_input',
      `A codebook memo may hold at most ${MAX_CODEBOOK_MEMO} characters (got ${memo.length}).`,
    );
  }
  return memo === '' ? null : memo;
}

async function keepMemo(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  change: CodeChange,
  memo: string,
) {
  const now = ctx.now();
  await trx
    .insertInto('memos')
    .values({
      id: newId(),
      target_kind: 'code',
      target_id: change.after.id,
      author: actor,
      title: `${MEMO_TITLES[change.verb]}: ${change.after.name}`,
      body: memo,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function recordCodeChange(
  ctx: StoreContext,
  trx: Trx,
  actor: Actor,
  change: CodeChange,
  options: CodebookChangeOptions | undefined,
): Promise<void> {
  const memo = memoOf(options);
  const after: CodeEventAfter = { ...change.after, memo, ...change.extras };
  await appendEvent(ctx, trx, {
    actor,
    action: `code.${change.verb}`,
    entityType: 'code',
    entityId: change.after.id,
    before: change.before,
    after,
  });
  if (memo !== null) await keepMemo(ctx, trx, actor, change, memo);
}

/** Refuses a code that no check of the codebook would accept. */
export function checkedCode(c: Code): Code {
  requireText(c.name, 'Code name');
  requireText(c.colour, 'Code colour');
  const examples = c.examples ?? [];
  if (!Array.isArray(examples) || !examples.every((e) => typeof e === 'string')) {
    throw new StoreError('store.invalid_input', 'Code examples must be a list of strings.');
  }
  return { ...c, name: c.name.trim(), codable: Boolean(c.codable), examples: [...examples] };
}

/** Walks up from `parentId`; meeting `id` on the way means the move would make a cycle. */
export async function refuseCycle(db: Executor, id: Id, parentId: Id | null): Promise<void> {
  for (let at = parentId; at !== null;) {
    if (at === id) {
      throw new StoreError(
        'store.conflict',
        `Code ${id} cannot be moved under itself or one of its own sub-codes.`,
      );
    }
    const row = await db
      .selectFrom('codes')
      .select('parent_id')
      .where('id', '=', at)
      .executeTakeFirst();
    at = row?.parent_id ?? null;
  }
}

/** Loads the code, applies `change`, stores it and records the operation, in one transaction. */
export function changeCode(
  ctx: StoreContext,
  actor: Actor,
  id: Id,
  verb: CodebookVerb,
  options: CodebookChangeOptions | undefined,
  change: (before: Code, trx: Trx) => Code | Promise<Code>,
): Promise<Code> {
  return mutate(ctx, `Could not ${verb} code ${id}`, async (trx) => {
    const before = await requireCode(ctx, trx, id);
    const after = checkedCode({ ...(await change(before, trx)), id });
    await trx.updateTable('codes').set(toCodeRow(ctx, after)).where('id', '=', id).execute();
    await recordCodeChange(ctx, trx, actor, { verb, before, after }, options);
    return after;
  });
}
