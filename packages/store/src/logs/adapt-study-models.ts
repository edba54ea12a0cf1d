/**
 * Adapting the study lexicon's learnt models to the study's reviewed police logs (those with a
 * corrected entry, every entry of which then counts as labelled), as `liaison logs train` and
 * `POST /api/analysis/adapt` both do it: core's `adaptLexicon` cross-validates and adapts; this
 * reads the logs and saves the adapted lexicon as the study's next version when asked and when
 * the check showed a gain (docs/log-analysis.md, "Adapting the models to a study").
 */
import {
  adaptLexicon,
  type Actor,
  type CurrentLexicon,
  type Id,
  type LexiconAdaptation,
  type LogStructure,
  type ReviewedLog,
  type SourceFormat,
} from '@liaison/core';
import type { SourceSummary, StoredLexicon, StudyStore } from '../contract.js';
import { StoreError } from '../errors.js';

const LOG_FORMATS: readonly SourceFormat[] = ['police_log_text', 'police_log_csv'];

export interface ReviewedLogs {
  logs: ReviewedLog[];
  /** Names of corrected logs left out: their stored analysis is of an older text version. */
  skipped: string[];
}

async function currentEntries(store: StudyStore, sourceId: Id) {
  const version = await store.texts.current(sourceId);
  const structure = await store.texts.structure(version.id);
  return structure.kind === 'police_log' ? (structure as LogStructure).entries : [];
}

/** The study's police logs (of one dataset) with a corrected entry, with their labels. */
export async function reviewedLogs(store: StudyStore, datasetId?: Id): Promise<ReviewedLogs> {
  const sources = await store.sources.list(datasetId ? { datasetId } : {});
  const out: ReviewedLogs = { logs: [], skipped: [] };
  for (const source of sources.filter((s: SourceSummary) => LOG_FORMATS.includes(s.format))) {
    const stored = await store.analyses.get(source.id);
    if (!stored?.corrections.some((c) => c.target === 'entry')) continue;
    const entries = await currentEntries(store, source.id);
    if (entries.length !== stored.analysis.entries.length) out.skipped.push(source.name);
    else out.logs.push({ log: { entries }, gold: stored.analysis.entries });
  }
  return out;
}

/**
 * What runs the adaptation: core's `adaptLexicon` in this thread, or the same in a worker thread
 * (the CLI's server passes one, so a long check does not hold up other requests).
 */
export type AdaptRunner = (
  logs: ReviewedLog[],
  current: CurrentLexicon,
  options: { folds?: number; l2?: number },
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
  const { logs, skipped } = await reviewedLogs(store, options.datasetId);
  if (logs.length < 2) throw tooFew(logs.length);
  const current = await store.lexicons.current();
  const run = options.run ?? adaptLexicon;
  const { folds, l2 } = options;
  const adaptation = await run(
    logs,
    { lexicon: current.lexicon, number: current.number },
    { folds, l2 },
  );
  const wanted = options.save && (adaptation.gain > 0 || options.force);
  const saved = wanted ? await store.lexicons.save(actor, adaptation.lexicon) : null;
  return { ...adaptation, skipped, saved };
}

function tooFew(n: number): StoreError {
  return new StoreError(
    'store.invalid_input',
    `${n} reviewed police log${n === 1 ? '' : 's'}; adapting the models needs at least two. ` +
      'Correct the labels of more logs; a log counts as reviewed once one of its entries is corrected.',
  );
}
