/**
 * `/api/memos`: memos on the study, a source, a code, a coding, a case or a participant. A memo
 * is its author's note: only the author may edit it. While blind mode hides others' codings,
 * memos on those codings are hidden too (they would reveal the coding).
 */
import type { Actor, Id, Memo, MemoTargetKind } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { FastifyInstance } from 'fastify';
import { ApiError, found, validationFailed } from '../errors.js';
import { visibleCoding, visibleCodingIds } from './coding-access.js';
import { MemoBody, MemoPatch, MemoQuery } from './coding-schema.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdParams } from './schema.js';

export async function memoRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/memos', async (request) => {
    const actor = actorOf(request);
    const query = parseInput(MemoQuery, request.query, 'query');
    return { memos: await visibleMemos(store, actor, await store.memos.list(query)) };
  });

  app.post('/memos', async (request, reply) => {
    const actor = actorOf(request);
    const body = parseInput(MemoBody, request.body, 'body');
    const targetId = body.targetId ?? null;
    await requireTarget(store, actor, body.targetKind, targetId);
    const memo = await store.memos.create(actor, { ...body, targetId });
    return reply.code(201).send({ memo });
  });

  app.patch('/memos/:id', async (request) => {
    const actor = actorOf(request);
    const { id } = parseInput(IdParams, request.params, 'params');
    const patch = parseInput(MemoPatch, request.body, 'body');
    const memo = await authoredMemo(store, actor, id);
    return { memo: await store.memos.update(actor, memo.id, patch) };
  });
}

/** Leaves out memos on codings the actor may not see. */
async function visibleMemos(store: StudyStore, actor: Actor, memos: Memo[]): Promise<Memo[]> {
  const onCodings = memos.filter((m) => m.targetKind === 'coding' && m.targetId !== null);
  if (onCodings.length === 0) return memos;
  const visible = await visibleCodingIds(
    store,
    actor,
    onCodings.map((m) => m.targetId as Id),
  );
  return memos.filter((m) => m.targetKind !== 'coding' || visible.has(m.targetId as Id));
}

type Lookup = (store: StudyStore, id: Id) => Promise<unknown>;

const LOOKUPS: Record<Exclude<MemoTargetKind, 'study' | 'coding'>, Lookup> = {
  source: (store, id) => store.sources.get(id),
  code: (store, id) => store.codes.get(id),
  case: (store, id) => store.cases.get(id),
  participant: (store, id) => store.participants.get(id),
};

/** The memo's target must exist (and a coding be visible); a study memo has no target id. */
async function requireTarget(
  store: StudyStore,
  actor: Actor,
  kind: MemoTargetKind,
  targetId: Id | null,
): Promise<void> {
  if (kind === 'study') {
    if (targetId !== null)
      throw validationFailed('body.targetId: a study memo has no target id; leave it out.');
    return;
  }
  if (targetId === null)
    throw validationFailed(`body.targetId: a memo on a ${kind} needs the ${kind}'s id.`);
  if (kind === 'coding') {
    await visibleCoding(store, actor, targetId);
    return;
  }
  if ((await LOOKUPS[kind](store, targetId)) === undefined)
    throw validationFailed(`body.targetId: no ${kind} has the id "${targetId}".`);
}

async function authoredMemo(store: StudyStore, actor: Actor, id: Id): Promise<Memo> {
  const memo = await found(
    store.memos.list().then((all) => all.find((m) => m.id === id)),
    'memo',
    id,
  );
  if (memo.author !== actor)
    throw new ApiError(
      'forbidden',
      `This memo was written by ${memo.author}; only its author may edit it. Write your own memo instead.`,
    );
  return memo;
}
