/**
 * `POST /api/sources/:id/analysis/corrections` records one researcher correction of a police
 * log's analysis (an entry's agencies, event or framing; a turning point; the continuum with a
 * reason) and `POST …/corrections/undo` undoes one, so the classifier's result shows again. A log
 * never analysed is analysed with the study's lexicon and scale and stored together with its
 * first correction (one transaction: a refused correction stores nothing), since a correction
 * belongs to a stored analysis. `PUT …/analysis/reviewed` marks the log reviewed (every entry
 * checked, so adapting the models trains on it) or unmarks it; marking a log never analysed
 * stores its analysis with the mark, as a first correction does. All answer the corrected
 * analysis, as GET does.
 */
import { analyseLog, type LogStructure } from '@liaison/core';
import type { SourceSummary, StoredAnalysis, StudyStore } from '@liaison/store';
import type { FastifyInstance } from 'fastify';
import { presentSourceAnalysis } from '../presenters/analysis.js';
import { policeLogOf, studySettings } from './analysis.js';
import { CorrectionBody, ReviewBody, UndoBody } from './analysis-schema.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';

/**
 * The classifier's analysis of the current text, to store with the correction (in one
 * transaction) when the log has none stored; undefined when one is stored already.
 */
async function analysisIfNone(store: StudyStore, source: SourceSummary) {
  if (await store.analyses.get(source.id)) return undefined;
  const { lexicon, scale } = await studySettings(store);
  const version = await store.texts.current(source.id);
  const structure = await store.texts.structure(version.id);
  const entries = structure.kind === 'police_log' ? (structure as LogStructure).entries : [];
  return analyseLog({ entries }, lexicon, scale);
}

function present(source: SourceSummary, stored: StoredAnalysis) {
  return {
    analysis: presentSourceAnalysis(source, {
      ...stored,
      versionId: stored.textVersionId,
      stored: true,
    }),
  };
}

export async function analysisCorrectionRoutes(
  app: FastifyInstance,
  { store }: RouteOptions,
): Promise<void> {
  app.post('/sources/:id/analysis/corrections', async (request) => {
    const actor = actorOf(request);
    const source = await policeLogOf(store, request.params);
    const correction = parseInput(CorrectionBody, request.body, 'body');
    const computed = await analysisIfNone(store, source);
    const options = computed ? { analysisIfNone: computed } : {};
    return present(source, await store.analyses.correct(actor, source.id, correction, options));
  });

  app.post('/sources/:id/analysis/corrections/undo', async (request) => {
    const actor = actorOf(request);
    const source = await policeLogOf(store, request.params);
    const target = parseInput(UndoBody, request.body, 'body');
    return present(source, await store.analyses.revert(actor, source.id, target));
  });

  app.put('/sources/:id/analysis/reviewed', async (request) => {
    const actor = actorOf(request);
    const source = await policeLogOf(store, request.params);
    const { reviewed } = parseInput(ReviewBody, request.body, 'body');
    // Only a mark stores an analysis: unmarking a log never stored has nothing to undo.
    const computed = reviewed ? await analysisIfNone(store, source) : undefined;
    const options = computed ? { analysisIfNone: computed } : {};
    return present(source, await store.analyses.review(actor, source.id, reviewed, options));
  });
}
