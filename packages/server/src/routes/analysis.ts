/**
 * `/api/sources/:id/analysis` and `/api/analysis/summary`: police-log analysis (events, framing,
 * turning points, continuum). A stored analysis of the current text version is served with the
 * researcher's corrections applied (they override the classifier); a log never analysed is
 * analysed on request with the study's current lexicon and continuum scale, and nothing is
 * stored until a researcher corrects it (`POST …/analysis/corrections`, see analysis-corrections.ts).
 */
import {
  analyseLog,
  DEFAULT_CONTINUUM_SCALE,
  type Actor,
  type ContinuumScale,
  type Lexicon,
  type LogStructure,
  type SourceFormat,
} from '@liaison/core';
import type { SourceSummary, StudyStore } from '@liaison/store';
import type { FastifyInstance } from 'fastify';
import { ApiError, found } from '../errors.js';
import {
  overviewOf,
  presentAnalysisSummary,
  presentSourceAnalysis,
  presentTraining,
  type AnalysedSource,
} from '../presenters/analysis.js';
import { actorOf, parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdParams } from './schema.js';

const LOG_FORMATS: readonly SourceFormat[] = ['police_log_text', 'police_log_csv'];

export const isPoliceLog = (source: SourceSummary): boolean => LOG_FORMATS.includes(source.format);

/** What a study analyses its logs with: its current lexicon and continuum scale. */
export interface StudySettings {
  lexicon: Lexicon;
  scale: ContinuumScale;
}

export async function studySettings(store: StudyStore): Promise<StudySettings> {
  const [lexicon, scale] = await Promise.all([
    store.lexicons.current(),
    store.continuumScales.current(),
  ]);
  return { lexicon: lexicon.lexicon, scale: scale.scale };
}

/** The police log named by the request's `:id`, or not_found / conflict. */
export async function policeLogOf(store: StudyStore, params: unknown): Promise<SourceSummary> {
  const { id } = parseInput(IdParams, params, 'params');
  const source = await found(store.sources.get(id), 'source', id);
  if (!isPoliceLog(source)) throw notALog(source);
  return source;
}

export async function analysisRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/sources/:id/analysis', async (request) => {
    const source = await policeLogOf(store, request.params);
    const { lexicon, scale } = await studySettings(store);
    const analysed = await analyseSource(store, source, lexicon, scale);
    return { analysis: presentSourceAnalysis(source, analysed) };
  });

  app.get('/analysis/summary', async () => {
    const logs = (await store.sources.list()).filter(isPoliceLog);
    const settings = await studySettings(store);
    const overviews = [];
    let olderLexicon = 0;
    // One log at a time: a study's logs are analysed in sequence to keep memory flat.
    for (const source of logs) {
      const analysed = await analyseSource(store, source, settings.lexicon, settings.scale);
      const { analysis, stored } = analysed;
      if (stored && analysis.lexiconVersion !== settings.lexicon.version) olderLexicon++;
      overviews.push(overviewOf(source, analysed));
    }
    return {
      summary: presentAnalysisSummary(overviews, settings.lexicon.version, settings.scale),
      olderLexicon,
      training: presentTraining(overviews),
    };
  });

  app.post('/analysis/reanalyse', async (request) => {
    const actor = actorOf(request);
    return reanalyseStored(store, actor, await studySettings(store));
  });
}

/**
 * Analyses again, with the study's current lexicon and scale, every log whose stored analysis
 * was made with another lexicon; their corrections stay in force (they belong to the source).
 */
async function reanalyseStored(store: StudyStore, actor: Actor, settings: StudySettings) {
  const { lexicon, scale } = settings;
  let reanalysed = 0;
  for (const source of (await store.sources.list()).filter(isPoliceLog)) {
    const stored = await store.analyses.get(source.id);
    if (!stored || stored.lexiconVersion === lexicon.version) continue;
    const version = await store.texts.current(source.id);
    const structure = await store.texts.structure(version.id);
    const entries = structure.kind === 'police_log' ? (structure as LogStructure).entries : [];
    await store.analyses.store(actor, source.id, analyseLog({ entries }, lexicon, scale));
    reanalysed++;
  }
  return { reanalysed, lexiconVersion: lexicon.version };
}

/**
 * The stored analysis with corrections (placed on the study's current scale by the store), else
 * the classifier's result on the current text with `lexicon` and `scale`.
 */
export async function analyseSource(
  store: StudyStore,
  source: SourceSummary,
  lexicon: Lexicon,
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
): Promise<AnalysedSource> {
  const stored = await store.analyses.get(source.id);
  if (stored) return { ...stored, versionId: stored.textVersionId, stored: true };
  const version = await store.texts.current(source.id);
  const structure = await store.texts.structure(version.id);
  // The format says police log, so the importer stored a log structure; guard anyway.
  const entries = structure.kind === 'police_log' ? (structure as LogStructure).entries : [];
  const analysis = analyseLog({ entries }, lexicon, scale);
  return {
    versionId: version.id,
    scaleVersion: scale.version,
    analysis,
    computed: analysis,
    corrections: [],
    reviewed: null,
    stored: false,
  };
}

function notALog(source: SourceSummary): ApiError {
  return new ApiError(
    'conflict',
    `Source "${source.name}" is a ${source.format.replace(/_/g, ' ')}, not a police log: ` +
      'only police logs (text or CSV) can be analysed. Open a police log source instead.',
  );
}
