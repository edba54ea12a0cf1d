/**
 * Calls for the queries page (docs/queries.md, docs/api.md#queries): co-occurrence, matrix coding,
 * coded segments and the framework matrix, each also downloadable as CSV or XLSX; and saving a
 * framework cell's summary. Every call goes as the current actor (api/actor.ts).
 */
import type {
  Case,
  CodingMatrix,
  CooccurrenceMatrix,
  CooccurrenceMode,
  FrameworkMatrix,
  FrameworkSummary,
  QueryAttribute,
  QuerySegment,
} from '@liaison/core';
import { getJson, requestJson } from './client.js';

const id = encodeURIComponent;

function path(kind: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return `/api/queries/${kind}${text ? `?${text}` : ''}`;
}

export const queriesApi = {
  cases: (signal?: AbortSignal) => getJson<{ cases: Case[] }>('/api/cases', signal),
  cooccurrence: (mode: CooccurrenceMode, signal?: AbortSignal) =>
    getJson<CooccurrenceMatrix>(path('cooccurrence', { mode }), signal),
  matrix: (by: QueryAttribute, signal?: AbortSignal) =>
    getJson<CodingMatrix>(path('matrix', { by }), signal),
  segments: (codeIds: string[], signal?: AbortSignal) =>
    getJson<{ segments: QuerySegment[] }>(path('segments', { codes: codeIds.join(',') }), signal),
  framework: (signal?: AbortSignal) => getJson<FrameworkMatrix>(path('framework', {}), signal),
  summarise: (caseId: string, codeId: string, text: string) =>
    requestJson<{ summary: FrameworkSummary | null }>(
      'PUT',
      `/api/framework/${id(caseId)}/${id(codeId)}`,
      { text },
    ),
  /** Where the browser downloads a query's table. */
  downloadUrl: (kind: string, params: Record<string, string>, format: 'csv' | 'xlsx') =>
    path(kind, { ...params, format }),
};
