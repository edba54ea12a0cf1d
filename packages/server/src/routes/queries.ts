/**
 * Queries over codings (docs/queries.md): `GET /api/queries/segments|cooccurrence|matrix|framework`
 * answer JSON, or a download with `?format=csv|xlsx`; `PUT /api/framework/:caseId/:codeId` sets a
 * framework cell's summary. While blind coding hides others' codings, each query covers only the
 * acting person's own codings.
 */
import { hidesOthersCodings, type Actor } from '@liaison/core';
import {
  EXPORT_MEDIA_TYPES,
  queryTable,
  tableToFile,
  type ExportFormat,
  type QuerySpec,
  type StudyStore,
} from '@liaison/store';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf, parseInput } from './parse.js';
import {
  CooccurrenceQuery,
  FrameworkCellParams,
  FrameworkQuery,
  MatrixQuery,
  SegmentsQuery,
  SummaryBody,
} from './queries-schema.js';
import type { RouteOptions } from './route-options.js';

/** The coder whose codings a query may cover: the actor while blind coding, else everyone's. */
async function coderFilter(store: StudyStore, request: FastifyRequest): Promise<Actor | undefined> {
  const actor = actorOf(request);
  return hidesOthersCodings(await store.codingSettings.get()) ? actor : undefined;
}

/** Sends the query's table as a file download. */
async function download(
  store: StudyStore,
  reply: FastifyReply,
  spec: QuerySpec,
  format: ExportFormat,
) {
  const bytes = await tableToFile(await queryTable(store, spec), format);
  return reply
    .header('content-type', EXPORT_MEDIA_TYPES[format])
    .header('content-disposition', `attachment; filename="${spec.kind}.${format}"`)
    .send(Buffer.from(bytes));
}

/** Answers JSON from `run`, or the same query as a CSV / XLSX download. */
async function answer(
  store: StudyStore,
  reply: FastifyReply,
  spec: QuerySpec,
  format: ExportFormat | undefined,
  run: () => Promise<unknown>,
) {
  if (format !== undefined) return download(store, reply, spec, format);
  return run();
}

export async function queryRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/queries/segments', async (request, reply) => {
    const q = parseInput(SegmentsQuery, request.query, 'query');
    const query = {
      codeIds: q.codes,
      by: q.by,
      values: q.values,
      coder: await coderFilter(store, request),
    };
    const spec: QuerySpec = { kind: 'segments', query };
    return answer(store, reply, spec, q.format, async () => ({
      segments: await store.queries.segments(query),
    }));
  });

  app.get('/queries/cooccurrence', async (request, reply) => {
    const q = parseInput(CooccurrenceQuery, request.query, 'query');
    const query = { codeIds: q.codes, mode: q.mode, coder: await coderFilter(store, request) };
    const spec: QuerySpec = { kind: 'cooccurrence', query };
    return answer(store, reply, spec, q.format, () => store.queries.cooccurrence(query));
  });

  app.get('/queries/matrix', async (request, reply) => {
    const q = parseInput(MatrixQuery, request.query, 'query');
    const query = { by: q.by, codeIds: q.codes, coder: await coderFilter(store, request) };
    const spec: QuerySpec = { kind: 'matrix', query };
    return answer(store, reply, spec, q.format, () => store.queries.matrix(query));
  });

  app.get('/queries/framework', async (request, reply) => {
    const q = parseInput(FrameworkQuery, request.query, 'query');
    const query = { codeIds: q.codes, caseIds: q.cases, coder: await coderFilter(store, request) };
    const spec: QuerySpec = { kind: 'framework', query };
    return answer(store, reply, spec, q.format, () => store.queries.framework(query));
  });

  app.put('/framework/:caseId/:codeId', async (request) => {
    const cell = parseInput(FrameworkCellParams, request.params, 'params');
    const { text } = parseInput(SummaryBody, request.body, 'body');
    return { summary: await store.queries.summarise(actorOf(request), cell, text) };
  });
}
