/**
 * The append-only audit trail. Every mutating store method appends exactly one event in the
 * same transaction as its change (a bulk insert appends one for the whole batch).
 */
import type { Actor, Id, StudyEvent } from '@liaison/core';
import type { StoreContext, Trx } from './context.js';
import { StoreError } from './errors.js';
import type { EventTable } from './schema/tables.js';
import type { Selectable } from 'kysely';

export interface EventInput {
  actor: Actor;
  /** `entity.verb`, e.g. `site.create`. */
  action: string;
  entityType: string;
  entityId: Id | null;
  before: unknown;
  after: unknown;
}

/** Refuses a blank actor: an audit trail entry must say who acted. */
export function requireActor(actor: Actor): Actor {
  if (typeof actor !== 'string' || actor.trim() === '') {
    throw new StoreError('store.invalid_input', 'Every change needs an actor (who made it).');
  }
  return actor;
}

export async function appendEvent(ctx: StoreContext, trx: Trx, event: EventInput): Promise<void> {
  requireActor(event.actor);
  await ctx.features.eventOrdering.serialise(trx);
  await trx
    .insertInto('events')
    .values({
      at: ctx.now(),
      actor: event.actor,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId,
      before: ctx.features.json.encode(event.before),
      after: ctx.features.json.encode(event.after),
    })
    .execute();
}

function toEvent(ctx: StoreContext, row: Selectable<EventTable>): StudyEvent {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: ctx.features.json.decode(row.before) ?? null,
    after: ctx.features.json.decode(row.after) ?? null,
  };
}

/** Largest page `list` returns, so a client cannot ask for the whole trail in one response. */
export const MAX_EVENT_PAGE = 10_000;

export async function listEvents(
  ctx: StoreContext,
  options: { afterSeq?: number; limit?: number; entityId?: Id } = {},
): Promise<StudyEvent[]> {
  let query = ctx.db.selectFrom('events').selectAll().orderBy('seq');
  if (options.afterSeq !== undefined) query = query.where('seq', '>', options.afterSeq);
  if (options.entityId !== undefined) query = query.where('entity_id', '=', options.entityId);
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? 1000)), MAX_EVENT_PAGE);
  const rows = await query.limit(limit).execute();
  return rows.map((row) => toEvent(ctx, row));
}
