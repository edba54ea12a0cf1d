/**
 * Typed calls to the Liaison JSON API. Every failure becomes an `ApiRequestError` whose message
 * a person can act on; the API's stable error id is kept for code that branches on it.
 */
import type {
  AnalysisSummaryResponse,
  DatasetsResponse,
  ErrorResponse,
  SearchResponse,
  SequencesResponse,
  SitesResponse,
  SourceAnalysisResponse,
  SourceResponse,
  SourcesResponse,
  StructureResponse,
  StudyResponse,
  TextResponse,
} from './types.js';
import { currentActor } from './actor.js';

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    /** The API's error id (`not_found`, ...), or `network_error` / `bad_response`. */
    readonly id: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const NETWORK_MESSAGE =
  'The Liaison server is not answering. Check that it is still running (for example with npm start), then try again.';

function isErrorResponse(body: unknown): body is ErrorResponse {
  const error = (body as ErrorResponse | null)?.error;
  return typeof error?.id === 'string' && typeof error.message === 'string';
}

async function readError(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorResponse(body)) {
    return new ApiRequestError(body.error.id, body.error.message, response.status);
  }
  const message = `The server answered ${response.status} ${response.statusText} instead of data. Reload the page; if it persists, restart Liaison.`;
  return new ApiRequestError('bad_response', message, response.status);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return requestJson<T>('GET', path, undefined, signal);
}

/** Sends `body` as JSON (none for undefined) as the current actor; 204 answers undefined. */
export async function requestJson<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'x-liaison-actor': currentActor(),
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    response = await fetch(path, { method, signal, headers, body: payload });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError('network_error', NETWORK_MESSAGE, 0);
  }
  if (!response.ok) throw await readError(response);
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

const id = encodeURIComponent;

export const api = {
  study: (signal?: AbortSignal) => getJson<StudyResponse>('/api/study', signal),
  sites: (signal?: AbortSignal) => getJson<SitesResponse>('/api/sites', signal),
  datasets: (signal?: AbortSignal) => getJson<DatasetsResponse>('/api/datasets', signal),
  sources: (signal?: AbortSignal) => getJson<SourcesResponse>('/api/sources', signal),
  source: (sourceId: string, signal?: AbortSignal) =>
    getJson<SourceResponse>(`/api/sources/${id(sourceId)}`, signal),
  text: (sourceId: string, signal?: AbortSignal) =>
    getJson<TextResponse>(`/api/sources/${id(sourceId)}/text`, signal),
  structure: (sourceId: string, versionId: string, signal?: AbortSignal) =>
    getJson<StructureResponse>(
      `/api/sources/${id(sourceId)}/versions/${id(versionId)}/structure`,
      signal,
    ),
  search: (query: string, signal?: AbortSignal) =>
    getJson<SearchResponse>(`/api/search?q=${encodeURIComponent(query)}&limit=50`, signal),
  analysis: (sourceId: string, signal?: AbortSignal) =>
    getJson<SourceAnalysisResponse>(`/api/sources/${id(sourceId)}/analysis`, signal),
  analysisSummary: (signal?: AbortSignal) =>
    getJson<AnalysisSummaryResponse>('/api/analysis/summary', signal),
  sequences: (query: { state: string; bin: number | null; k: number }, signal?: AbortSignal) => {
    const params = new URLSearchParams({ state: query.state, k: String(query.k) });
    if (query.bin !== null) params.set('bin', String(query.bin));
    return getJson<SequencesResponse>(`/api/sequences?${params}`, signal);
  },
  originalUrl: (sourceId: string): string => `/api/sources/${id(sourceId)}/original`,
};
