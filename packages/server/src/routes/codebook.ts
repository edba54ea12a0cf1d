/**
 * `/api/codes` and `/api/rounds`: the codebook, its operations (each recorded as an event with
 * the reason given as `memo`) and coding rounds with the diff between them (docs/codebook.md).
 */
import type { Code, Id } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { found, validationFailed } from '../errors.js';
import { presentCode } from '../presenters/codebook.js';
import {
  CodeBody,
  CodePatch,
  MergeBody,
  MoveBody,
  RenameBody,
  RetireBody,
  RoundBody,
  RoundDiffQuery,
  SplitBody,
} from './codebook-schema.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdParams } from './schema.js';

/** A code or dataset named in a body must exist: a clear 400 naming the field, not a 409. */
async function requireExisting(
  lookup: (id: Id) => Promise<unknown>,
  id: Id | null | undefined,
  field: string,
  what: 'code' | 'dataset',
): Promise<void> {
  if (id == null || (await lookup(id)) !== undefined) return;
  const message = `${field}: no ${what} has the id "${id}"`;
  throw validationFailed(message, { issues: [{ path: field, code: 'unknown_id', message }] });
}

const requireCode = (store: StudyStore, id: Id | null | undefined, field: string) =>
  requireExisting((codeId) => store.codes.get(codeId), id, field, 'code');
const requireDataset = (store: StudyStore, id: Id | null | undefined) =>
  requireExisting((datasetId) => store.datasets.get(datasetId), id, 'body.datasetId', 'dataset');

/** The parent and dataset a create or patch names. */
async function requireReferences(
  store: StudyStore,
  input: { parentId?: Id | null; datasetId?: Id | null },
): Promise<void> {
  await requireCode(store, input.parentId, 'body.parentId');
  await requireDataset(store, input.datasetId);
}

async function codeFromParams(store: StudyStore, request: FastifyRequest): Promise<Code> {
  const { id } = parseInput(IdParams, request.params, 'params');
  return found(store.codes.get(id), 'code', id);
}

function codeReadRoutes(app: FastifyInstance, store: StudyStore): void {
  app.get('/codes', async () => {
    const [codes, codingCounts] = await Promise.all([
      store.codes.list(),
      store.codes.codingCounts(),
    ]);
    return { codes: codes.map(presentCode), codingCounts };
  });
  app.get('/codes/:id', async (request) => ({
    code: presentCode(await codeFromParams(store, request)),
  }));
}

function codeWriteRoutes(app: FastifyInstance, store: StudyStore): void {
  app.post('/codes', async (request, reply) => {
    const { memo, ...input } = parseInput(CodeBody, request.body, 'body');
    await requireReferences(store, input);
    const code = await store.codes.create(actorOf(request), input, { memo });
    return reply.code(201).send({ code: presentCode(code) });
  });
  app.patch('/codes/:id', async (request) => {
    const { id } = await codeFromParams(store, request);
    const { memo, ...patch } = parseInput(CodePatch, request.body, 'body');
    await requireReferences(store, patch);
    return { code: presentCode(await store.codes.update(actorOf(request), id, patch, { memo })) };
  });
}

function codeOperationRoutes(app: FastifyInstance, store: StudyStore): void {
  app.post('/codes/:id/rename', async (request) => {
    const { id } = await codeFromParams(store, request);
    const { name, memo } = parseInput(RenameBody, request.body, 'body');
    return { code: presentCode(await store.codes.rename(actorOf(request), id, name, { memo })) };
  });
  app.post('/codes/:id/move', async (request) => {
    const { id } = await codeFromParams(store, request);
    const { parentId, memo } = parseInput(MoveBody, request.body, 'body');
    await requireCode(store, parentId, 'body.parentId');
    return { code: presentCode(await store.codes.move(actorOf(request), id, parentId, { memo })) };
  });
  app.post('/codes/:id/retire', async (request) => {
    const { id } = await codeFromParams(store, request);
    const { memo } = parseInput(RetireBody, request.body ?? {}, 'body');
    return { code: presentCode(await store.codes.retire(actorOf(request), id, { memo })) };
  });
}

function codeMergeSplitRoutes(app: FastifyInstance, store: StudyStore): void {
  app.post('/codes/:id/merge', async (request) => {
    const { id } = await codeFromParams(store, request);
    const { targetId, memo } = parseInput(MergeBody, request.body, 'body');
    await requireCode(store, targetId, 'body.targetId');
    const merged = await store.codes.merge(actorOf(request), id, targetId, { memo });
    return {
      source: presentCode(merged.source),
      target: presentCode(merged.target),
      moved: merged.moved,
    };
  });
  app.post('/codes/:id/split', async (request, reply) => {
    const { id } = await codeFromParams(store, request);
    const { parts, memo } = parseInput(SplitBody, request.body, 'body');
    const split = await store.codes.split(actorOf(request), id, parts, { memo });
    return reply
      .code(201)
      .send({ source: presentCode(split.source), created: split.created.map(presentCode) });
  });
}

function roundRoutes(app: FastifyInstance, store: StudyStore): void {
  app.get('/rounds', async () => ({ rounds: await store.rounds.list() }));
  app.post('/rounds', async (request, reply) => {
    const input = parseInput(RoundBody, request.body, 'body');
    await requireDataset(store, input.datasetId);
    const { codes, ...round } = await store.rounds.create(actorOf(request), input);
    return reply.code(201).send({ round, codes: codes.map(presentCode) });
  });
  // Fastify matches the static `/rounds/diff` before the parametric `/rounds/:id`.
  app.get('/rounds/diff', async (request) => {
    const { from, to } = parseInput(RoundDiffQuery, request.query, 'query');
    return { diff: await store.rounds.diff(from, to) };
  });
  app.get('/rounds/:id', async (request) => {
    const { id } = parseInput(IdParams, request.params, 'params');
    const { codes, ...round } = await found(store.rounds.get(id), 'coding round', id);
    return { round, codes: codes.map(presentCode) };
  });
}

export async function codebookRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  codeReadRoutes(app, store);
  codeWriteRoutes(app, store);
  codeOperationRoutes(app, store);
  codeMergeSplitRoutes(app, store);
  roundRoutes(app, store);
}
