/**
 * The study-wide view of police-log analysis that the API answers at `/api/analysis/summary`:
 * each log's continuum placement, turning-point types and acting agencies, and the same counted
 * per site and per dataset. Plain JSON; the web app draws its charts from it.
 */
import type { Actor, Id } from './study.js';

/** One police log, reduced to what the study view counts. */
export interface LogAnalysisOverview {
  sourceId: Id;
  name: string;
  siteId: Id | null;
  siteName: string | null;
  datasetId: Id;
  datasetName: string;
  level: number;
  label: string;
  /** Turning-point types in entry order (a type may repeat). */
  turningPoints: string[];
  /** Agencies that act or are contacted in at least one entry, sorted. */
  agencies: string[];
  /** Whether a researcher marked every entry checked, who and when (of the current text). */
  reviewed: { at: string; by: Actor } | null;
  /** Whether a researcher corrected at least one entry's labels. */
  corrected: boolean;
}

export interface CountOf<K extends string | number> {
  key: K;
  count: number;
}

/** Counts for one group of logs (a site or a dataset). */
export interface AnalysisGroup {
  /** Site or dataset id; null for logs that belong to no site. */
  id: Id | null;
  name: string;
  logs: number;
  /** Logs at each continuum level, every level of the scale listed (ascending), zeros kept. */
  continuum: CountOf<number>[];
  /** Turning points of each type (every type listed, zeros kept). */
  turningPoints: CountOf<string>[];
  /** Logs in which each agency acts (every agency listed, zeros kept). */
  agencies: CountOf<string>[];
}

export interface AnalysisSummary {
  lexiconVersion: string;
  scale: { level: number; label: string }[];
  logs: LogAnalysisOverview[];
  bySite: AnalysisGroup[];
  byDataset: AnalysisGroup[];
}
