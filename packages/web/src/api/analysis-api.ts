/**
 * Calls for correcting a police log's analysis, marking it reviewed, and reading the study's
 * continuum scale (docs/api.md, docs/log-analysis.md). Each answers the corrected analysis, as
 * `GET /api/sources/:id/analysis` does; every call goes as the current actor (api/actor.ts).
 */
import type { ContinuumScale, Correction, CorrectionTarget, EntryLabelScores } from '@liaison/core';
import { getJson, requestJson } from './client.js';
import type { SourceAnalysisResponse, TrainingBasis } from './types.js';

/** `GET /api/continuum-scale`: the study's current scale (number 0: the product's default). */
export interface ContinuumScaleResponse {
  scale: { number: number; version: string; scale: ContinuumScale };
}

/** `POST /api/analysis/adapt` (docs/api.md). */
export interface AdaptationResponse {
  adaptation: {
    basis: TrainingBasis;
    /** Names of the logs trained on. */
    trainedOn: string[];
    logs: number;
    entries: number;
    folds: number;
    l2: number;
    current: EntryLabelScores;
    adapted: EntryLabelScores;
    tried: { l2: number; adapted: EntryLabelScores }[];
    gain: number;
    /** The label kinds the gain was judged on: those the reviewed logs were checked for. */
    judgedOn: ('event' | 'framing' | 'agencies')[];
    version: string;
    skipped: string[];
    saved: { number: number; version: string } | null;
  };
}

const id = encodeURIComponent;
const corrections = (sourceId: string) => `/api/sources/${id(sourceId)}/analysis/corrections`;

export const analysisApi = {
  correct: (sourceId: string, correction: Correction) =>
    requestJson<SourceAnalysisResponse>('POST', corrections(sourceId), correction),
  undo: (sourceId: string, target: CorrectionTarget) =>
    requestJson<SourceAnalysisResponse>('POST', `${corrections(sourceId)}/undo`, target),
  /** Marks the log reviewed (every entry checked) or, with false, unmarks it. */
  review: (sourceId: string, reviewed: boolean) =>
    requestJson<SourceAnalysisResponse>('PUT', `/api/sources/${id(sourceId)}/analysis/reviewed`, {
      reviewed,
    }),
  scale: (signal?: AbortSignal) => getJson<ContinuumScaleResponse>('/api/continuum-scale', signal),
  reanalyse: () =>
    requestJson<{ reanalysed: number; lexiconVersion: string }>(
      'POST',
      '/api/analysis/reanalyse',
      {},
    ),
  adapt: (body: { save?: boolean; force?: boolean }) =>
    requestJson<AdaptationResponse>('POST', '/api/analysis/adapt', body),
};
