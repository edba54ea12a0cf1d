/**
 * Training a lexicon's learnt models (label-model.ts) from labelled logs: from scratch, as
 * scripts/train-label-models.ts builds the defaults, or adapted from the lexicon's own models to
 * a study's reviewed logs (train-label-model.ts's `prior`), with a cross-validation by log that
 * says whether the adaptation helps before a study adopts it (docs/log-analysis.md).
 */
import type { LogStructure } from '../model/source.js';
import { classifyLog } from './analyse-log.js';
import {
  scoreEntryLabels,
  type LabelledEntry,
  type EntryLabelScores,
} from './entry-label-scores.js';
import { modelFeatureNames, type LabelModel } from './label-model.js';
import { AGENCY_MODEL_LABELS, lexiconReadings } from './learnt-labels.js';
import type { Lexicon } from './lexicon.js';
import { withModels } from './shared-rules.js';
import { trainLabelModel, type LabelExample } from './train-label-model.js';
import { AGENCIES, EVENT_TYPES, FRAMINGS } from './vocabulary.js';

/** A log with a researcher's labels for each of its entries, in order. */
export interface ReviewedLog {
  log: Pick<LogStructure, 'entries'>;
  gold: readonly LabelledEntry[];
}

export interface ModelExamples {
  event: LabelExample[];
  framing: LabelExample[];
  /** Per agency of the vocabulary: present or absent in each entry. */
  agencies: Record<string, LabelExample[]>;
}

/** The lexicon without its models: what the models read (they never read each other). */
const plainLexicon = (lexicon: Lexicon): Lexicon =>
  withModels(lexicon, { eventModel: undefined, framingModel: undefined, agencyModels: undefined });

/** Each entry's lexicon reading and words as features, with its gold labels. */
export function modelExamples(logs: readonly ReviewedLog[], lexicon: Lexicon): ModelExamples {
  const plain = plainLexicon(lexicon);
  const agencies = Object.fromEntries(AGENCIES.map((a) => [a, [] as LabelExample[]]));
  const out: ModelExamples = { event: [], framing: [], agencies };
  logs.forEach(({ gold, log }, n) => {
    if (gold.length !== log.entries.length)
      throw new Error(`log ${n + 1}: ${log.entries.length} entries but ${gold.length} labelled`);
    const readings = lexiconReadings(classifyLog(log, plain), log.entries);
    readings.forEach((r, i) => {
      const g = gold[i]!;
      const features = modelFeatureNames(r, log.entries[i]!.text);
      out.event.push({ features, label: g.event });
      out.framing.push({ features, label: g.framing });
      for (const a of AGENCIES)
        agencies[a]!.push({ features, label: g.agencies.includes(a) ? 'present' : 'absent' });
    });
  });
  return out;
}

export interface TrainModelsOptions {
  /** Written into each model's `trainedOn`. */
  trainedOn?: string;
  /** Adapt the lexicon's own models (each the prior of its retraining) instead of starting afresh. */
  adapt?: boolean;
  /** The L2 penalty's strength (train-label-model.ts; 1 when not given). */
  l2?: number;
}

/** The lexicon with its event, framing and agency models trained on `logs`. */
export function lexiconTrainedOn(
  logs: readonly ReviewedLog[],
  lexicon: Lexicon,
  options: TrainModelsOptions = {},
): Lexicon {
  const examples = modelExamples(logs, lexicon);
  const train = (xs: LabelExample[], labels: readonly string[], prior?: LabelModel) =>
    trainLabelModel(xs, labels, {
      trainedOn: options.trainedOn,
      l2: options.l2,
      prior: options.adapt ? prior : undefined,
    });
  const agencyModels = Object.fromEntries(
    Object.entries(examples.agencies).map(([a, xs]) => [
      a,
      train(xs, AGENCY_MODEL_LABELS, lexicon.agencyModels?.[a]),
    ]),
  );
  return withModels(lexicon, {
    eventModel: train(examples.event, EVENT_TYPES, lexicon.eventModel),
    framingModel: train(examples.framing, FRAMINGS, lexicon.framingModel),
    agencyModels,
  });
}

/** Each entry's labels as `lexicon` (with its models) reads the log. */
function predicted(log: ReviewedLog['log'], lexicon: Lexicon): LabelledEntry[] {
  return classifyLog(log, lexicon).map(({ event, framing, agencies }) => ({
    event,
    framing,
    agencies,
  }));
}

/** What adapting a lexicon's models to reviewed logs would do on logs it has not seen. */
export interface AdaptationCheck {
  /** Folds run: logs are dealt to them in turn (log i to fold i mod k). */
  folds: number;
  logs: number;
  /** The lexicon as it stands, on every reviewed entry. */
  before: EntryLabelScores;
  /** Each fold's logs read by the models adapted on the other folds, pooled. */
  after: EntryLabelScores;
}

/**
 * K-fold cross-validation by log (entries of one log never sit on both sides: a log's entries
 * share its writer and its incident). Needs at least two logs; uses at most `folds` folds.
 */
export function crossValidateAdaptation(
  logs: readonly ReviewedLog[],
  lexicon: Lexicon,
  options: { folds?: number; l2?: number } = {},
): AdaptationCheck {
  if (logs.length < 2) throw new Error('cross-validation needs at least two reviewed logs');
  const k = Math.min(options.folds ?? 5, logs.length);
  const gold: LabelledEntry[] = [];
  const before: LabelledEntry[] = [];
  const after: LabelledEntry[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = logs.filter((_, i) => i % k !== fold);
    const adapted = lexiconTrainedOn(train, lexicon, { adapt: true, l2: options.l2 });
    logs.forEach((l, i) => {
      if (i % k !== fold) return;
      gold.push(...l.gold);
      before.push(...predicted(l.log, lexicon));
      after.push(...predicted(l.log, adapted));
    });
  }
  return {
    folds: k,
    logs: logs.length,
    before: scoreEntryLabels(gold, before),
    after: scoreEntryLabels(gold, after),
  };
}

/** The mean of the four entry scores: what "better" means when comparing lexicons here. */
export const overallScore = (s: EntryLabelScores): number =>
  (s.eventMacroF1 + s.eventAccuracy + s.framingAccuracy + s.agencyF1) / 4;

/** Penalty strengths tried when none is given: the current models weigh more as it grows. */
export const ADAPTATION_L2_GRID = [1, 3, 10] as const;

/** A study's lexicon as it stands: the lexicon, and its version number in the study (0: default). */
export interface CurrentLexicon {
  lexicon: Lexicon;
  number: number;
}

export interface LexiconAdaptation {
  /** The penalty strength chosen: the best cross-validated mean score of those tried. */
  l2: number;
  check: AdaptationCheck;
  /** Each strength tried, with the adapted lexicon's held-out scores, the best first. */
  tried: { l2: number; adapted: EntryLabelScores }[];
  /** The adapted mean score less the current one, over the held-out entries (> 0: it helped). */
  gain: number;
  /** Adapted on every reviewed log with `l2`, versioned `<current version>+study.<n + 1>`. */
  lexicon: Lexicon;
}

/**
 * Cross-validates adapting `current`'s models at each penalty strength (`l2`, or the grid), picks
 * the best, and adapts on every reviewed log with it.
 */
export function adaptLexicon(
  logs: readonly ReviewedLog[],
  current: CurrentLexicon,
  options: { folds?: number; l2?: number } = {},
): LexiconAdaptation {
  const grid = options.l2 === undefined ? ADAPTATION_L2_GRID : [options.l2];
  const runs = grid.map((l2) => ({
    l2,
    check: crossValidateAdaptation(logs, current.lexicon, { folds: options.folds, l2 }),
  }));
  runs.sort((a, b) => overallScore(b.check.after) - overallScore(a.check.after));
  const { l2, check } = runs[0]!;
  const version = `${current.lexicon.version}+study.${current.number + 1}`;
  const trainedOn = `lexicon "${current.lexicon.version}" adapted to ${check.before.entries} entries of ${logs.length} reviewed logs`;
  const adapted = lexiconTrainedOn(logs, current.lexicon, { adapt: true, l2, trainedOn });
  return {
    l2,
    check,
    tried: runs.map((r) => ({ l2: r.l2, adapted: r.check.after })),
    gain: overallScore(check.after) - overallScore(check.before),
    lexicon: withModels(adapted, { version }),
  };
}
