/**
 * What the JSON API answers (docs/api.md). Every entity and summary shape comes from
 * @liaison/core as a type only; the web app never imports the store.
 */
import type {
  AnalysisSummary,
  Dataset,
  LogAnalysis,
  SearchHit,
  Site,
  SourceSummary,
  Structure,
  Study,
  StudyCounts,
  TextVersion,
} from '@liaison/core';

export type { ImportResult, SearchHit, SourceSummary, StudyCounts } from '@liaison/core';

export interface StudyResponse {
  study: Study;
  counts: StudyCounts;
}
export interface SitesResponse {
  sites: Site[];
}
export interface DatasetsResponse {
  datasets: Dataset[];
}
export interface SourcesResponse {
  sources: SourceSummary[];
}
export interface SourceResponse {
  source: SourceSummary;
}
export interface TextResponse {
  version: TextVersion;
}
export interface StructureResponse {
  structure: Structure;
}
export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

/** `GET /api/sources/:id/analysis`: a police log's analysis on its current text version. */
export interface SourceAnalysisResponse {
  analysis: LogAnalysis & { sourceId: string; textVersionId: string };
}
export interface AnalysisSummaryResponse {
  summary: AnalysisSummary;
}

export interface ErrorResponse {
  error: { id: string; message: string; details?: unknown };
}
