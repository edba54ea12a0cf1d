/**
 * `/api/sources/:id/analysis` and `/api/analysis/summary`: police-log analysis (events, framing,
 * turning points, continuum). A stored analysis of the current text version is served with the
 * researcher's corrections applied (they override the classifier); a log never analysed is
 * analysed on request with the study's current lexicon, and nothing is stored.
 */
import {
  analyseLog,
  type Lexicon,
  type LogAnalysis,
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
} from '../presenters/analysis.js';
import { parseInput } from './parse.js';
import type { RouteOptions } from './route-options.js';
import { IdParams } from './schema.js';

const LOG_FORMATS: readonly SourceFormat[] = ['police_log_text', 'police_log_csv'];

export const isPoliceLog = (source: SourceSummary): boolean => LOG_FORMATS.includes(source.format);

export async function analysisRoutes(app: FastifyInstance, { store }: RouteOptions): Promise<void> {
  app.get('/sources/:id/analysis', async (request) => {
    const { id } = parseInput(IdParams, request.params, 'params');
    const source = await found(store.sources.get(id), 'source', id);
    if (!isPoliceLog(source)) throw notALog(source);
    const lexicon = (await store.lexicons.current()).lexicon;
    const { versionId, analysis } = await analyseSource(store, source, lexicon);
    return { analysis: presentSourceAnalysis(source, versionId, analysis) };
  });

  app.get('/analysis/summary', async () => {
    const logs = (await store.sources.list()).filter(isPoliceLog);
    const lexicon = (await store.lexicons.current()).lexicon;
    const overviews = [];
    // One log at a time: a study's logs are analysed in sequence to keep memory flat.
    for (const source of logs)
      overviews.push(overviewOf(source, (await analyseSource(store, source, lexicon)).analysis));
    return { summary: presentAnalysisSummary(overviews, lexicon.version) };
  });
}

async function analyseSource(
  store: StudyStore,
  source: SourceSummary,
  lexicon: Lexicon,
): Promise<{ versionId: string; analysis: LogAnalysis }> {
  const stored = await store.analyses.get(source.id);
  if (stored) return { versionId: stored.textVersionId, analysis: stored.analysis };
  const version = await store.texts.current(source.id);
  const structure = await store.texts.structure(version.id);
  // The format says police log, so the importer stored a log structure; guard anyway.
  const entries = structure.kind === 'police_log' ? (structure as LogStructure).entries : [];
  return { versionId: version.id, analysis: analyseLog({ entries }, lexicon) };
}

function notALog(source: SourceSummary): ApiError {
  return new ApiError(
    'conflict',
    `Source "${source.name}" is a ${source.format.replace(/_/g, ' ')}, not a police log: ` +
      'only police logs (text or CSV) can be analysed. Open a police log source instead.',
  );
}
