/**
 * Adapting the study lexicon's learnt models to the study's reviewed police logs, as
 * `liaison logs train` and `POST /api/analysis/adapt` both do it: core's `adaptLexicon`
 * cross-validates and adapts; this reads the logs and saves the adapted lexicon as the study's
 * next version when asked and when the check showed a gain (docs/log-analysis.md, "Adapting the
 * models to a study"). Every entry of a reviewed log counts as labelled, corrections applied, so
 * which logs count matters: those a researcher marked reviewed (every entry checked) when the
 * study, or the dataset adapted, has any; otherwise, as before marks existed, those with a
 * corrected entry.
 */
import {
  ALL_JUDGED_KINDS,
  adaptLexicon,
  type Actor,
  type AdaptLexiconOptions,
  type Correction,
  type CurrentLexicon,
  type Id,
  type JudgedKind,
  type LexiconAdaptation,
  type LogStructure,
  type ReviewedLog,
  type SourceFormat,
} from '@liaison/core';
import type {
  LogReview,
  SourceSummary,
  StoredAnalysis,
  StoredLexicon,
  StudyStore,
} from '../contract.js';
import { StoreError } from '../errors.js';

const LOG_FORMATS: readonly SourceFormat[] = ['police_log_text', 'police_log_csv'];

/**
 * Which logs training takes: `marked`, the logs marked reviewed (when any is); `corrected`,
 * the logs with a corrected entry (the fallback while none is marked).
 */
export type TrainingBasis = 'marked' | 'corrected';

export interface ReviewedLogs {
  basis: TrainingBasis;
  /**
   * The label kinds the logs' labels were checked for: every kind for logs marked reviewed; for
   * logs taken because an entry was corrected, the kinds their corrections set (the rest are the
   * classifier's own reading, which no one checked).
   */
  checked: JudgedKind[];
  logs: ReviewedLog[];
  /** The names of the logs in `logs`, in the same order. */
  names: string[];
  /** Names of logs left out: their stored analysis does not match their current text's entries. */
  skipped: string[];
}

interface Candidate {
  source: SourceSummary;
  stored: StoredAnalysis;
}

async function currentEntries(store: StudyStore, sourceId: Id) {
  const version = await store.texts.current(sourceId);
  const structure = await store.texts.structure(version.id);
  return structure.kind === 'police_log' ? (structure as LogStructure).entries : [];
}

/** Whether a log has a corrected entry, what counts while no log is marked reviewed. */
export const hasCorrectedEntry = (corrections: readonly Correction[]): boolean =>
  corrections.some((c) => c.target === 'entry');

/** The basis the rule picks for the logs adapted: `marked` once any of them is marked reviewed. */
export function trainingBasis(logs: readonly { reviewed: LogReview | null }[]): TrainingBasis {
  return logs.some((l) => l.reviewed !== null) ? 'marked' : 'corrected';
}

/** The logs (of one dataset) marked reviewed or with a corrected entry, with their analyses. */
async function candidates(store: StudyStore, datasetId?: Id): Promise<Candidate[]> {
  const sources = await store.sources.list(datasetId ? { datasetId } : {});
  const out: Candidate[] = [];
  for (const source of sources.filter((s: SourceSummary) => LOG_FORMATS.includes(s.format))) {
    const stored = await store.analyses.get(source.id);
    if (stored && (stored.reviewed !== null || hasCorrectedEntry(stored.corrections)))
      out.push({ source, stored });
  }
  return out;
}

/** The study's reviewed police logs (of one dataset), with their labels and the basis used. */
export async function reviewedLogs(store: StudyStore, datasetId?: Id): Promise<ReviewedLogs> {
  const found = await candidates(store, datasetId);
  const basis = trainingBasis(found.map((c) => c.stored));
  const chosen = basis === 'marked' ? found.filter((c) => c.stored.reviewed !== null) : found;
  const checked = basis === 'marked' ? [...ALL_JUDGED_KINDS] : correctedKinds(chosen);
  const out: ReviewedLogs = { basis, checked, logs: [], names: [], skipped: [] };
  for (const { source, stored } of chosen) {
    const entries = await currentEntries(store, source.id);
    if (entries.length !== stored.analysis.entries.length) out.skipped.push(source.name);
    else {
      out.logs.push({ log: { entries }, gold: stored.analysis.entries });
      out.names.push(source.name);
    }
  }
  return out;
}

/** The entry label kinds the logs' corrections set, in core's order. */
function correctedKinds(chosen: readonly Candidate[]): JudgedKind[] {
  const set = new Set<JudgedKind>();
  for (const c of chosen.flatMap((x) => x.stored.corrections)) {
    if (c.target !== 'entry') continue;
    if (c.agencies) set.add('agencies');
    if (c.event) set.add('event');
    if (c.framing) set.add('framing');
  }
  return ALL_JUDGED_KINDS.filter((k) => set.has(k));
}

/**
 * What runs the adaptation: core's `adaptLexicon` in this thread, or the same in a worker thread
 * (the CLI's server passes one, so a long check does not hold up other requests).
 */
export type AdaptRunner = (
  logs: ReviewedLog[],
  current: CurrentLexicon,
  options: AdaptLexiconOptions,
) => LexiconAdaptation | Promise<LexiconAdaptation>;

export interface AdaptOptions {
  datasetId?: Id;
  /** Cross-validation folds (5 when not given; never more than the logs). */
  folds?: number;
  /** One penalty strength instead of core's grid. */
  l2?: number;
  /** Save the adapted lexicon as the study's next version when the check showed a gain. */
  save?: boolean;
  /** With `save`: save it even without a gain. */
  force?: boolean;
  /** Where the adaptation runs (core's `adaptLexicon`, in this thread, unless given). */
  run?: AdaptRunner;
}

export interface StudyAdaptation extends LexiconAdaptation {
  basis: TrainingBasis;
  /** Names of the logs trained on. */
  trainedOn: string[];
  skipped: string[];
  /** The saved version, or null when not asked to save or the check showed no gain. */
  saved: StoredLexicon | null;
}

/** Needs two reviewed logs: refused (`store.invalid_input`) with fewer, saying what to do. */
export async function adaptStudyModels(
  store: StudyStore,
  actor: Actor,
  options: AdaptOptions = {},
): Promise<StudyAdaptation> {
  const { basis, checked, logs, names, skipped } = await reviewedLogs(store, options.datasetId);
  if (logs.length < 2) throw tooFew(logs.length, basis);
  const current = await store.lexicons.current();
  const run = options.run ?? adaptLexicon;
  const { folds, l2 } = options;
  // Judged on the kinds the reviewed labels were checked for, not on the classifier's own reading.
  const adaptation = await run(
    logs,
    { lexicon: current.lexicon, number: current.number },
    { folds, l2, judgedOn: checked },
  );
  const wanted = options.save && (adaptation.gain > 0 || options.force);
  const saved = wanted ? await store.lexicons.save(actor, adaptation.lexicon) : null;
  return { ...adaptation, basis, trainedOn: names, skipped, saved };
}

function tooFew(n: number, basis: TrainingBasis): StoreError {
  const logs = `police log${n === 1 ? '' : 's'}`;
  const message =
    basis === 'marked'
      ? `${n} ${logs} marked reviewed; adapting the models needs at least two. Check every ` +
        'entry of more logs and mark them reviewed (liaison logs review, or "Mark log as ' +
        'reviewed" on the log\'s page): once any log is marked, only marked logs are trained on.'
      : `${n} reviewed ${logs}; adapting the models needs at least two. Check every entry of ` +
        'more logs and mark them reviewed; until a log is marked, a log counts as reviewed ' +
        'once one of its entries is corrected.';
  return new StoreError('store.invalid_input', message);
}
