/**
 * Presenters for log analysis: one log's full analysis (labels, triggers, turning points,
 * continuum) and the study-wide summary grouped by site and by dataset.
 */
import {
  AGENCIES,
  DEFAULT_CONTINUUM_SCALE,
  TURNING_POINT_TYPES,
  type AnalysisGroup,
  type AnalysisSummary,
  type ContinuumScale,
  type CountOf,
  type Correction,
  type EntryLabels,
  type Id,
  type LogAnalysis,
  type LogAnalysisOverview,
} from '@liaison/core';
import {
  hasCorrectedEntry,
  trainingBasis,
  type LogReview,
  type SourceSummary,
} from '@liaison/store';

/** A log's analysis as the routes read it: stored (with corrections) or computed on request. */
export interface AnalysedSource {
  /** The text version analysed: the source's current one. */
  versionId: Id;
  scaleVersion: string;
  /** The labels the study reports: the classifier's with every correction applied. */
  analysis: LogAnalysis;
  /** The classifier's result before corrections. */
  computed: LogAnalysis;
  corrections: Correction[];
  /** The researcher's mark that every entry was checked; null when unmarked or not stored. */
  reviewed: LogReview | null;
  /** Whether the study stores this analysis (it does once it has been analysed or corrected). */
  stored: boolean;
}

/** What `GET /api/sources/:id/analysis` answers. */
export interface SourceAnalysis extends LogAnalysis {
  sourceId: Id;
  textVersionId: Id;
  scaleVersion: string;
  stored: boolean;
  /** Corrections in force, in the order they apply (docs/log-analysis.md). */
  corrections: Correction[];
  /** Who marked every entry checked and when, or null (docs/log-analysis.md). */
  reviewed: LogReview | null;
  /** The classifier's own labels per entry, so a client can show what a correction replaced. */
  computed: { entries: EntryLabels[] };
}

const labelsOf = ({ index, agencies, event, framing }: EntryLabels): EntryLabels => ({
  index,
  agencies,
  event,
  framing,
});

export function presentSourceAnalysis(source: SourceSummary, a: AnalysedSource): SourceAnalysis {
  const { lexiconVersion, entries, turningPoints, continuum } = a.analysis;
  return {
    sourceId: source.id,
    textVersionId: a.versionId,
    lexiconVersion,
    scaleVersion: a.scaleVersion,
    stored: a.stored,
    entries,
    turningPoints,
    continuum,
    corrections: a.corrections,
    reviewed: a.reviewed && { at: a.reviewed.at, by: a.reviewed.by },
    computed: { entries: a.computed.entries.map(labelsOf) },
  };
}

export function overviewOf(source: SourceSummary, a: AnalysedSource): LogAnalysisOverview {
  const { analysis } = a;
  const agencies = new Set(analysis.entries.flatMap((e) => e.agencies));
  return {
    sourceId: source.id,
    name: source.name,
    siteId: source.siteId,
    siteName: source.siteName,
    datasetId: source.datasetId,
    datasetName: source.datasetName,
    level: analysis.continuum.level,
    label: analysis.continuum.label,
    turningPoints: analysis.turningPoints.map((t) => t.type),
    agencies: [...agencies].sort(),
    reviewed: a.reviewed && { at: a.reviewed.at, by: a.reviewed.by },
    corrected: hasCorrectedEntry(a.corrections),
  };
}

/**
 * Which logs adapting the models would train on (store's rule): how many are marked reviewed
 * and how many have a corrected entry, and the basis that picks between them.
 */
export function presentTraining(logs: LogAnalysisOverview[]) {
  return {
    basis: trainingBasis(logs),
    marked: logs.filter((l) => l.reviewed !== null).length,
    corrected: logs.filter((l) => l.corrected).length,
  };
}

/** Counts `keys` over the listed keys (zeros kept, listed order), adding any unlisted key found. */
function countKeys<K extends string | number>(listed: readonly K[], found: K[]): CountOf<K>[] {
  const counts = new Map<K, number>(listed.map((k) => [k, 0]));
  for (const key of found) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

function groupOf(
  id: Id | null,
  name: string,
  logs: LogAnalysisOverview[],
  scale: ContinuumScale,
): AnalysisGroup {
  const levels = scale.levels.map((l) => l.level).sort((a, b) => a - b);
  return {
    id,
    name,
    logs: logs.length,
    continuum: countKeys(
      levels,
      logs.map((l) => l.level),
    ),
    turningPoints: countKeys<string>(
      TURNING_POINT_TYPES,
      logs.flatMap((l) => l.turningPoints),
    ),
    agencies: countKeys<string>(
      AGENCIES,
      logs.flatMap((l) => l.agencies),
    ),
  };
}

/** Groups logs by a key, keeping first-seen order of keys, then sorts groups by name. */
function groupBy(
  logs: LogAnalysisOverview[],
  keyOf: (log: LogAnalysisOverview) => { id: Id | null; name: string },
  scale: ContinuumScale,
): AnalysisGroup[] {
  const groups = new Map<Id | null, { name: string; logs: LogAnalysisOverview[] }>();
  for (const log of logs) {
    const { id, name } = keyOf(log);
    const group = groups.get(id) ?? { name, logs: [] };
    group.logs.push(log);
    groups.set(id, group);
  }
  return [...groups]
    .map(([id, g]) => groupOf(id, g.name, g.logs, scale))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Name shown for logs imported without a site. */
export const NO_SITE = 'No site';

export function presentAnalysisSummary(
  logs: LogAnalysisOverview[],
  lexiconVersion: string,
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
): AnalysisSummary {
  const levels = [...scale.levels].sort((a, b) => a.level - b.level);
  return {
    lexiconVersion,
    scale: levels.map(({ level, label }) => ({ level, label })),
    logs,
    bySite: groupBy(logs, (l) => ({ id: l.siteId, name: l.siteName ?? NO_SITE }), scale),
    byDataset: groupBy(logs, (l) => ({ id: l.datasetId, name: l.datasetName }), scale),
  };
}
