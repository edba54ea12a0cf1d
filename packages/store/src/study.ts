/** The study row and the counts a study home shows. */
import { newId, type Actor, type Study } from '@liaison/core';
import type { Executor, StoreContext } from './context.js';
import { mutate } from './context.js';
import type { StudyCounts } from './contract.js';
import { StoreError } from './errors.js';
import { appendEvent } from './events.js';
import { requireText } from './validate.js';

export async function readStudy(db: Executor, label: string): Promise<Study> {
  const row = await db
    .selectFrom('study')
    .select(['id', 'name', 'description', 'created_at'])
    .executeTakeFirst();
  if (row === undefined) {
    throw new StoreError(
      'store.not_a_study',
      `${label} holds Liaison tables but no study (its creation was interrupted); create it again.`,
    );
  }
  return { id: row.id, name: row.name, description: row.description, createdAt: row.created_at };
}

export function insertStudy(
  ctx: StoreContext,
  actor: Actor,
  input: { name: string; description?: string },
): Promise<Study> {
  const study: Study = {
    id: newId(),
    name: requireText(input.name, 'Study name'),
    description: input.description ?? '',
    createdAt: ctx.now(),
  };
  return mutate(ctx, `Could not create study "${study.name}"`, async (trx) => {
    const { createdAt, ...rest } = study;
    await trx
      .insertInto('study')
      .values({ ...rest, singleton: 1, created_at: createdAt })
      .execute();
    await appendEvent(ctx, trx, {
      actor,
      action: 'study.create',
      entityType: 'study',
      entityId: study.id,
      before: null,
      after: study,
    });
    return study;
  });
}

/** Tables counted for the study home; each also names its StudyCounts field. */
const COUNTED = [
  'sites',
  'datasets',
  'sources',
  'participants',
  'cases',
  'codes',
  'codings',
] as const satisfies readonly (keyof StudyCounts)[];

/** All counts in one round trip (scalar subqueries). */
export async function countAll(ctx: StoreContext): Promise<StudyCounts> {
  const row: Record<string, unknown> = await ctx.db
    .selectNoFrom((eb) =>
      COUNTED.map((table) =>
        eb
          .selectFrom(table)
          .select((e) => e.fn.countAll<number>().as('n'))
          .as(table),
      ),
    )
    .executeTakeFirstOrThrow();
  const counts = Object.fromEntries(COUNTED.map((table) => [table, Number(row[table] ?? 0)]));
  return counts as Record<(typeof COUNTED)[number], number>;
}
