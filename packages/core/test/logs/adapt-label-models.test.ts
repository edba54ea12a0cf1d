/**
 * Adapting learnt models to a study's reviewed logs (train-label-model.ts's `prior`,
 * adapt-label-models.ts) and the cross-validation that says whether it helps, with the entry
 * scores it reports (entry-label-scores.ts). The study here is fictional: its mental health team
 * goes by a local name, "Bridgeway", that no lexicon rule knows.
 */
import { describe, expect, it } from 'vitest';
import {
  classifyLog,
  crossValidateAdaptation,
  DEFAULT_LEXICON,
  FRAMINGS,
  judgedScore,
  lexiconTrainedOn,
  scoreEntryLabels,
  trainLabelModel,
  type LabelModel,
  type ReviewedLog,
} from '../../src/index.js';
import { compileLexicon } from '../../src/logs/compile-lexicon.js';
import { compileFast } from '../../src/logs/fast-lexicon.js';
import { withModels } from '../../src/logs/shared-rules.js';
import { example, logOf } from './log-fixtures.js';

/** A prior that reads "zorbled" as crime and "quibbish" as health, and knows nothing else. */
const PRIOR: LabelModel = {
  labels: [...FRAMINGS],
  bias: [0, 0, 0, 0.5],
  weights: { 'word:zorbled': [3, -1, -1, -1], 'word:quibbish': [-1, 3, -1, -1] },
  trainedOn: 'a toy prior',
};

describe('trainLabelModel with a prior', () => {
  const local = ['on the frimple ledge', 'frimple risk', 'at the frimple'].map((t) =>
    example(t, 'risk_safety'),
  );

  it('keeps what the prior knew and learns what the new examples teach', () => {
    const model = trainLabelModel(local, FRAMINGS, { prior: PRIOR });
    expect(model.weights['word:zorbled']).toEqual(PRIOR.weights['word:zorbled']);
    const frimple = model.weights['word:frimple']!;
    expect(frimple[2]).toBeGreaterThan(Math.max(frimple[0]!, frimple[1]!, frimple[3]!));
  });

  it('moves less from the prior the stronger the penalty', () => {
    const distance = (m: LabelModel) =>
      m.bias.reduce((s, b, k) => s + Math.abs(b - PRIOR.bias[k]!), 0) +
      (m.weights['word:frimple'] ?? [0, 0, 0, 0]).reduce((s, w) => s + Math.abs(w), 0);
    const moved = [0.3, 3, 30].map((l2) =>
      distance(trainLabelModel(local, FRAMINGS, { prior: PRIOR, l2 })),
    );
    expect(moved[0]).toBeGreaterThan(moved[1]!);
    expect(moved[1]).toBeGreaterThan(moved[2]!);
  });

  it('pulls the biases towards the prior, so skewed corrections do not swamp them', () => {
    const fresh = trainLabelModel(local, FRAMINGS, { l2: 3 });
    const adapted = trainLabelModel(local, FRAMINGS, { l2: 3, prior: PRIOR });
    // Afresh, nothing holds the risk_safety bias back; adapted, it stays near the prior's 0.
    expect(fresh.bias[2]! - fresh.bias[3]!).toBeGreaterThan(adapted.bias[2]! - adapted.bias[3]!);
  });

  it('refuses a prior with other labels', () => {
    const events = { ...PRIOR, labels: ['a', 'b', 'c', 'd'] };
    expect(() => trainLabelModel(local, FRAMINGS, { prior: events })).toThrow(
      /cannot adapt a model labelled a, b, c, d/,
    );
  });
});

/** A reviewed log of the fictional study: a welfare call where the Bridgeway team takes part. */
function bridgewayLog(n: number): ReviewedLog {
  const names = ['SON', 'DAUGHTER', 'NEIGHBOUR', 'BROTHER'];
  const rows: [string, string][] = [
    ['OPR 1', `CALLER CONCERNED FOR ${names[n % 4]}, LOW MOOD AND NOT EATING`],
    ['PC 2', `BRIDGEWAY TEAM RANG BACK, WILL VISIT WITHIN ${n + 2} HOURS`],
    ['PC 2', 'ON SCENE, MALE CALM, TALKING'],
    ['PC 2', `BRIDGEWAY NURSE ATTENDED AT ${10 + n}:00 AND TOOK OVER`],
  ];
  const police = (event: string, framing = 'health_welfare') => ({
    event,
    framing,
    agencies: ['police'],
  });
  const bridgeway = (event: string) => ({
    event,
    framing: 'health_welfare',
    agencies: ['police', 'mental_health'],
  });
  const gold = [
    { ...police('report'), agencies: ['police', 'public'] },
    bridgeway('information_sharing'),
    police('deploy'),
    bridgeway('joint_action'),
  ];
  return { log: logOf(rows), gold };
}

const STUDY = Array.from({ length: 8 }, (_, n) => bridgewayLog(n));

describe('lexiconTrainedOn with adapt', () => {
  it('teaches the models a local team name from reviewed logs, and reads it in a new log', () => {
    const unseen = bridgewayLog(9).log;
    const before = classifyLog(unseen, DEFAULT_LEXICON);
    expect(before[3]!.agencies).not.toContain('mental_health');
    const adapted = lexiconTrainedOn(STUDY, DEFAULT_LEXICON, { adapt: true });
    const after = classifyLog(unseen, adapted);
    expect(after[1]!.agencies).toContain('mental_health');
    expect(after[3]!.agencies).toContain('mental_health');
    // The local name is the evidence for the agency the model added.
    expect(after[3]!.triggers.agencies.map((t) => t.text.toLowerCase())).toContain('bridgeway');
  });

  it('keeps the default models for what the study never corrected', () => {
    const adapted = lexiconTrainedOn(STUDY, DEFAULT_LEXICON, { adapt: true });
    const housing = adapted.agencyModels!['housing']!;
    const prior = DEFAULT_LEXICON.agencyModels!['housing']!;
    const untouched = Object.keys(prior.weights).filter((f) => f.startsWith('word:tenancy'));
    expect(untouched.length).toBeGreaterThan(0);
    for (const f of untouched) expect(housing.weights[f]).toEqual(prior.weights[f]);
  });

  it('refuses a log whose labels do not match its entries', () => {
    const short = { ...STUDY[0]!, gold: STUDY[0]!.gold.slice(1) };
    expect(() => lexiconTrainedOn([short], DEFAULT_LEXICON, { adapt: true })).toThrow(
      /log 1: 4 entries but 3 labelled/,
    );
  });
});

describe('crossValidateAdaptation', () => {
  it('scores the current and the adapted lexicon on logs held out by fold', () => {
    const check = crossValidateAdaptation(STUDY, DEFAULT_LEXICON, { folds: 4 });
    expect(check).toMatchObject({ folds: 4, logs: 8 });
    expect(check.before.entries).toBe(32);
    expect(check.after.agencyF1).toBeGreaterThan(check.before.agencyF1);
  });

  it('uses no more folds than there are logs, and needs two logs', () => {
    expect(crossValidateAdaptation(STUDY.slice(0, 3), DEFAULT_LEXICON).folds).toBe(3);
    expect(() => crossValidateAdaptation(STUDY.slice(0, 1), DEFAULT_LEXICON)).toThrow(
      /at least two reviewed logs/,
    );
  });
});

describe('scoreEntryLabels', () => {
  const entry = (event: string, framing: string, agencies: string[]) => ({
    event,
    framing,
    agencies,
  });

  it('gives accuracy, macro-F1 over the labels used, and micro agency F1', () => {
    const gold = [
      entry('deploy', 'unclear', ['police']),
      entry('referral', 'health_welfare', ['police', 'mental_health']),
      entry('deploy', 'crime_asb', []),
    ];
    const pred = [
      entry('deploy', 'unclear', ['police']),
      entry('deploy', 'health_welfare', ['police']),
      entry('deploy', 'unclear', ['public']),
    ];
    const s = scoreEntryLabels(gold, pred);
    expect(s.eventAccuracy).toBeCloseTo(2 / 3);
    // deploy: tp 2, fp 1, fn 0 → F1 0.8; referral: tp 0 → 0; the mean 0.4.
    expect(s.eventMacroF1).toBeCloseTo(0.4);
    expect(s.framingAccuracy).toBeCloseTo(2 / 3);
    // Pairs: tp 2 (police twice), fp 1 (public), fn 1 (mental_health) → 4 / 6.
    expect(s.agencyF1).toBeCloseTo(4 / 6);
  });

  it('judges on the kinds asked: both event scores, framing accuracy, agency F1', () => {
    const s = {
      entries: 4,
      eventMacroF1: 0.5,
      eventAccuracy: 0.7,
      framingAccuracy: 0.9,
      agencyF1: 0.3,
    };
    expect(judgedScore(s)).toBeCloseTo((0.5 + 0.7 + 0.9 + 0.3) / 4);
    expect(judgedScore(s, ['agencies'])).toBeCloseTo(0.3);
    expect(judgedScore(s, ['event', 'framing'])).toBeCloseTo((0.5 + 0.7 + 0.9) / 3);
  });

  it('refuses lists of different lengths', () => {
    expect(() => scoreEntryLabels([entry('deploy', 'unclear', [])], [])).toThrow(
      /1 gold entries but 0 predicted/,
    );
  });
});

describe('withModels', () => {
  it('shares the compiled rules of the lexicon it is made from, and changes only the models', () => {
    const plain = withModels(DEFAULT_LEXICON, { eventModel: undefined, framingModel: undefined });
    const again = withModels(plain, { version: 'plain-2' });
    expect(compileLexicon(again)).toBe(compileLexicon(DEFAULT_LEXICON));
    expect(compileFast(again)).toBe(compileFast(DEFAULT_LEXICON));
    expect(again).toMatchObject({ version: 'plain-2', events: DEFAULT_LEXICON.events });
    expect(again.eventModel).toBeUndefined();
    // A copy made by spreading is a lexicon of its own and compiles its own rules.
    expect(compileLexicon({ ...DEFAULT_LEXICON })).not.toBe(compileLexicon(DEFAULT_LEXICON));
  });
});
