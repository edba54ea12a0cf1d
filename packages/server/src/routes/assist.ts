/**
 * Assisted coding over HTTP (docs/assisted-coding.md, docs/api.md):
 *
 * - `GET /api/sources/:id/suggestions?k=3`: code suggestions per unit of a source, learnt from
 *   the acting coder's own codings. Nothing is stored.
 * - `POST /api/autocode/preview`: numbered hits of a phrase or a safe regex, with snippets.
 * - `POST /api/autocode/apply`: the same query plus `codeId` and the chosen hit numbers (or
 *   "all"); codes those hits as the acting coder in one batch. The server re-runs the query, so
 *   the numbers refer to the preview of an unchanged study.
 */
import { UnsafePatternError, type AutocodeQuery } from '@liaison/core';
import {
  ModelCache,
  applyAutocode,
  previewAutocode,
  suggestForSources,
  type UnitFilter,
} from '@liaison/store';
import type { FastifyInstance } from 'fastify';
import { found, validationFailed } from '../errors.js';
import { AutocodeApplyBody, AutocodePreviewBody, SuggestionsQuery } from './assist-schema.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdParams } from './schema.js';

type QueryBody = AutocodeQuery & UnitFilter;

function split(body: QueryBody): { query: AutocodeQuery; filter: UnitFilter } {
  const { sourceIds, datasetId, ...query } = body;
  const filter: UnitFilter = {};
  if (sourceIds) filter.sourceIds = sourceIds;
  if (datasetId) filter.datasetId = datasetId;
  return { query, filter };
}

/** An unsafe or malformed regex is the client's mistake: `validation_failed` with the reason. */
async function safely<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnsafePatternError || error instanceof SyntaxError)
      throw validationFailed(`body.regex: ${error.message}`);
    throw error;
  }
}

export async function assistRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  // Training takes seconds on a study the size of the demo; reuse it until the study changes.
  const models = new ModelCache();
  app.get('/sources/:id/suggestions', async (request) => {
    const actor = actorOf(request);
    const { id } = parseInput(IdParams, request.params, 'params');
    const { k } = parseInput(SuggestionsQuery, request.query, 'query');
    await found(store.sources.get(id), 'source', id);
    try {
      return await suggestForSources(store, actor, [id], k, await models.get(store, actor));
    } catch (error) {
      // Nothing coded yet is a normal state of a study, not a bad request.
      // Matched by code, as error-handler.ts does: a StoreError may come from another copy of
      // the store module (test runners load packages more than once).
      if ((error as { code?: unknown }).code === 'store.invalid_input')
        return {
          coder: actor,
          trainingUnits: 0,
          codesLearnt: 0,
          untrained: [],
          units: [],
          note: (error as Error).message,
        };
      throw error;
    }
  });

  app.post('/autocode/preview', async (request) => {
    const body = parseInput(AutocodePreviewBody, request.body, 'body');
    const { query, filter } = split(body);
    return safely(() => previewAutocode(store, query, filter));
  });

  app.post('/autocode/apply', async (request, reply) => {
    const actor = actorOf(request);
    const { codeId, hits, ...rest } = parseInput(AutocodeApplyBody, request.body, 'body');
    const { query, filter } = split(rest);
    if (!(await store.codes.get(codeId)))
      throw validationFailed(`body.codeId: no code has the id "${codeId}".`);
    const preview = await safely(() => previewAutocode(store, query, filter));
    const result = await applyAutocode(store, actor, codeId, preview, hits);
    return reply.code(201).send({ ...result, coder: actor });
  });
}
