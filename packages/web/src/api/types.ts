/**
 * What the JSON API answers (docs/api.md). Entity shapes come from @liaison/core as types only;
 * the few store-level shapes are declared here because the web app never imports the store.
 */
import type {
  Dataset,
  DatasetKind,
  Diagnostic,
  Id,
  Site,
  Source,
  Structure,
  Study,
  TextVersion,
} from '@liaison/core';

export interface StudyCounts {
  sites: number;
  datasets: number;
  sources: number;
  participants: number;
  cases: number;
  codes: number;
  codings: number;
}

export interface SourceSummary extends Source {
  datasetName: string;
  datasetKind: DatasetKind;
  siteName: string | null;
  currentVersion: number;
  /** Log entries, transcript turns or document sections in the current version. */
  unitCount: number;
  lengthUtf16: number;
}

export interface SearchHit {
  sourceId: Id;
  sourceName: string;
  textVersionId: Id;
  /** The matching log entry, transcript turn or document section (0-based). */
  unitIndex: number;
  /** The unit's span in the text version, in UTF-16 code units (end exclusive). */
  startUtf16: number;
  endUtf16: number;
  /** Snippet with matches wrapped in « and ». */
  snippet: string;
  rank: number;
}

export type ImportResult =
  | { file: string; status: 'imported' | 'duplicate'; sourceId: Id; diagnostics: Diagnostic[] }
  | { file: string; status: 'failed'; diagnostics: Diagnostic[] };

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

export interface ErrorResponse {
  error: { id: string; message: string; details?: unknown };
}
