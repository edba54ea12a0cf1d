/** The researcher's framework-matrix summaries: current text per (case, theme), edits as events. */
import type { Actor, FrameworkSummary, Id } from '@liaison/core';
import { mutate, type StoreContext, type Trx } from '../context.js';
import { StoreError, notFound } from '../errors.js';
import { appendEvent, requireActor } from '../events.js';
import type { FrameworkSummaryTable } from '../schema/tables.js';

/** Summaries longer than this are refused: a cell summary is a paragraph, not a document. */
export const MAX_SUMMARY_LENGTH = 20_000;

function toSummary(row: FrameworkSummaryTable): FrameworkSummary {
  return {
    caseId: row.case_id,
    codeId: row.code_id,
    text: row.text,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function listSummaries(ctx: StoreContext): Promise<FrameworkSummary[]> {
  const rows = await ctx.db.selectFrom('framework_summaries').selectAll().execute();
  return rows.map(toSummary);
}

async function requireCell(trx: Trx, caseId: Id, codeId: Id): Promise<void> {
  const found = await trx
    .selectFrom('cases')
    .select('id')
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (found === undefined) throw notFound('case', caseId);
  const code = await trx
    .selectFrom('codes')
    .select('id')
    .where('id', '=', codeId)
    .executeTakeFirst();
  if (code === undefined) throw notFound('code', codeId);
}

async function write(trx: Trx, caseId: Id, codeId: Id, row: FrameworkSummaryTable | null) {
  await trx
    .deleteFrom('framework_summaries')
    .where('case_id', '=', caseId)
    .where('code_id', '=', codeId)
    .execute();
  if (row !== null) await trx.insertInto('framework_summaries').values(row).execute();
}

function checkText(text: unknown): string {
  if (typeof text !== 'string') {
    throw new StoreError('store.invalid_input', 'A framework summary must be text.');
  }
  if (text.length > MAX_SUMMARY_LENGTH) {
    throw new StoreError(
      'store.invalid_input',
      `A framework summary may hold at most ${MAX_SUMMARY_LENGTH} characters (got ${text.length}).`,
    );
  }
  return text.trim();
}

/**
 * Sets the summary of one cell (blank text removes it) and records a `framework.summarise` event
 * with the summary before and after. Returns the stored summary, or null when removed.
 */
export function setSummary(
  ctx: StoreContext,
  actor: Actor,
  cell: { caseId: Id; codeId: Id },
  text: string,
): Promise<FrameworkSummary | null> {
  requireActor(actor);
  const trimmed = checkText(text);
  const { caseId, codeId } = cell;
  return mutate(ctx, `Could not summarise case ${caseId} × code ${codeId}`, async (trx) => {
    await requireCell(trx, caseId, codeId);
    const old = await trx
      .selectFrom('framework_summaries')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('code_id', '=', codeId)
      .executeTakeFirst();
    const row =
      trimmed === ''
        ? null
        : {
            case_id: caseId,
            code_id: codeId,
            text: trimmed,
            updated_at: ctx.now(),
            updated_by: actor,
          };
    await write(trx, caseId, codeId, row);
    const [before, after] = [old ? toSummary(old) : null, row ? toSummary(row) : null];
    await appendEvent(ctx, trx, {
      actor,
      action: 'framework.summarise',
      entityType: 'framework_summary',
      entityId: `${caseId}/${codeId}`,
      before,
      after,
    });
    return after;
  });
}
