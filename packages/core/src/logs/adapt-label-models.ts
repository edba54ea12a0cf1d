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
import { featureCounts, trainLabelModel, type LabelExample } from './train-label-model.js';
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

const noExamples = (): ModelExamples => ({
  event: [],
  framing: [],
  agencies: Object.fromEntries(AGENCIES.map((a) => [a, [] as LabelExample[]])),
});

/** One log's examples (log `n` of the list, for the message when its labels do not fit). */
function logExamples({ gold, log }: ReviewedLog, plain: Lexicon, n: number): ModelExamples {
  if (gold.length !== log.entries.length)
    throw new Error(`log ${n + 1}: ${log.entries.length} entries but ${gold.length} labelled`);
  const out = noExamples();
  lexiconReadings(classifyLog(log, plain), log.entries).forEach((r, i) => {
    const g = gold[i]!;
    const features = modelFeatureNames(r, log.entries[i]!.text);
    out.event.push({ features, label: g.event });
    out.framing.push({ features, label: g.framing });
    for (const a of AGENCIES)
      out.agencies[a]!.push({ features, label: g.agencies.includes(a) ? 'present' : 'absent' });
  });
  return out;
}

/** Several logs' examples as one set, in order. */
function joined(parts: readonly ModelExamples[]): ModelExamples {
  const out = noExamples();
  for (const part of parts) {
    for (const x of part.event) out.event.push(x);
    for (const x of part.framing) out.framing.push(x);
    for (const a of AGENCIES) for (const x of part.agencies[a]!) out.agencies[a]!.push(x);
  }
  return out;
}

/** Each entry's lexicon reading and words as features, with its gold labels. */
export function modelExamples(logs: readonly ReviewedLog[], lexicon: Lexicon): ModelExamples {
  const plain = plainLexicon(lexicon);
  return joined(logs.map((l, n) => logExamples(l, plain, n)));
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
  return trainedOn(modelExamples(logs, lexicon), lexicon, options);
}

/** The lexicon with its models trained on `examples`. */
function trainedOn(
  examples: ModelExamples,
  lexicon: Lexicon,
  options: TrainModelsOptions,
): Lexicon {
  // Every model reads the same entries' features: counted once for all.
  const counts = featureCounts(examples.event);
  const train = (xs: LabelExample[], labels: readonly string[], prior?: LabelModel) =>
    trainLabelModel(xs, labels, {
      trainedOn: options.trainedOn,
      l2: options.l2,
      prior: options.adapt ? prior : undefined,
      counts,
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

/** What every fold and strength shares: each log's examples, gold labels and current reading. */
interface Prepared {
  parts: ModelExamples[];
  gold: LabelledEntry[][];
  before: LabelledEntry[][];
}

function prepare(logs: readonly ReviewedLog[], lexicon: Lexicon): Prepared {
  if (logs.length < 2) throw new Error('cross-validation needs at least two reviewed logs');
  const plain = plainLexicon(lexicon);
  return {
    parts: logs.map((l, n) => logExamples(l, plain, n)),
    gold: logs.map((l) => [...l.gold]),
    before: logs.map((l) => predicted(l.log, lexicon)),
  };
}

/** The check at one penalty strength, over logs `prepare` has read. */
function checkAt(
  logs: readonly ReviewedLog[],
  p: Prepared,
  lexicon: Lexicon,
  options: { folds?: number; l2?: number },
): AdaptationCheck {
  const k = Math.min(options.folds ?? 5, logs.length);
  const gold: LabelledEntry[] = [];
  const before: LabelledEntry[] = [];
  const after: LabelledEntry[] = [];
  for (let fold = 0; fold < k; fold++) {
    const inFold = (i: number) => i % k === fold;
    const train = joined(p.parts.filter((_, i) => !inFold(i)));
    const adapted = trainedOn(train, lexicon, { adapt: true, l2: options.l2 });
    logs.forEach((l, i) => {
      if (!inFold(i)) return;
      gold.push(...p.gold[i]!);
      before.push(...p.before[i]!);
      after.push(...predicted(l.log, adapted));
    });
  }
  const score = (pred: LabelledEntry[]) => scoreEntryLabels(gold, pred);
  return { folds: k, logs: logs.length, before: score(before), after: score(after) };
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
  return checkAt(logs, prepare(logs, lexicon), lexicon, options);
}

/** The label kinds an adaptation can be judged on: an entry's event, framing and agencies. */
export type JudgedKind = 'event' | 'framing' | 'agencies';
export const ALL_JUDGED_KINDS: readonly JudgedKind[] = ['event', 'framing', 'agencies'];

/**
 * The mean of the entry scores of `kinds`: event macro-F1 and accuracy for `event`, framing
 * accuracy, agency F1. With every kind it is the mean of the four, what "better" means when
 * comparing lexicons here; with fewer, it leaves out labels nobody checked (the researcher who
 * corrected only agencies left the events as the classifier read them, so agreeing with those
 * events says nothing of the adapted models).
 */
export function judgedScore(
  s: EntryLabelScores,
  kinds: readonly JudgedKind[] = ALL_JUDGED_KINDS,
): number {
  const parts: number[] = [];
  if (kinds.includes('event')) parts.push(s.eventMacroF1, s.eventAccuracy);
  if (kinds.includes('framing')) parts.push(s.framingAccuracy);
  if (kinds.includes('agencies')) parts.push(s.agencyF1);
  return parts.reduce((a, b) => a + b, 0) / parts.length;
}

/** The mean of the four entry scores. */
export const overallScore = (s: EntryLabelScores): number => judgedScore(s);

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
  /**
   * The adapted mean score less the current one over the held-out entries (> 0: it helped), of
   * the kinds in `judgedOn`.
   */
  gain: number;
  /** The label kinds the gain and the choice of `l2` were judged on. */
  judgedOn: JudgedKind[];
  /** Adapted on every reviewed log with `l2`, versioned `<current version>+study.<n + 1>`. */
  lexicon: Lexicon;
}

export interface AdaptLexiconOptions {
  folds?: number;
  l2?: number;
  /**
   * The label kinds the check is judged on (every kind unless given): those the reviewed labels
   * were checked for. An empty list counts as every kind.
   */
  judgedOn?: readonly JudgedKind[];
}

/** `kinds` in the canonical order, every kind when none is given. */
function judgedKinds(kinds: readonly JudgedKind[] | undefined): JudgedKind[] {
  const given = kinds && kinds.length > 0 ? kinds : ALL_JUDGED_KINDS;
  return ALL_JUDGED_KINDS.filter((k) => given.includes(k));
}

/**
 * Cross-validates adapting `current`'s models at each penalty strength (`l2`, or the grid), picks
 * the best, and adapts on every reviewed log with it.
 */
export function adaptLexicon(
  logs: readonly ReviewedLog[],
  current: CurrentLexicon,
  options: AdaptLexiconOptions = {},
): LexiconAdaptation {
  const grid = options.l2 === undefined ? ADAPTATION_L2_GRID : [options.l2];
  const judgedOn = judgedKinds(options.judgedOn);
  const score = (s: EntryLabelScores) => judgedScore(s, judgedOn);
  const prepared = prepare(logs, current.lexicon);
  const runs = grid.map((l2) => ({
    l2,
    check: checkAt(logs, prepared, current.lexicon, { folds: options.folds, l2 }),
  }));
  runs.sort((a, b) => score(b.check.after) - score(a.check.after));
  const { l2, check } = runs[0]!;
  const version = `${current.lexicon.version}+study.${current.number + 1}`;
  const source = `lexicon "${current.lexicon.version}" adapted to ${check.before.entries} entries of ${logs.length} reviewed logs`;
  const adapt = { adapt: true, l2, trainedOn: source };
  const adapted = trainedOn(joined(prepared.parts), current.lexicon, adapt);
  return {
    l2,
    check,
    tried: runs.map((r) => ({ l2: r.l2, adapted: r.check.after })),
    gain: score(check.after) - score(check.before),
    judgedOn,
    lexicon: withModels(adapted, { version }),
  };
}
