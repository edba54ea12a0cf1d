/**
 * The rows behind a police log's "reviewed" mark (migration 0010): one per source, naming the
 * text version the researcher checked. log-analyses.ts reads them into `StoredAnalysis.reviewed`
 * and writes them, with their events, in `analyses.review`.
 */
import type { Actor, Id } from '@liaison/core';
import type { Executor, StoreContext } from '../context.js';
import type { LogReview } from '../contract.js';

/** The mark on `textVersionId`, or null: a mark of another (older) version no longer counts. */
export async function reviewOf(db: Executor, sourceId: Id, textVersionId: Id) {
  const row = await db
    .selectFrom('log_reviews')
    .select(['reviewed_at', 'reviewed_by'])
    .where('source_id', '=', sourceId)
    .where('text_version_id', '=', textVersionId)
    .executeTakeFirst();
  return row ? ({ at: row.reviewed_at, by: row.reviewed_by } satisfies LogReview) : null;
}

/** Marks `textVersionId` reviewed by `actor` now, replacing any mark of an older version. */
export async function saveReview(
  ctx: StoreContext,
  db: Executor,
  at: { actor: Actor; sourceId: Id; textVersionId: Id },
): Promise<LogReview> {
  const review = { at: ctx.now(), by: at.actor };
  await removeReview(db, at.sourceId);
  await db
    .insertInto('log_reviews')
    .values({
      source_id: at.sourceId,
      text_version_id: at.textVersionId,
      reviewed_at: review.at,
      reviewed_by: review.by,
    })
    .execute();
  return review;
}

export async function removeReview(db: Executor, sourceId: Id): Promise<void> {
  await db.deleteFrom('log_reviews').where('source_id', '=', sourceId).execute();
}
