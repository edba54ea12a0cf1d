/**
 * `POST /api/analysis/adapt`: adapts the study lexicon's learnt models to the study's reviewed
 * police logs (those marked reviewed once any is, else those with a corrected entry; the answer
 * names them and the basis), as `liaison logs train` does (store's
 * `adaptStudyModels`): a cross-validation by log of the current against the adapted lexicon, and,
 * with `save`, the adapted lexicon stored as the next version when it helped (or `force`). The
 * work is CPU-bound and runs in the request (a study's reviewed logs take seconds, not minutes);
 * only scores and counts are answered, never entry text.
 */
import { adaptStudyModels, type StudyAdaptation } from '@liaison/store';
import type { FastifyInstance } from 'fastify';
import { AdaptBody } from './analysis-schema.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';

function present(result: StudyAdaptation) {
  const { check, l2, tried, gain, judgedOn, lexicon, basis, trainedOn, skipped, saved } = result;
  return {
    basis,
    trainedOn,
    logs: check.logs,
    entries: check.before.entries,
    folds: check.folds,
    l2,
    current: check.before,
    adapted: check.after,
    tried,
    gain,
    judgedOn,
    version: lexicon.version,
    skipped,
    saved: saved && { number: saved.number, version: saved.version },
  };
}

export async function analysisAdaptRoutes(
  app: FastifyInstance,
  { store, adaptRunner }: RouteOptions,
): Promise<void> {
  app.post('/analysis/adapt', async (request) => {
    const actor = actorOf(request);
    const body = parseInput(AdaptBody, request.body ?? {}, 'body');
    const result = await adaptStudyModels(store, actor, { ...body, run: adaptRunner });
    return { adaptation: present(result) };
  });
}
