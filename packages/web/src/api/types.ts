/**
 * What the JSON API answers (docs/api.md). Every entity and summary shape comes from
 * @liaison/core as a type only; the web app never imports the store.
 */
import type {
  AnalysisSummary,
  Dataset,
  Correction,
  EntryLabels,
  LogAnalysis,
  SearchHit,
  SequenceView,
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

/** A police log's analysis on its current text version, with the corrections in force. */
export interface SourceAnalysis extends LogAnalysis {
  sourceId: string;
  textVersionId: string;
  scaleVersion: string;
  /** Stored in the study (it is once analysed with `--study` or first corrected). */
  stored: boolean;
  corrections: Correction[];
  /** Who marked every entry checked and when; null when not marked (docs/log-analysis.md). */
  reviewed: { at: string; by: string } | null;
  /** The classifier's own labels per entry, before corrections. */
  computed: { entries: EntryLabels[] };
}

/** `GET /api/sources/:id/analysis` and the correction routes (docs/api.md). */
export interface SourceAnalysisResponse {
  analysis: SourceAnalysis;
}
export interface AnalysisSummaryResponse {
  summary: AnalysisSummary;
  /** Logs whose stored analysis was made with a lexicon other than the current one. */
  olderLexicon: number;
  training: TrainingBasisSummary;
}

/**
 * Which logs adapting the models trains on: `marked`, the logs marked reviewed, once any is;
 * else `corrected`, the logs with a corrected entry.
 */
export type TrainingBasis = 'marked' | 'corrected';

export interface TrainingBasisSummary {
  basis: TrainingBasis;
  /** Logs marked reviewed (of their current text). */
  marked: number;
  /** Logs with a corrected entry. */
  corrected: number;
}

/** `GET /api/sequences`: the police logs as state sequences, clustered, with SVG plots. */
export interface SequencesResponse {
  sequences: SequenceView;
}

export interface ErrorResponse {
  error: { id: string; message: string; details?: unknown };
}
