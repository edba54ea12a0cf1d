/**
 * The create/update shape most repositories share: validate, write, append an event with the
 * before and after values, all in one transaction.
 */
import type { Actor, Id } from '@liaison/core';
import { mutate, type Executor, type StoreContext, type Trx } from '../context.js';
import { notFound } from '../errors.js';
import { appendEvent } from '../events.js';

export interface EntitySpec<E extends { id: Id }> {
  /** Singular noun used in events (`site.create`) and messages. */
  kind: string;
  /** How messages name one entity, e.g. `site "North"`. */
  label(entity: E): string;
  load(db: Executor, id: Id): Promise<E | undefined>;
  insert(trx: Trx, entity: E): Promise<void>;
  update(trx: Trx, entity: E): Promise<void>;
}

export function createEntity<E extends { id: Id }>(
  ctx: StoreContext,
  spec: EntitySpec<E>,
  actor: Actor,
  entity: E,
): Promise<E> {
  return mutate(ctx, `Could not create ${spec.label(entity)}`, async (trx) => {
    await spec.insert(trx, entity);
    await appendEvent(ctx, trx, {
      actor,
      action: `${spec.kind}.create`,
      entityType: spec.kind,
      entityId: entity.id,
      before: null,
      after: entity,
    });
    return entity;
  });
}

/** Loads the entity (or fails with store.not_found), applies `change`, writes it, logs both. */
export function updateEntity<E extends { id: Id }>(
  ctx: StoreContext,
  spec: EntitySpec<E>,
  actor: Actor,
  id: Id,
  change: (before: E, trx: Trx) => E | Promise<E>,
): Promise<E> {
  return mutate(ctx, `Could not update ${spec.kind} ${id}`, async (trx) => {
    const before = await spec.load(trx, id);
    if (before === undefined) throw notFound(spec.kind, id);
    const after = { ...(await change(before, trx)), id };
    await spec.update(trx, after);
    await appendEvent(ctx, trx, {
      actor,
      action: `${spec.kind}.update`,
      entityType: spec.kind,
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
